// Benjamini–Hochberg (1995) adjusted p-values (q-values) controlling the false discovery rate.

/** Adjusted p-values in the input's order: q_(i) = min_{j ≥ i} (m / j) p_(j), capped at 1. NaN stays NaN and is not counted. */
export function benjaminiHochberg(ps: readonly number[]): number[] {
	const idx = ps.map((p, i) => [p, i] as const).filter(([p]) => !Number.isNaN(p));
	idx.sort((x, y) => x[0] - y[0]);
	const m = idx.length;
	const out = ps.map(() => NaN);
	let running = 1;
	for (let r = m - 1; r >= 0; r--) {
		const [p, i] = idx[r];
		running = Math.min(running, (p * m) / (r + 1));
		out[i] = running;
	}
	return out;
}
