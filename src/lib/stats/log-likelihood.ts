// Log-likelihood G² (Rayson & Garside 2000) for a term in corpus A against B, signed, with its χ²₁ p-value.
import { benjaminiHochberg } from './benjamini-hochberg';
import { chiSquareSurvival } from './gamma';

export interface LogLikelihood {
	/** G², positive when the term is relatively more frequent in A (a/c > b/d), negative when in B. */
	g2: number;
	/** p from χ² with 1 degree of freedom (of the unsigned G²). */
	p: number;
}

const xlnxOverE = (x: number, e: number) => (x === 0 ? 0 : x * Math.log(x / e));

/** a, b: the term's counts in A and B; c, d: the words in A and B. */
export function logLikelihood(a: number, b: number, c: number, d: number): LogLikelihood {
	if (!(c > 0 && d > 0)) throw new RangeError('Both corpora need words (c > 0, d > 0)');
	if (a < 0 || b < 0 || a > c || b > d) throw new RangeError('Counts are between 0 and the corpus size');
	const n = c + d;
	const e1 = (c * (a + b)) / n;
	const e2 = (d * (a + b)) / n;
	const g = a + b === 0 ? 0 : Math.max(0, 2 * (xlnxOverE(a, e1) + xlnxOverE(b, e2)));
	const sign = a / c >= b / d ? 1 : -1;
	return { g2: sign * g, p: chiSquareSurvival(g, 1) };
}

/**
 * The p-value P(χ²₁ ≥ |G²|) of every signed G² and its Benjamini–Hochberg adjustment over all of them: the
 * contrast's significance, whether its G² come from DuckDB (withSignificance) or from the counts (contrastColumns).
 */
export function g2Significance(g2s: ArrayLike<number>): { p: Float64Array; q: Float64Array } {
	// Each distinct |G²| once: terms with the same counts share one (the G² of document frequencies, whole numbers of
	// documents, takes a few hundred values over 14,000 terms), and the incomplete gamma costs far more than a look-up.
	const known = new Map<number, number>();
	const p = new Float64Array(g2s.length);
	for (let i = 0; i < g2s.length; i++) {
		const x = Math.abs(g2s[i]);
		let v = known.get(x);
		if (v === undefined) known.set(x, (v = chiSquareSurvival(x, 1)));
		p[i] = v;
	}
	return { p, q: Float64Array.from(benjaminiHochberg(p)) };
}
