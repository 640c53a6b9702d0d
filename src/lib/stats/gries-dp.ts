// Gries' (2008) dispersion DP and its normalisation DPnorm (Lijffijt & Gries 2012) over the parts of a text.

export interface Dispersion {
	/** ½ Σ |p_i − s_i|: 0 = spread exactly as the parts' sizes, towards 1 = all in one small part. */
	dp: number;
	/** DP / (1 − min s_i): DP rescaled to reach 1 at the most uneven distribution the parts allow. */
	dpNorm: number;
}

/**
 * counts[i]: the term's occurrences in part i; sizes[i]: the part's size (words).
 * null when the term does not occur (p_i undefined) or the parts hold no words.
 */
export function griesDP(counts: readonly number[], sizes: readonly number[]): Dispersion | null {
	if (counts.length !== sizes.length) throw new RangeError('counts and sizes need one value per part');
	if (counts.length === 0) return null;
	const total = counts.reduce((a, b) => a + b, 0);
	const words = sizes.reduce((a, b) => a + b, 0);
	if (total <= 0 || words <= 0) return null;
	let sum = 0;
	let minShare = Infinity;
	for (let i = 0; i < counts.length; i++) {
		const s = sizes[i] / words;
		sum += Math.abs(counts[i] / total - s);
		minShare = Math.min(minShare, s);
	}
	const dp = sum / 2;
	// One part only: there is no way to be uneven, DPnorm is 0 by convention.
	const dpNorm = minShare >= 1 ? 0 : Math.min(1, dp / (1 - minShare));
	return { dp, dpNorm };
}
