// Quantiles as DuckDB's quantile_cont computes them (Hyndman & Fan type 7, R's default), so JS and SQL agree.

/** DuckDB's linear interpolation of doubles, lo·(1 − d) + hi·d: written as it does, so results agree to the last bit. */
export function interpolate(lo: number, d: number, hi: number): number {
	return lo * (1 - d) + hi * d;
}

/**
 * The p-quantile of values already sorted ascending: h = (n − 1)·p, lo = ⌊h⌋, hi = ⌈h⌉; x[lo] when h is whole,
 * else x[lo] interpolated towards x[hi] by h − lo.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
	if (!(p >= 0 && p <= 1)) throw new RangeError(`A quantile needs 0 ≤ p ≤ 1, got ${p}`);
	const n = sorted.length;
	if (n === 0) return NaN;
	const h = (n - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.ceil(h);
	if (lo === hi) return sorted[lo];
	return interpolate(sorted[lo], h - lo, sorted[hi]);
}

/** Ascending numeric sort of a copy (Array.prototype.sort compares as text by default). */
export function sortedNumbers(values: ArrayLike<number>): Float64Array {
	return Float64Array.from(values).sort();
}

/** The p-quantile of unsorted values (type 7); NaN for no values. */
export function quantile(values: ArrayLike<number>, p: number): number {
	return quantileSorted(sortedNumbers(values), p);
}

/** The median (type 7: the mean of the two middle values for an even count). */
export function median(values: ArrayLike<number>): number {
	return quantile(values, 0.5);
}
