// The regularized incomplete gamma function and its inverse: what exact Poisson intervals and χ² p-values need.

const LANCZOS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
	12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7; relative error about 1e-15). */
export function logGamma(x: number): number {
	if (!(x > 0)) throw new RangeError(`logGamma needs x > 0, got ${x}`);
	if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
	const z = x - 1;
	let s = LANCZOS[0];
	for (let i = 1; i < 9; i++) s += LANCZOS[i] / (z + i);
	const t = z + 7.5;
	return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

const EPS = 1e-15;
const TINY = 1e-300;

/** Series for P(a, x), good for x < a + 1. */
function seriesP(a: number, x: number): number {
	let sum = 1 / a;
	let term = sum;
	for (let n = 1; n < 10_000; n++) {
		term *= x / (a + n);
		sum += term;
		if (Math.abs(term) < Math.abs(sum) * EPS) break;
	}
	return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** Continued fraction (modified Lentz) for Q(a, x), good for x ≥ a + 1. */
function fractionQ(a: number, x: number): number {
	let b = x + 1 - a;
	let c = 1 / TINY;
	let d = 1 / b;
	let h = d;
	for (let i = 1; i < 10_000; i++) {
		const an = -i * (i - a);
		b += 2;
		d = an * d + b;
		if (Math.abs(d) < TINY) d = TINY;
		c = b + an / c;
		if (Math.abs(c) < TINY) c = TINY;
		d = 1 / d;
		const delta = d * c;
		h *= delta;
		if (Math.abs(delta - 1) < EPS) break;
	}
	return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** Regularized lower incomplete gamma P(a, x) = γ(a, x) / Γ(a), for a > 0, x ≥ 0. */
export function gammaP(a: number, x: number): number {
	if (!(a > 0) || x < 0 || Number.isNaN(x)) throw new RangeError(`gammaP needs a > 0 and x ≥ 0 (a=${a}, x=${x})`);
	if (x === 0) return 0;
	if (x === Infinity) return 1;
	return x < a + 1 ? seriesP(a, x) : 1 - fractionQ(a, x);
}

/** Regularized upper incomplete gamma Q(a, x) = 1 − P(a, x), computed directly where it is small. */
export function gammaQ(a: number, x: number): number {
	if (!(a > 0) || x < 0 || Number.isNaN(x)) throw new RangeError(`gammaQ needs a > 0 and x ≥ 0 (a=${a}, x=${x})`);
	if (x === 0) return 1;
	if (x === Infinity) return 0;
	return x < a + 1 ? 1 - seriesP(a, x) : fractionQ(a, x);
}

/**
 * The x with P(a, x) = p: the p-quantile of a Gamma(a, 1) distribution.
 * Starting guess and Halley steps as in Numerical Recipes (3rd ed., §6.2.1, `invgammp`).
 */
export function gammaPInverse(p: number, a: number): number {
	if (!(a > 0)) throw new RangeError(`gammaPInverse needs a > 0, got ${a}`);
	if (!(p >= 0 && p <= 1)) throw new RangeError(`gammaPInverse needs 0 ≤ p ≤ 1, got ${p}`);
	if (p === 0) return 0;
	if (p === 1) return Infinity;
	const a1 = a - 1;
	const gln = logGamma(a);
	let lna1 = 0;
	let afac = 0;
	let x: number;
	if (a > 1) {
		lna1 = Math.log(a1);
		afac = Math.exp(a1 * (lna1 - 1) - gln);
		const pp = p < 0.5 ? p : 1 - p;
		const t = Math.sqrt(-2 * Math.log(pp));
		x = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
		if (p < 0.5) x = -x;
		x = Math.max(1e-3, a * Math.pow(1 - 1 / (9 * a) - x / (3 * Math.sqrt(a)), 3));
	} else {
		const t = 1 - a * (0.253 + a * 0.12);
		x = p < t ? Math.pow(p / t, 1 / a) : 1 - Math.log(1 - (p - t) / (1 - t));
	}
	for (let j = 0; j < 100; j++) {
		if (x <= 0) return 0;
		const err = gammaP(a, x) - p;
		const t0 = a > 1 ? afac * Math.exp(-(x - a1) + a1 * (Math.log(x) - lna1)) : Math.exp(-x + a1 * Math.log(x) - gln);
		const u = err / t0;
		const dx = u / (1 - 0.5 * Math.min(1, u * (a1 / x - 1)));
		x -= dx;
		if (x <= 0) x = 0.5 * (x + dx);
		if (Math.abs(dx) < 1e-12 * x) break;
	}
	return x;
}

/** Upper tail of χ² with k degrees of freedom: P(X ≥ x). */
export function chiSquareSurvival(x: number, k: number): number {
	if (x <= 0) return 1;
	return gammaQ(k / 2, x / 2);
}

/** The p-quantile of χ² with k degrees of freedom. */
export function chiSquareQuantile(p: number, k: number): number {
	return 2 * gammaPInverse(p, k / 2);
}
