// Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, §3.5).
import { normalTwoSided } from './normal';

export interface LogOdds {
	/** δ = ln[(a+α)/(c+α0−a−α)] − ln[(b+α)/(d+α0−b−α)]: positive = more A's. */
	delta: number;
	/** σ² ≈ 1/(a+α) + 1/(b+α). */
	variance: number;
	/** z = δ/σ. */
	z: number;
	/** Two-sided p of z under the normal approximation. */
	p: number;
}

/**
 * The prior for one term from the whole corpus: α = α0 · (its corpus count / corpus words).
 * With α0 = the corpus words (the default), α is the term's count in the whole corpus, as in
 * Monroe et al.'s example and tidylo.
 */
export function informativePrior(corpusCount: number, corpusWords: number, alpha0 = corpusWords): number {
	if (!(corpusWords > 0)) throw new RangeError('The corpus needs words');
	return (alpha0 * corpusCount) / corpusWords;
}

/** a, b: counts in A and B; c, d: words in A and B; alpha: the term's prior; alpha0: the prior's total. */
export function logOdds(a: number, b: number, c: number, d: number, alpha: number, alpha0: number): LogOdds {
	if (!(alpha > 0)) throw new RangeError('The prior α must be > 0 (a term that never occurs has no prior)');
	if (!(alpha0 > alpha)) throw new RangeError('α0 is the prior total and must exceed α');
	const delta = Math.log((a + alpha) / (c + alpha0 - a - alpha)) - Math.log((b + alpha) / (d + alpha0 - b - alpha));
	const variance = 1 / (a + alpha) + 1 / (b + alpha);
	const z = delta / Math.sqrt(variance);
	return { delta, variance, z, p: normalTwoSided(z) };
}
