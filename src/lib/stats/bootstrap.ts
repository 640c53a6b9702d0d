// A seeded, reproducible percentile bootstrap interval for the difference of two medians (A − B).
import { randomBinomial, randomLcg } from 'd3';
import { interpolate, quantileSorted, sortedNumbers } from './quantile';

export interface BootstrapOptions {
	/** Number of resamples (each group resampled with replacement to its own size). */
	resamples?: number;
	/** Seed of d3.randomLcg: the same seed and data give the same interval. */
	seed?: number;
	/** Confidence level of the interval. */
	level?: number;
}

export interface BootstrapInterval {
	/** The observed difference median(A) − median(B). */
	estimate: number;
	lo: number;
	hi: number;
	level: number;
	resamples: number;
	seed: number;
}

export const BOOTSTRAP_RESAMPLES = 2000;
export const BOOTSTRAP_SEED = 1;

/** A sample as its distinct values (ascending) and how often each occurs: sentence lengths repeat a great deal. */
interface Tally {
	values: Float64Array;
	counts: Float64Array;
	n: number;
}

function tally(sorted: Float64Array): Tally {
	const values: number[] = [];
	const counts: number[] = [];
	for (const v of sorted) {
		if (values.length && values[values.length - 1] === v) counts[counts.length - 1]++;
		else values.push(v), counts.push(1);
	}
	return { values: Float64Array.from(values), counts: Float64Array.from(counts), n: sorted.length };
}

/**
 * The median (type 7) of one resample of size n with replacement, drawn as a multinomial over the distinct values (a
 * binomial per value, conditioned on those before it): the same distribution as n single draws, in time proportional
 * to the number of distinct values, not to n — two million words have some 100,000 sentences but a few hundred
 * distinct lengths. The counts are drawn in ascending order of value and only until the median's order statistics
 * ⌊h⌋ and ⌈h⌉ are reached: the counts of the values above it cannot change it (and the counts drawn so far have the
 * same distribution whether or not the rest are drawn), which skips the long tail of long sentences.
 */
function resampleMedian(t: Tally, binomial: (n: number, p: number) => () => number): number {
	const h = (t.n - 1) * 0.5;
	const lo = Math.floor(h);
	const hi = Math.ceil(h);
	let left = t.n;
	let mass = t.n;
	let seen = 0;
	let xLo = NaN;
	for (let i = 0; i < t.values.length; i++) {
		const c = t.counts[i];
		const k = left === 0 ? 0 : c >= mass ? left : binomial(left, c / mass)();
		left -= k;
		mass -= c;
		seen += k;
		if (Number.isNaN(xLo) && seen > lo) xLo = t.values[i];
		if (seen > hi) return lo === hi ? xLo : interpolate(xLo, h - lo, t.values[i]);
	}
	return xLo;
}

/**
 * Percentile bootstrap: draw `resamples` resamples of A and of B (each A's then B's, from one seeded stream),
 * take median(A*) − median(B*) each time, and report the (1 − level)/2 and (1 + level)/2 quantiles (type 7) of those
 * differences. Needs at least one value in each group.
 */
export function bootstrapMedianDifference(a: ArrayLike<number>, b: ArrayLike<number>, options: BootstrapOptions = {}): BootstrapInterval {
	const { resamples = BOOTSTRAP_RESAMPLES, seed = BOOTSTRAP_SEED, level = 0.95 } = options;
	if (a.length === 0 || b.length === 0) throw new RangeError('The bootstrap needs at least one value in each group');
	if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`resamples is a whole number ≥ 1, got ${resamples}`);
	if (!(level > 0 && level < 1)) throw new RangeError(`level is between 0 and 1, got ${level}`);
	const sa = sortedNumbers(a);
	const sb = sortedNumbers(b);
	const ta = tally(sa);
	const tb = tally(sb);
	const binomial = randomBinomial.source(randomLcg(seed));
	const diffs = new Float64Array(resamples);
	for (let r = 0; r < resamples; r++) diffs[r] = resampleMedian(ta, binomial) - resampleMedian(tb, binomial);
	diffs.sort();
	return {
		estimate: quantileSorted(sa, 0.5) - quantileSorted(sb, 0.5),
		lo: quantileSorted(diffs, (1 - level) / 2),
		hi: quantileSorted(diffs, (1 + level) / 2),
		level,
		resamples,
		seed
	};
}
