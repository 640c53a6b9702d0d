// The Mann–Whitney U test (Wilcoxon rank-sum) for two independent samples, as R's wilcox.test computes it.
import { normalTwoSided } from './normal';
import { tallyOf, type Tally } from './tally';

export interface MannWhitney {
	nA: number;
	nB: number;
	/** U of A: the pairs (a, b) with a > b, ties counted ½ (R's W for wilcox.test(a, b)). */
	u: number;
	/** U of B = nA·nB − U. */
	uB: number;
	/** P(a sentence of A is longer than one of B) + ½ P(equal) = U / (nA·nB). */
	effect: number;
	/** The continuity-corrected z of the normal approximation; null when the p-value is exact. */
	z: number | null;
	/** Two-sided p-value. */
	p: number;
	method: 'exact' | 'normal';
	/** Whether any value occurs more than once in the pooled sample. */
	ties: boolean;
}

export interface MannWhitneyOptions {
	/** 'auto' (R's rule): exact when both samples have fewer than 50 values and there are no ties. */
	exact?: boolean | 'auto';
	/** Continuity correction of the normal approximation (R's default). */
	correct?: boolean;
}

/** Mid-ranks (1-based) of the pooled values, and Σ(t³ − t) over the groups of t tied values. */
export function midRanks(values: ArrayLike<number>): { ranks: Float64Array; tieTerm: number } {
	const n = values.length;
	const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => values[i] - values[j]);
	const ranks = new Float64Array(n);
	let tieTerm = 0;
	for (let start = 0; start < n; ) {
		let end = start + 1;
		while (end < n && values[order[end]] === values[order[start]]) end++;
		const t = end - start;
		const mid = (start + 1 + end) / 2;
		for (let k = start; k < end; k++) ranks[order[k]] = mid;
		tieTerm += t * t * t - t;
		start = end;
	}
	return { ranks, tieTerm };
}

/**
 * A's sum of mid-ranks in the pooled sample and Σ(t³ − t) over its ties: what midRanks gives, from the two samples
 * tallied apart and walked together value by value, instead of sorting the indices of the pooled sample with a
 * comparator (63,000 sentence lengths on a selection change: a few hundred distinct values). The sum is the same
 * number: each mid-rank is a multiple of ½, so every partial sum is exact in a double.
 */
export function rankSum(a: ArrayLike<number>, b: ArrayLike<number>): { rankSumA: number; tieTerm: number } {
	return rankSumTallies(tallyOf(a), tallyOf(b));
}

/** rankSum of the samples these tallies count. */
export function rankSumTallies(ta: Tally, tb: Tally): { rankSumA: number; tieTerm: number } {
	const finite = (t: Tally) => t.n === 0 || (Number.isFinite(t.values[0]) && Number.isFinite(t.values[t.values.length - 1]));
	if (!finite(ta) || !finite(tb)) throw new RangeError('The Mann–Whitney test needs finite values');
	let rankSumA = 0;
	let tieTerm = 0;
	let below = 0;
	const [va, vb] = [ta.values, tb.values];
	for (let i = 0, j = 0; i < va.length || j < vb.length; ) {
		const v = j >= vb.length || (i < va.length && va[i] <= vb[j]) ? va[i] : vb[j];
		const ca = i < va.length && va[i] === v ? ta.counts[i++] : 0;
		const cb = j < vb.length && vb[j] === v ? tb.counts[j++] : 0;
		const t = ca + cb;
		rankSumA += ca * (below + (t + 1) / 2);
		tieTerm += t * t * t - t;
		below += t;
	}
	return { rankSumA, tieTerm };
}

/**
 * P(U ≤ u) for every u = 0 … m·n under the null hypothesis without ties (R's pwilcox), from the count of
 * arrangements: c(i, j, k) = c(i − 1, j, k − j) + c(i, j − 1, k).
 */
export function exactUCdf(m: number, n: number): Float64Array {
	const size = m * n + 1;
	let prev: Float64Array[] = Array.from({ length: n + 1 }, () => {
		const c = new Float64Array(size);
		c[0] = 1;
		return c;
	});
	for (let i = 1; i <= m; i++) {
		const cur: Float64Array[] = [prev[0]];
		for (let j = 1; j <= n; j++) {
			const c = Float64Array.from(cur[j - 1]);
			const above = prev[j];
			for (let k = j; k <= i * j; k++) c[k] += above[k - j];
			cur.push(c);
		}
		prev = cur;
	}
	const counts = prev[n];
	let total = 0;
	for (const c of counts) total += c;
	const cdf = new Float64Array(size);
	let acc = 0;
	for (let k = 0; k < size; k++) cdf[k] = Math.min(1, (acc += counts[k]) / total);
	return cdf;
}

/** Two-sided Mann–Whitney U test of A against B; needs at least one value in each sample. */
export function mannWhitney(a: ArrayLike<number>, b: ArrayLike<number>, options: MannWhitneyOptions = {}): MannWhitney {
	return mannWhitneyTallies(tallyOf(a), tallyOf(b), options);
}

/** mannWhitney of the samples these tallies count. */
export function mannWhitneyTallies(ta: Tally, tb: Tally, options: MannWhitneyOptions = {}): MannWhitney {
	const { exact = 'auto', correct = true } = options;
	const nA = ta.n;
	const nB = tb.n;
	if (nA === 0 || nB === 0) throw new RangeError('The Mann–Whitney test needs at least one value in each sample');
	const { rankSumA, tieTerm } = rankSumTallies(ta, tb);
	const u = rankSumA - (nA * (nA + 1)) / 2;
	const mn = nA * nB;
	const ties = tieTerm > 0;
	const base = { nA, nB, u, uB: mn - u, effect: u / mn, ties };

	if (exact === true || (exact === 'auto' && nA < 50 && nB < 50 && !ties)) {
		const cdf = exactUCdf(nA, nB);
		// R: P(U ≥ u) above the centre, P(U ≤ u) below it; U is a whole number without ties.
		const k = Math.round(u);
		const tail = u > mn / 2 ? 1 - (k >= 1 ? cdf[k - 1] : 0) : cdf[k];
		return { ...base, z: null, p: Math.min(1, 2 * tail), method: 'exact' };
	}
	const n = nA + nB;
	const sigma = Math.sqrt((mn / 12) * (n + 1 - tieTerm / (n * (n - 1))));
	const centred = u - mn / 2;
	// Every value equal: no evidence either way.
	if (sigma === 0) return { ...base, z: 0, p: 1, method: 'normal' };
	const z = (centred - (correct ? Math.sign(centred) * 0.5 : 0)) / sigma;
	return { ...base, z, p: normalTwoSided(z), method: 'normal' };
}
