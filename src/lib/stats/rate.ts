// Rate per 10,000 words: the unit every trajectory is drawn in.

export const RATE_BASE = 10_000;

/** count / words × 10,000; NaN when there are no words (a rate of nothing is not zero). */
export function ratePer10k(count: number, words: number): number {
	if (!(words > 0)) return NaN;
	return (count / words) * RATE_BASE;
}

/**
 * The contract's SQL rate (fragments.ts `ratePer10k`: count × 10000.0 / nullif(words, 0)) computed in TypeScript, for
 * the rows shaped from fetched counts that stand in for a query: the same double in the same order of operations,
 * null without words.
 */
export const sqlRatePer10k = (count: number, words: number): number | null => (words ? (count * RATE_BASE) / words : null);
