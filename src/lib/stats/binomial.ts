// Binomial random variates from a uniform source, exact, in a bounded number of uniforms a draw whatever n: inversion
// (BINV, Kachitvichyanukul & Schmeiser 1988) when the mean is small, else Hörmann's transformed rejection with
// squeeze (BTRS, "The generation of binomial random variates", 1993). The
// bootstrap draws hundreds of thousands of them a selection (binomial.test.ts checks the distribution against the
// probabilities): d3.randomBinomial made a new generator a draw, and its beta splitting cost about 20 gamma variates.

/** A uniform variate in [0, 1), as d3.randomLcg gives. */
export type Uniform = () => number;

/** Below this mean (n · min(p, 1 − p)) a draw is by inversion, about mean + 1 uniforms; above, BTRS (about 1.2). */
const INVERSION_BELOW = 10;

/** A draw from Binomial(n, p): n a whole number ≥ 0, p in [0, 1]. */
export function binomialDraw(random: Uniform, n: number, p: number): number {
	if (n === 0 || p <= 0) return 0;
	if (p >= 1) return n;
	if (p > 0.5) return n - binomialDraw(random, n, 1 - p);
	return n * p < INVERSION_BELOW ? inversion(random, n, p) : btrs(random, n, p);
}

/** BINV: walk up the probabilities from P(0) = qⁿ until they pass a uniform (the recurrence P(k+1) = P(k)·(n−k)/(k+1)·p/q). */
function inversion(random: Uniform, n: number, p: number): number {
	const q = 1 - p;
	const s = p / q;
	const a = (n + 1) * s;
	const r0 = Math.exp(n * Math.log1p(-p));
	for (;;) {
		let u = random();
		let r = r0;
		let k = 0;
		while (u > r) {
			u -= r;
			k++;
			// Past n only by rounding (the probabilities sum to 1): draw again, as BINV does.
			if (k > n) break;
			r *= a / k - s;
		}
		if (k <= n) return k;
	}
}

/** Stirling's series correction log k! − [(k + ½) log(k + 1) − (k + 1) + ½ log 2π], tabulated for k ≤ 9. */
function fc(k: number): number {
	if (k < FC.length) return FC[k];
	const r = 1 / (k + 1);
	const rr = r * r;
	return (1 / 12 - (1 / 360 - rr / 1260) * rr) * r;
}
const FC = [
	0.08106146679532726, 0.04134069595540929, 0.02767792568499834, 0.02079067210376509, 0.01664469118982119,
	0.01387612882307075, 0.01189670994589177, 0.01041126526197209, 0.009255462182712733, 0.008330563433362871
];

/** BTRS for n·p ≥ 10, p ≤ ½, as the paper gives it. */
function btrs(random: Uniform, n: number, p: number): number {
	const spq = Math.sqrt(n * p * (1 - p));
	const b = 1.15 + 2.53 * spq;
	const a = -0.0873 + 0.0248 * b + 0.01 * p;
	const c = n * p + 0.5;
	const alpha = (2.83 + 5.1 / b) * spq;
	const vr = 0.92 - 4.2 / b;
	const m = Math.floor((n + 1) * p);
	const lpq = Math.log(p / (1 - p));
	// log m! + log (n − m)!, Stirling's form less its terms that cancel against k's (see logRatio).
	const h = (m + 0.5) * Math.log(m + 1) + (n - m + 0.5) * Math.log(n - m + 1) + fc(m) + fc(n - m);
	for (;;) {
		const u = random() - 0.5;
		let v = random();
		const us = 0.5 - Math.abs(u);
		const k = Math.floor(((2 * a) / us + b) * u + c);
		if (k < 0 || k > n) continue;
		if (us >= 0.07 && v <= vr) return k;
		v = Math.log((v * alpha) / (a / (us * us) + b));
		// log P(k)/P(m) = log m! + log (n − m)! − log k! − log (n − k)! + (k − m) log(p/q)
		if (v <= h - (k + 0.5) * Math.log(k + 1) - (n - k + 0.5) * Math.log(n - k + 1) - fc(k) - fc(n - k) + (k - m) * lpq) return k;
	}
}
