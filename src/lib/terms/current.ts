// The terms the app state asks for, parsed once in one way: what every term view and query starts from.
import { parseTerms, type Term, type TermOptions } from './parse';

export interface CurrentTerms {
	terms: Term[];
	opts: TermOptions;
	/** A stable key of terms and options (for marks, tests and the bench). */
	key: string;
}

interface TermsInput {
	readonly terms: readonly string[];
	readonly lemma: boolean;
	readonly parts: boolean;
	readonly exclude?: readonly { readonly term: string; readonly form: string }[];
}

export function currentTerms(state: TermsInput): CurrentTerms {
	const { terms } = parseTerms(state.terms.join(', '));
	const exclude: Record<string, string[]> = {};
	for (const e of state.exclude ?? []) if (terms.some((t) => t.label === e.term)) (exclude[e.term] ??= []).push(e.form);
	const opts: TermOptions = { lemma: state.lemma, parts: state.parts, ...(Object.keys(exclude).length ? { exclude } : {}) };
	const without = Object.entries(exclude).map(([t, f]) => `-${t}:${f.join(':')}`).join('');
	return { terms, opts, key: `${terms.map((t) => t.label).join(',')}|${opts.lemma ? 'L' : 'W'}${opts.parts ? 'P' : ''}${without}` };
}

/**
 * A short name for an author on a crowded axis: initials dropped ("V. I. Lenin" → "Lenin"); a name still longer
 * than `max` characters becomes its initials ("Lutte Ouvrière" → "LO").
 */
export function shortAuthor(author: string, max = 14): string {
	const words = author.split(/\s+/).filter((w) => w && !/^\p{Lu}\.$/u.test(w));
	if (words.length === 0) return author;
	const joined = words.join(' ');
	if (joined.length <= max) return joined;
	return words.length === 1 ? joined.slice(0, Math.max(1, max - 1)) + '…' : words.map((w) => w[0]).join('');
}

/**
 * Names for a set of authors on one axis, by one rule for all of them: every full name when the longest fits in
 * `max` characters, else every name's last word ("V. I. Lenin" → "Lenin", "Leon Trotsky" → "Trotsky"), never a mix.
 */
export function axisAuthorNames(authors: readonly string[], max: number): Map<string, string> {
	const full = authors.every((a) => a.length <= max);
	return new Map(authors.map((a) => [a, full ? a : (a.trim().split(/\s+/).at(-1) ?? a)]));
}
