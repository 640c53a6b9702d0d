// Log Ratio (Hardie 2014): binary log of the ratio of relative frequencies, with a confidence interval.
import { normalQuantile } from './normal';

export interface LogRatio {
	/** log2((a/c)/(b/d)), a zero count taken as 0.5. 1 = twice as frequent in A. */
	value: number;
	lower: number;
	upper: number;
}

/**
 * a, b: counts in A and B; c, d: words in A and B. The interval is the usual one for a ratio of two
 * Poisson rates on the log scale: ln ratio ± z √(1/a + 1/b), with the same 0.5 for a zero count,
 * divided by ln 2 to be in Log Ratio's units.
 */
export function logRatio(a: number, b: number, c: number, d: number, level = 0.95): LogRatio {
	if (!(c > 0 && d > 0)) throw new RangeError('Both corpora need words (c > 0, d > 0)');
	const a1 = a === 0 ? 0.5 : a;
	const b1 = b === 0 ? 0.5 : b;
	const value = Math.log2(a1 / c / (b1 / d));
	const z = normalQuantile(1 - (1 - level) / 2);
	const half = (z * Math.sqrt(1 / a1 + 1 / b1)) / Math.LN2;
	return { value, lower: value - half, upper: value + half };
}
