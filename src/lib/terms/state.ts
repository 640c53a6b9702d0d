// The terms slice: the terms every term view counts, and how they match. Typing a term rides on the current
// history entry; the two switches are choices, each a step (Back undoes exactly the switch).
//   terms=T,T    the terms (default uprising,soviet,discipline)
//   lemma=1|0    match lemmas (default 1)
//   parts=1      also match inside hyphenated compounds (default 0)
import { defineSlice, flag, list, short } from '$lib/state/slice';
import { MAX_TERM_CHARS } from './parse';

export interface TermsState {
	terms: string[];
	lemma: boolean;
	parts: boolean;
}

export const DEFAULT_TERMS = ['uprising', 'soviet', 'discipline'];
const MAX_TERMS = 20;
const sameList = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);

export const termsSlice = defineSlice({
	name: 'terms',
	defaults: (): TermsState => ({ terms: [...DEFAULT_TERMS], lemma: true, parts: false }),
	read(params, problems) {
		const s: TermsState = { terms: [...DEFAULT_TERMS], lemma: true, parts: false };
		const terms = params.get('terms');
		if (terms !== null) {
			const t = list(terms);
			if (t.length <= MAX_TERMS && t.every((x) => x.length <= MAX_TERM_CHARS)) s.terms = t;
			else problems.push('The term list in the address is malformed; using the default terms');
		}
		const lemma = params.get('lemma');
		if (lemma === '0' || lemma === 'false') s.lemma = false;
		else if (lemma !== null && lemma !== '1' && lemma !== 'true') problems.push(`"lemma=${short(lemma)}" is not 0 or 1; matching lemmas`);
		flag(params, 'parts', problems, (b) => (s.parts = b));
		return s;
	},
	write(s, params) {
		if (!sameList(s.terms, DEFAULT_TERMS)) params.set('terms', s.terms.join(','));
		if (!s.lemma) params.set('lemma', '0');
		if (s.parts) params.set('parts', '1');
	},
	step: (s) => [s.lemma, s.parts]
});
