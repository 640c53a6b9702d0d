// The terms the app state asks for, parsed once in one way: what every term view and query starts from.
import { parseTerms, type Term, type TermOptions } from './parse';

export interface CurrentTerms {
	terms: Term[];
	opts: TermOptions;
	/** A stable key of terms and options (for marks, tests and the bench). */
	key: string;
}

export function currentTerms(state: { readonly terms: readonly string[]; readonly lemma: boolean; readonly parts: boolean }): CurrentTerms {
	const { terms } = parseTerms(state.terms.join(', '));
	const opts = { lemma: state.lemma, parts: state.parts };
	return { terms, opts, key: `${terms.map((t) => t.label).join(',')}|${opts.lemma ? 'L' : 'W'}${opts.parts ? 'P' : ''}` };
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
