// The corpus slice: which corpus is open (corpus=NAME, a folder under static/data/; default "default").
import { defineSlice, short } from './slice';

const CORPUS_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export const DEFAULT_CORPUS = 'default';

export const corpusSlice = defineSlice({
	name: 'corpus',
	defaults: () => DEFAULT_CORPUS,
	read(params, problems) {
		const corpus = params.get('corpus');
		if (corpus === null) return DEFAULT_CORPUS;
		if (CORPUS_NAME.test(corpus)) return corpus;
		problems.push(`"${short(corpus)}" is not a corpus name; showing the default corpus`);
		return DEFAULT_CORPUS;
	},
	write(value, params) {
		if (value !== DEFAULT_CORPUS) params.set('corpus', value);
	}
});
