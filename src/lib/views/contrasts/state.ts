// The keyword-contrast view's slice: what is counted and how it is ranked. Choices are history steps; the
// minimum frequency, typed or slid, rides on the current entry.
//   kby=lemma        count lemmas (default: word forms)
//   kstop=1          keep stop words (default: left out)
//   kmin=N           minimum frequency a + b ≥ N (default 5)
//   kstat=log_ratio  rank and colour by log_ratio, log_odds_z or df_g2 (document frequency; default g2)
import { choice, defineSlice, flag, whole } from '$lib/state/slice';
import { CONTRAST_DEFAULTS } from '$lib/db/queries/contrasts';
import type { Statistic } from './shape';

export interface ContrastState {
	by: 'word' | 'lemma';
	stopWords: boolean;
	minFreq: number;
	statistic: Statistic;
}

export const MAX_MIN_FREQ = 1000;
const STATS = ['g2', 'log_ratio', 'log_odds_z', 'df_g2'] as const satisfies readonly Statistic[];

const defaults = (): ContrastState => ({
	by: CONTRAST_DEFAULTS.by,
	stopWords: CONTRAST_DEFAULTS.stopWords,
	minFreq: CONTRAST_DEFAULTS.minFreq,
	statistic: 'g2'
});

export const contrastSlice = defineSlice({
	name: 'contrast',
	defaults,
	read(params, problems) {
		const v = defaults();
		choice(params, 'kby', ['word', 'lemma'] as const, problems, (x) => (v.by = x));
		flag(params, 'kstop', problems, (b) => (v.stopWords = b));
		const raw = params.get('kmin');
		if (raw !== null) {
			const n = whole(raw, 1, MAX_MIN_FREQ);
			if (n === undefined) problems.push(`"kmin" is not a whole number 1–${MAX_MIN_FREQ}; using ${v.minFreq}`);
			else v.minFreq = n;
		}
		choice(params, 'kstat', STATS, problems, (x) => (v.statistic = x));
		return v;
	},
	write(v, params) {
		if (v.by !== 'word') params.set('kby', v.by);
		if (v.stopWords) params.set('kstop', '1');
		if (v.minFreq !== CONTRAST_DEFAULTS.minFreq) params.set('kmin', String(v.minFreq));
		if (v.statistic !== 'g2') params.set('kstat', v.statistic);
	},
	step: (v) => [v.by, v.stopWords, v.statistic]
});
