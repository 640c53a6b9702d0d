// Rate per 10,000 words: the unit every trajectory is drawn in.

export const RATE_BASE = 10_000;

/** count / words × 10,000; NaN when there are no words (a rate of nothing is not zero). */
export function ratePer10k(count: number, words: number): number {
	if (!(words > 0)) return NaN;
	return (count / words) * RATE_BASE;
}
