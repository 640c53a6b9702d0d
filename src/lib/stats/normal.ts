// The standard normal distribution: tail probability and quantile (for z-scores and Wald intervals).
import { gammaQ } from './gamma';

/** P(Z ≥ z) for a standard normal Z; erfc(z/√2)/2 = Q(½, z²/2)/2 for z ≥ 0. */
export function normalSurvival(z: number): number {
	if (Number.isNaN(z)) return NaN;
	const half = 0.5 * gammaQ(0.5, (z * z) / 2);
	return z >= 0 ? half : 1 - half;
}

/** Two-sided p-value of a z-score. */
export function normalTwoSided(z: number): number {
	return Math.min(1, 2 * normalSurvival(Math.abs(z)));
}

// Acklam's rational approximation (relative error < 1.2e-9), refined by one Halley step.
const A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

/** The p-quantile of the standard normal distribution. */
export function normalQuantile(p: number): number {
	if (!(p >= 0 && p <= 1)) throw new RangeError(`normalQuantile needs 0 ≤ p ≤ 1, got ${p}`);
	if (p === 0) return -Infinity;
	if (p === 1) return Infinity;
	const low = 0.02425;
	let x: number;
	if (p < low) {
		const q = Math.sqrt(-2 * Math.log(p));
		x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
	} else if (p <= 1 - low) {
		const q = p - 0.5;
		const r = q * q;
		x = ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
			(((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
	} else {
		const q = Math.sqrt(-2 * Math.log(1 - p));
		x = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
	}
	const e = 1 - normalSurvival(x) - p;
	const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
	return x - u / (1 + (x * u) / 2);
}
