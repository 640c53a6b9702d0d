// The ratio of two rates, A's over B's, with a 95% interval: Log Ratio's (Hardie 2014) when both counts are above
// zero, exact when one is zero. Log Ratio takes a zero count as 0.5, which suits a keyword list of large corpora but
// not a small group: a term absent from one address of 7,000 words and found twice in the 1.8 million words of the
// rest would read "9.8× as often in A". With a zero count the estimate is 0 (or unbounded), and the interval is the
// exact conditional one (Clopper–Pearson on a / (a + b), as R's poisson.test), which has a closed form at zero.
import { logRatio } from './log-ratio';

export interface RateRatio {
	/** (a/c) / (b/d): 0 when a = 0, Infinity when b = 0 (NaN when both are). */
	value: number;
	lower: number;
	upper: number;
	/** How the interval was made. */
	method: 'log-ratio' | 'exact';
}

/** a, b: counts in A and B; c, d: words in A and B (both > 0). */
export function rateRatio(a: number, b: number, c: number, d: number, level = 0.95): RateRatio {
	if (!(c > 0 && d > 0)) throw new RangeError('Both corpora need words (c > 0, d > 0)');
	const tail = (1 - level) / 2;
	// p = a / (a + b) given a + b; the rate ratio is p / (1 − p) · d / c.
	const odds = (p: number) => (p / (1 - p)) * (d / c);
	if (a === 0 && b === 0) return { value: NaN, lower: 0, upper: Infinity, method: 'exact' };
	if (a === 0) return { value: 0, lower: 0, upper: odds(1 - tail ** (1 / b)), method: 'exact' };
	if (b === 0) return { value: Infinity, lower: odds(tail ** (1 / a)), upper: Infinity, method: 'exact' };
	const lr = logRatio(a, b, c, d, level);
	return { value: 2 ** lr.value, lower: 2 ** lr.lower, upper: 2 ** lr.upper, method: 'log-ratio' };
}
