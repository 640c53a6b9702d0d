// The corpus slice: which corpus is open (corpus=NAME, a folder under static/data/; default "default").
import { defineSlice, short } from './slice';
import { corpusNameProblem } from '$lib/db/contract/names';

export const DEFAULT_CORPUS = 'default';

export const corpusSlice = defineSlice({
	name: 'corpus',
	defaults: () => DEFAULT_CORPUS,
	read(params, problems) {
		const corpus = params.get('corpus');
		if (corpus === null) return DEFAULT_CORPUS;
		const problem = corpusNameProblem(corpus);
		if (!problem) return corpus;
		problems.push(`"${short(corpus)}" is not a corpus name (${problem.replace(/\.$/, '')}); showing the default corpus`);
		return DEFAULT_CORPUS;
	},
	write(value, params) {
		if (value !== DEFAULT_CORPUS) params.set('corpus', value);
	}
});
