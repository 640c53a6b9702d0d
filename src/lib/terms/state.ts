// The terms slice: the terms every term view counts, and how they match. Typing a term rides on the current
// history entry; the two switches are choices, each a step (Back undoes exactly the switch).
//   terms=T,T    the terms (default uprising,soviet,discipline)
//   lemma=1|0    match lemmas (default 1)
//   parts=1      also match inside hyphenated compounds (default 0)
//   not=T:F,T:F  forms left out of a term's matches (term label, colon, matched form), e.g. not=left:leave
import { defineSlice, flag, list, short } from '$lib/state/slice';
import { MAX_TERM_CHARS, controlProblem, quoteValue } from './parse';

/** A matched form the user left out of one term (lemma mode's `left` without `leave`). */
export interface ExcludedForm {
	term: string;
	form: string;
}

export interface TermsState {
	terms: string[];
	lemma: boolean;
	parts: boolean;
	exclude: ExcludedForm[];
}

export const DEFAULT_TERMS = ['uprising', 'soviet', 'discipline'];
const MAX_TERMS = 20;
const MAX_EXCLUDED = 100;
const sameList = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);

/** `term:form` → an excluded form; the last colon splits, since a form (lower-cased words) has none. */
export function readExcluded(item: string): ExcludedForm | null {
	const at = item.lastIndexOf(':');
	const term = item.slice(0, at).trim();
	const form = item.slice(at + 1).trim();
	return at > 0 && term && form ? { term, form } : null;
}

/** Exclusions kept only for terms still asked for (a term typed away takes its exclusions with it). */
export const keepExcluded = (exclude: readonly ExcludedForm[], terms: readonly string[]): ExcludedForm[] =>
	exclude.filter((e) => terms.includes(e.term)).map((e) => ({ ...e }));

export const termsSlice = defineSlice({
	name: 'terms',
	defaults: (): TermsState => ({ terms: [...DEFAULT_TERMS], lemma: true, parts: false, exclude: [] }),
	read(params, problems) {
		const s: TermsState = { terms: [...DEFAULT_TERMS], lemma: true, parts: false, exclude: [] };
		const terms = params.get('terms');
		if (terms !== null) {
			const t = list(terms);
			if (t.length > MAX_TERMS) problems.push(`The address asks for ${t.length} terms, more than ${MAX_TERMS}; using the default terms`);
			else {
				// A term that cannot be searched for is named (shortened) and left out; the others are kept.
				s.terms = t.filter((x) => {
					const control = controlProblem(x);
					if (control) problems.push(`The term ${control}; it was left out of the address's terms`);
					else if (x.length > MAX_TERM_CHARS) problems.push(`The term “${quoteValue(x)}” in the address has ${x.length} characters, more than ${MAX_TERM_CHARS}; it was left out`);
					else return true;
					return false;
				});
			}
		}
		const lemma = params.get('lemma');
		if (lemma === '0' || lemma === 'false') s.lemma = false;
		else if (lemma !== null && lemma !== '1' && lemma !== 'true') problems.push(`"lemma=${short(lemma)}" is not 0 or 1; matching lemmas`);
		flag(params, 'parts', problems, (b) => (s.parts = b));
		const not = params.get('not');
		if (not !== null) {
			const items = list(not).slice(0, MAX_EXCLUDED);
			const read = items.map((item) => (controlProblem(item) ? null : readExcluded(item)));
			if (read.some((e) => e === null)) problems.push('A left-out form in the address is not "term:form"; ignored');
			s.exclude = keepExcluded(read.filter((e): e is ExcludedForm => e !== null), s.terms);
		}
		return s;
	},
	write(s, params) {
		if (!sameList(s.terms, DEFAULT_TERMS)) params.set('terms', s.terms.join(','));
		if (!s.lemma) params.set('lemma', '0');
		if (s.parts) params.set('parts', '1');
		if (s.exclude.length) params.set('not', s.exclude.map((e) => `${e.term}:${e.form}`).join(','));
	},
	step: (s) => [s.lemma, s.parts, s.exclude.map((e) => `${e.term}:${e.form}`).join(',')]
});
