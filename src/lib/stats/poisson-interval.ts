// Exact (Garwood 1936) Poisson confidence interval for a count, in counts and as rates per 10,000 words.
import { gammaPInverse } from './gamma';
import { ratePer10k } from './rate';

export interface PoissonInterval {
	lower: number;
	upper: number;
}

/**
 * Garwood's interval for an observed count k: lower = χ²(α/2; 2k)/2, upper = χ²(1−α/2; 2k+2)/2,
 * i.e. Gamma(k, 1) and Gamma(k+1, 1) quantiles; lower = 0 when k = 0.
 */
export function poissonInterval(count: number, level = 0.95): PoissonInterval {
	if (!Number.isInteger(count) || count < 0) throw new RangeError(`A count is a whole number ≥ 0, got ${count}`);
	if (!(level > 0 && level < 1)) throw new RangeError(`level is in (0, 1), got ${level}`);
	const alpha = 1 - level;
	return {
		lower: count === 0 ? 0 : gammaPInverse(alpha / 2, count),
		upper: gammaPInverse(1 - alpha / 2, count + 1)
	};
}

/** The same interval divided by the words and scaled per 10,000 words (the words are taken as fixed). */
export function poissonRateInterval(count: number, words: number, level = 0.95): PoissonInterval {
	const { lower, upper } = poissonInterval(count, level);
	return { lower: ratePer10k(lower, words), upper: ratePer10k(upper, words) };
}
