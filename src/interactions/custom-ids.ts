import type { Audience } from '../commands/define.js';
import { limits } from '../render/limits.js';

/**
 * Which answer a page button turns, carried whole in its custom id so that any process can
 * serve the press, after a restart too: a slash command with its option values (in the order
 * of its definition), a message command with the message's text, or a "did you mean" pick.
 */
export type AnswerRef =
	| { kind: 'command'; name: string; values: string[] }
	| { kind: 'message'; name: string; content: string }
	| { kind: 'lookup'; query: string; audience: Audience };

export type CustomId =
	| { kind: 'page'; page: number; ownerId: string; answer: AnswerRef }
	| { kind: 'suggest'; ownerId: string; audience: Audience }
	| { kind: 'confirm'; ownerId: string; command: string; action: string };

const escapePart = (value: string) => value.replace(/%/g, '%25').replace(/:/g, '%3A');
const unescapePart = (value: string) => value.replace(/%3A/g, ':').replace(/%25/g, '%');
const snowflake = /^\d{17,20}$/;

function refParts(answer: AnswerRef): string[] {
	switch (answer.kind) {
		case 'command':
			return ['c', answer.name, ...answer.values];
		case 'message':
			return ['m', answer.name, answer.content];
		case 'lookup':
			return ['l', answer.audience, answer.query];
	}
}

/** The custom id, or undefined when what it must carry does not fit Discord's 100 characters. */
export function formatCustomId(id: CustomId): string | undefined {
	let parts: string[];
	if (id.kind === 'page') parts = ['pg', String(id.page), id.ownerId, ...refParts(id.answer)];
	else if (id.kind === 'suggest') parts = ['suggest', id.ownerId, id.audience];
	else parts = ['confirm', id.ownerId, id.command, id.action];
	const text = parts.map(escapePart).join(':');
	return text.length <= limits.customId ? text : undefined;
}

/** Reads a custom id this bot made; anything else (an old or crafted id) is undefined. */
export function parseCustomId(customId: string): CustomId | undefined {
	const [kind = '', ...rest] = customId.split(':').map(unescapePart);
	if (kind === 'pg') {
		const [page = '', ownerId = '', ref = '', a = '', ...more] = rest;
		if (!/^\d{1,3}$/.test(page) || !snowflake.test(ownerId)) return undefined;
		const answer = readRef(ref, a, more);
		return answer ? { kind: 'page', page: Number(page), ownerId, answer } : undefined;
	}
	const [ownerId = '', b = '', c = ''] = rest;
	if (!snowflake.test(ownerId)) return undefined;
	if (kind === 'suggest' && isAudience(b)) return { kind, ownerId, audience: b };
	if (kind === 'confirm' && /^[a-z-]{1,32}$/.test(b) && /^[a-z-]{1,32}$/.test(c)) {
		return { kind, ownerId, command: b, action: c };
	}
	return undefined;
}

function readRef(ref: string, a: string, more: string[]): AnswerRef | undefined {
	if (ref === 'c' && a) return { kind: 'command', name: a, values: more };
	if (ref === 'm' && a && more.length === 1) return { kind: 'message', name: a, content: more[0] ?? '' };
	if (ref === 'l' && isAudience(a) && more.length === 1) return { kind: 'lookup', audience: a, query: more[0] ?? '' };
	return undefined;
}

function isAudience(value: string): value is Audience {
	return value === 'public' || value === 'moderators';
}
