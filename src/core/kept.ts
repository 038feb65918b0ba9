/**
 * A value worked out once for a pair of keys and kept: per fact base or index (held weakly, so
 * a replaced one takes its values with it), per fact or word.
 *
 * @example
 * const quoteWords = keptPer<FactBase, Fact, string[]>();
 * quoteWords(base, fact, () => words(fact.quote)); // read the first time, then kept
 */
export function keptPer<Outer extends object, Inner, Value>(): (
	outer: Outer,
	inner: Inner,
	work: () => Value,
) => Value {
	const kept = new WeakMap<Outer, Map<Inner, Value>>();
	return (outer, inner, work) => {
		let byInner = kept.get(outer);
		if (!byInner) {
			byInner = new Map();
			kept.set(outer, byInner);
		}
		let value = byInner.get(inner);
		if (value === undefined) {
			value = work();
			byInner.set(inner, value);
		}
		return value;
	};
}
