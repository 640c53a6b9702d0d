// Benjamini–Hochberg (1995) adjusted p-values (q-values) controlling the false discovery rate.

/**
 * Adjusted p-values in the input's order: q_(i) = min_{j ≥ i} (m / j) p_(j), capped at 1. NaN stays NaN and is not
 * counted. Tied p-values get the same q (the running minimum from the top reaches the last of them first), so each
 * p is looked up at the last place of its value among the sorted ones: a typed array sorts without a comparator,
 * about ten times faster than sorting (p, index) pairs (a contrast adjusts 14,500 p-values twice a selection change).
 */
export function benjaminiHochberg(ps: ArrayLike<number>): number[] {
	const n = ps.length;
	const values = new Float64Array(n);
	let m = 0;
	for (let i = 0; i < n; i++) if (!Number.isNaN(ps[i])) values[m++] = ps[i];
	const sorted = values.subarray(0, m).sort();
	const q = new Float64Array(m);
	let running = 1;
	for (let r = m - 1; r >= 0; r--) q[r] = running = Math.min(running, (sorted[r] * m) / (r + 1));
	const out: number[] = new Array(n);
	for (let i = 0; i < n; i++) out[i] = Number.isNaN(ps[i]) ? NaN : q[lastAtMost(sorted, ps[i])];
	return out;
}

/** The last index of `sorted` whose value is ≤ v (v is one of the values). */
function lastAtMost(sorted: Float64Array, v: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid] <= v) lo = mid + 1;
		else hi = mid;
	}
	return lo - 1;
}
