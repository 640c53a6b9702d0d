// A logarithmic axis for rates that keeps zero: d3's symmetric log (Webber 2012), y = log(1 + x / c) with c = 1, which
// is nearly linear below 1 and logarithmic above, so a zero count stays visible at the bottom of the axis (a plain log
// scale has no place for 0). d3 gives it linear ticks, which crowd at the top of a log axis; `logRateTicks` gives
// 0, 1, 2, 5, 10, 20, 50 … instead, and the scale keeps them through the frame's copy().
import { scaleSymlog, type ScaleSymLog } from 'd3';

/** 0 and the 1–2–5 steps of each power of ten up to `max` (at least 0 and 1), thinned to about `count` ticks. */
export function logRateTicks(max: number, count = 6): number[] {
	const steps: number[] = [0];
	for (let p = 1; p <= Math.max(1, max) * 1.0001; p *= 10) for (const m of [1, 2, 5]) if (m * p <= Math.max(1, max) * 1.0001) steps.push(m * p);
	if (steps.length <= count) return steps;
	// Too many: keep 0 and the powers of ten, then 5s, while they fit.
	const decades = steps.filter((v) => v === 0 || Math.log10(v) % 1 === 0);
	if (decades.length >= count) return decades;
	const fives = steps.filter((v) => v === 0 || Math.log10(v) % 1 === 0 || String(v).startsWith('5'));
	return fives.length <= count ? fives : decades;
}

type LogRateScale = ScaleSymLog<number, number>;

function withTicks(s: LogRateScale): LogRateScale {
	const copy = s.copy.bind(s);
	return Object.assign(s, {
		ticks: (count?: number) => logRateTicks(Math.max(...(s.domain() as number[])), count),
		copy: () => withTicks(copy())
	});
}

/** The rate axis's log scale: symmetric log with constant 1, ticks at 0, 1, 2, 5, 10 … */
export const scaleLogRate = (): LogRateScale => withTicks(scaleSymlog().constant(1));
