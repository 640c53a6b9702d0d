// A seeded, reproducible percentile bootstrap interval for the difference of two medians (A − B).
import { randomLcg } from 'd3';
import { binomialDraw } from './binomial';
import { interpolate, quantileSorted } from './quantile';
import { quantileTally, tallyOf, type Tally } from './tally';

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

/** A draw from Binomial(n, p). */
type Binomial = (n: number, p: number) => number;

/**
 * The distinct value (its index) at order statistic r (0-based) of the `draws` values of a resample that fell among
 * values[from … to): the range is halved, a binomial draw says how many of them fell in its lower half (each draw
 * lands there with the half's share of the range's sample), and the search goes on in the half that holds r.
 */
function orderStatistic(t: Tally, binomial: Binomial, from: number, to: number, draws: number, r: number): number {
	while (to - from > 1) {
		const mid = (from + to) >>> 1;
		const lower = t.below[mid] - t.below[from];
		const k = drawLower(binomial, draws, lower, t.below[to] - t.below[from]);
		if (r < k) (to = mid), (draws = k);
		else (from = mid), (r -= k), (draws -= k);
	}
	return from;
}

/** How many of `draws` land in a part holding `lower` of the `mass` values they are drawn from. */
const drawLower = (binomial: Binomial, draws: number, lower: number, mass: number): number =>
	lower >= mass ? draws : lower <= 0 ? 0 : binomial(draws, lower / mass);

/**
 * The median (type 7) of one resample of size n with replacement, without drawing the n values: a resample is a
 * multinomial over the distinct values, and a multinomial can be drawn by halving — a binomial for how many draws
 * fall in the lower half of the values, then the same within the half that holds the median's order statistics ⌊h⌋
 * and ⌈h⌉ (both halves when they part). The same distribution as n single draws, in about log₂(distinct values)
 * binomial draws a resample: two million words have some 100,000 sentences but a few hundred distinct lengths.
 */
function resampleMedian(t: Tally, binomial: Binomial): number {
	const h = (t.n - 1) * 0.5;
	let lo = Math.floor(h);
	let hi = Math.ceil(h);
	let from = 0;
	let to = t.values.length;
	let draws = t.n;
	while (to - from > 1) {
		const mid = (from + to) >>> 1;
		const k = drawLower(binomial, draws, t.below[mid] - t.below[from], t.below[to] - t.below[from]);
		if (hi < k) (to = mid), (draws = k);
		else if (lo >= k) (from = mid), (lo -= k), (hi -= k), (draws -= k);
		else {
			// ⌊h⌋ is the last draw of the lower half, ⌈h⌉ the first of the upper.
			const x = t.values[orderStatistic(t, binomial, from, mid, k, lo)];
			const y = t.values[orderStatistic(t, binomial, mid, to, draws - k, hi - k)];
			return interpolate(x, h - Math.floor(h), y);
		}
	}
	return t.values[from];
}

/**
 * Percentile bootstrap: draw `resamples` resamples of A and of B (each A's then B's, from one seeded stream),
 * take median(A*) − median(B*) each time, and report the (1 − level)/2 and (1 + level)/2 quantiles (type 7) of those
 * differences. Needs at least one value in each group.
 */
export function bootstrapMedianDifference(a: ArrayLike<number>, b: ArrayLike<number>, options: BootstrapOptions = {}): BootstrapInterval {
	return bootstrapTallies(tallyOf(a), tallyOf(b), options);
}

/** bootstrapMedianDifference of the samples these tallies count: the same interval. */
export function bootstrapTallies(ta: Tally, tb: Tally, options: BootstrapOptions = {}): BootstrapInterval {
	const { resamples = BOOTSTRAP_RESAMPLES, seed = BOOTSTRAP_SEED, level = 0.95 } = options;
	if (ta.n === 0 || tb.n === 0) throw new RangeError('The bootstrap needs at least one value in each group');
	if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`resamples is a whole number ≥ 1, got ${resamples}`);
	if (!(level > 0 && level < 1)) throw new RangeError(`level is between 0 and 1, got ${level}`);
	const random = randomLcg(seed);
	const binomial: Binomial = (n, p) => binomialDraw(random, n, p);
	const diffs = new Float64Array(resamples);
	for (let r = 0; r < resamples; r++) diffs[r] = resampleMedian(ta, binomial) - resampleMedian(tb, binomial);
	diffs.sort();
	return {
		estimate: quantileTally(ta, 0.5) - quantileTally(tb, 0.5),
		lo: quantileSorted(diffs, (1 - level) / 2),
		hi: quantileSorted(diffs, (1 + level) / 2),
		level,
		resamples,
		seed
	};
}
