export type DerivationOp = 'percent' | 'difference';

/** The arithmetic behind a derived figure; percentages keep one decimal. */
export function deriveValue(op: DerivationOp, a: number, b: number): number {
	return op === 'percent' ? Math.round((a / b) * 1000) / 10 : a - b;
}

/** The arithmetic as a reader checks it: "3,687 ÷ 700 × 100 = 526.7". */
export function showArithmetic(op: DerivationOp, a: number, b: number): string {
	const n = (x: number) => x.toLocaleString('en-US');
	return op === 'percent'
		? `${n(a)} ÷ ${n(b)} × 100 = ${n(deriveValue(op, a, b))}`
		: `${n(a)} − ${n(b)} = ${n(deriveValue(op, a, b))}`;
}
