// A sample of numbers as its distinct values and how often each occurs. Sentence lengths repeat a great deal: the
// State of the Union's 63,000 are a few hundred distinct values, so a selection's pools, quantiles, histogram, rank
// test and bootstrap work on those instead of sorting and copying every sentence again on each change.
import { interpolate } from './quantile';

export interface Tally {
	/** The distinct values, ascending. */
	values: Float64Array;
	/** counts[i]: how often values[i] occurs. */
	counts: Float64Array;
	/** below[i]: how many values of the sample are less than values[i]; below[values.length] = n. */
	below: Float64Array;
	n: number;
}

/** The tally of values already sorted ascending. */
export function tallySorted(sorted: ArrayLike<number>): Tally {
	let k = 0;
	for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) k++;
	const values = new Float64Array(k);
	const counts = new Float64Array(k);
	for (let i = 0, j = -1; i < sorted.length; i++) {
		if (i === 0 || sorted[i] !== sorted[i - 1]) values[++j] = sorted[i];
		counts[j]++;
	}
	return withBelow(values, counts);
}

/** The tally of values in any order. */
export function tallyOf(values: ArrayLike<number>): Tally {
	return tallySorted(Float64Array.from(values).sort());
}

function withBelow(values: Float64Array, counts: Float64Array): Tally {
	const below = new Float64Array(values.length + 1);
	for (let i = 0; i < values.length; i++) below[i + 1] = below[i] + counts[i];
	return { values, counts, below, n: below[values.length] };
}

/** Largest value pooled by counting into an array indexed by value (whole numbers from 0); anything else is sorted. */
const COUNTED = 1 << 16;

/** The tally of several samples taken together. */
export function poolTallies(ts: readonly Tally[]): Tally {
	if (ts.length === 1) return ts[0];
	let max = 0;
	let counted = true;
	for (const t of ts) {
		const k = t.values.length;
		if (k && (t.values[0] < 0 || t.values[k - 1] >= COUNTED)) counted = false;
		if (k) max = Math.max(max, t.values[k - 1]);
		for (let i = 0; counted && i < k; i++) if (!Number.isInteger(t.values[i])) counted = false;
	}
	if (!counted) return tallyOf(ts.flatMap((t) => Array.from(expandTally(t))));
	const times = new Float64Array(max + 1);
	for (const t of ts) for (let i = 0; i < t.values.length; i++) times[t.values[i]] += t.counts[i];
	let k = 0;
	for (let v = 0; v <= max; v++) if (times[v]) k++;
	const values = new Float64Array(k);
	const counts = new Float64Array(k);
	for (let v = 0, j = 0; v <= max; v++) if (times[v]) (values[j] = v), (counts[j++] = times[v]);
	return withBelow(values, counts);
}

/** The tally of `whole` without the values of `part`, a sample of some of them (each value counted no more often). */
export function subtractTally(whole: Tally, part: Tally): Tally {
	const counts = Float64Array.from(whole.counts);
	for (let i = 0, j = 0; i < part.values.length; i++) {
		while (j < whole.values.length && whole.values[j] < part.values[i]) j++;
		if (whole.values[j] !== part.values[i] || counts[j] < part.counts[i])
			throw new RangeError(`subtractTally: ${part.values[i]} occurs ${part.counts[i]} times in the part, ${j < counts.length && whole.values[j] === part.values[i] ? counts[j] : 0} in the whole`);
		counts[j] -= part.counts[i];
	}
	let k = 0;
	for (let j = 0; j < counts.length; j++) if (counts[j] > 0) k++;
	const keptValues = new Float64Array(k);
	const keptCounts = new Float64Array(k);
	for (let j = 0, m = 0; j < counts.length; j++) if (counts[j] > 0) (keptValues[m] = whole.values[j]), (keptCounts[m++] = counts[j]);
	return withBelow(keptValues, keptCounts);
}

/** The value at 0-based rank r of the sorted sample. */
export function valueAt(t: Tally, r: number): number {
	// The last distinct value with fewer than r + 1 values below it.
	let lo = 0;
	let hi = t.values.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >>> 1;
		if (t.below[mid] <= r) lo = mid;
		else hi = mid - 1;
	}
	return t.values[lo];
}

/** The p-quantile (type 7, as quantileSorted of the sample sorted): NaN for an empty sample. */
export function quantileTally(t: Tally, p: number): number {
	if (!(p >= 0 && p <= 1)) throw new RangeError(`A quantile needs 0 ≤ p ≤ 1, got ${p}`);
	if (t.n === 0) return NaN;
	const h = (t.n - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.ceil(h);
	const x = valueAt(t, lo);
	return lo === hi ? x : interpolate(x, h - lo, valueAt(t, hi));
}

/** The sum of the sample's values. */
export function sumTally(t: Tally): number {
	let sum = 0;
	for (let i = 0; i < t.values.length; i++) sum += t.values[i] * t.counts[i];
	return sum;
}

/** Every value of the sample, ascending. */
export function expandTally(t: Tally): Float64Array {
	const out = new Float64Array(t.n);
	for (let i = 0; i < t.values.length; i++) out.fill(t.values[i], t.below[i], t.below[i + 1]);
	return out;
}
