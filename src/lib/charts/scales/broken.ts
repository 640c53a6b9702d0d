// A year scale for sparse dates: long empty stretches between the data's years are cut out of the axis (drawn as a
// break, //), so that documents bunched in a few years get the width. Each kept stretch is linear, at the same px
// per year as the others, and a value keeps its true position inside its stretch.
import { scaleLinear, ticks as linearTicks } from 'd3';

export interface BrokenOptions {
	/** A gap between neighbouring values is cut only when it is longer than this many units (years)… */
	minGap: number;
	/** …and longer than this share of the whole span… */
	spanShare: number;
	/** …and longer than this many times the median of the other gaps, so that evenly spread years are never cut. */
	medianFactor: number;
	/** Room kept on each side of a stretch's values: at least `pad` units, or `padShare` of the values' spans. */
	pad: number;
	padShare: number;
	/** Width in px of a break. */
	breakWidth: number;
	/** Narrowest stretch in px, so that a lone year still has room for its label. */
	minWidth: number;
	/** No tick closer than this many px to a break (its label would run into the other side's), unless it is a stretch's only one. */
	tickClearance: number;
}

const BROKEN_DEFAULTS: BrokenOptions = {
	minGap: 10,
	spanShare: 0.2,
	medianFactor: 3,
	pad: 1,
	padShare: 0.03,
	breakWidth: 18,
	minWidth: 44,
	tickClearance: 16
};

/** A kept stretch of the axis: its values' extent, its padded domain (whole units) and its place in px. */
export interface Segment {
	data: [number, number];
	domain: [number, number];
	range: [number, number];
}

/** A cut between two stretches: the left-out domain [from, to] and the px [x0, x1] the break mark takes. */
export interface Break {
	from: number;
	to: number;
	x0: number;
	x1: number;
}

const median = (v: readonly number[]) => {
	if (!v.length) return 0;
	const s = [...v].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Groups the values into stretches with no long gap inside; each padded and rounded out to whole units. */
export function splitDomain(values: Iterable<number>, options: Partial<BrokenOptions> = {}): Pick<Segment, 'data' | 'domain'>[] {
	const o = { ...BROKEN_DEFAULTS, ...options };
	const v = [...new Set([...values].filter(Number.isFinite))].sort((a, b) => a - b);
	if (!v.length) return [{ data: [0, 1], domain: [0, 1] }];
	const gaps = v.slice(1).map((x, i) => x - v[i]);
	const span = v[v.length - 1] - v[0];
	// With one gap only there is nothing to crowd: two values are never cut apart.
	const cut = gaps.map(
		(g, i) => gaps.length > 1 && g > o.minGap && g > o.spanShare * span && g > o.medianFactor * median(gaps.filter((_, j) => j !== i))
	);
	const groups: [number, number][] = [[v[0], v[0]]];
	v.slice(1).forEach((x, i) => (cut[i] ? groups.push([x, x]) : (groups[groups.length - 1][1] = x)));
	const pad = Math.max(o.pad, o.padShare * groups.reduce((s, [a, b]) => s + b - a, 0));
	const out: Pick<Segment, 'data' | 'domain'>[] = [];
	for (const [a, b] of groups) {
		const lo = Math.floor(a - pad);
		const hi = Math.max(lo + 1, Math.ceil(b + pad));
		const last = out[out.length - 1];
		if (last && lo <= last.domain[1]) {
			last.data[1] = b;
			last.domain[1] = hi;
		} else out.push({ data: [a, b], domain: [lo, hi] });
	}
	return out;
}

/** Lays the stretches out along the range: one px-per-unit for all, except that none is narrower than minWidth. */
export function layoutSegments(domains: readonly (readonly [number, number])[], [r0, r1]: readonly [number, number], options: Partial<BrokenOptions> = {}): [number, number][] {
	const o = { ...BROKEN_DEFAULTS, ...options };
	const n = domains.length;
	const avail = Math.max(0, r1 - r0 - o.breakWidth * (n - 1));
	const spans = domains.map(([a, b]) => b - a);
	let widths = spans.map(() => avail / n);
	if (avail > n * o.minWidth) {
		const atMin = new Set<number>();
		for (;;) {
			const freeSpan = spans.reduce((s, w, i) => (atMin.has(i) ? s : s + w), 0);
			const k = (avail - atMin.size * o.minWidth) / freeSpan;
			const tooNarrow = spans.map((_, i) => i).filter((i) => !atMin.has(i) && spans[i] * k < o.minWidth);
			if (!tooNarrow.length) {
				widths = spans.map((w, i) => (atMin.has(i) ? o.minWidth : w * k));
				break;
			}
			tooNarrow.forEach((i) => atMin.add(i));
		}
	}
	let x = r0;
	return widths.map((w, i) => {
		const at: [number, number] = [x, x + w];
		x += w + (i < n - 1 ? o.breakWidth : 0);
		return at;
	});
}

export interface BrokenScale {
	(value: number): number;
	/** The values the stretches are computed from (all the data's years, not only their extent). */
	domain(): number[];
	domain(values: Iterable<number>): BrokenScale;
	range(): [number, number];
	range(range: readonly [number, number]): BrokenScale;
	invert(px: number): number;
	/** About `count` ticks in all, shared out by width; whole units; on each side of a break. */
	ticks(count?: number): number[];
	segments(): readonly Segment[];
	breaks(): readonly Break[];
	copy(): BrokenScale;
}

/** A d3-like continuous scale that cuts long empty gaps out of its domain; with no long gap it is a plain linear scale. */
export function scaleBroken(options: Partial<BrokenOptions> = {}): BrokenScale {
	const o = { ...BROKEN_DEFAULTS, ...options };
	let values: number[] = [0, 1];
	let range: [number, number] = [0, 1];
	let segments: Segment[] = [];
	let piecewise = scaleLinear();

	function rescale() {
		const split = splitDomain(values, o);
		const ranges = layoutSegments(split.map((s) => s.domain), range, o);
		segments = split.map((s, i) => ({ ...s, range: ranges[i] }));
		// One polylinear d3 scale through the stretches' ends: linear inside each, and across a break its gap is
		// squeezed into the break's px (a value never falls there: no data is in a cut gap).
		piecewise = scaleLinear()
			.domain(segments.flatMap((s) => s.domain))
			.range(segments.flatMap((s) => s.range));
	}

	const scale = ((v: number) => piecewise(v)) as BrokenScale;
	scale.domain = ((d?: Iterable<number>) => {
		if (d === undefined) return [...values];
		values = [...d];
		rescale();
		return scale;
	}) as BrokenScale['domain'];
	scale.range = ((r?: readonly [number, number]) => {
		if (r === undefined) return [...range];
		range = [r[0], r[1]];
		rescale();
		return scale;
	}) as BrokenScale['range'];
	scale.invert = (px) => piecewise.invert(px);
	scale.segments = () => segments;
	scale.breaks = () => segments.slice(1).map((s, i) => ({ from: segments[i].domain[1], to: s.domain[0], x0: segments[i].range[1], x1: s.range[0] }));
	scale.ticks = (count = 10) => {
		const total = Math.abs(range[1] - range[0]) || 1;
		return segments.flatMap((s, i) => {
			const px = s.range[1] - s.range[0];
			const n = Math.floor((count * px) / total);
			const clear = (t: number) =>
				(i === 0 || piecewise(t) - s.range[0] >= o.tickClearance) && (i === segments.length - 1 || s.range[1] - piecewise(t) >= o.tickClearance);
			const oneYear = Math.floor(s.data[0]) === Math.floor(s.data[1]);
			const ticks = n >= 2 && !oneYear ? linearTicks(s.domain[0], s.domain[1], n).filter((t) => Number.isInteger(t) && clear(t)) : [];
			// Values within one year, room for one label only, or none left clear of a break: the middle year of the values.
			return ticks.length ? ticks : [Math.floor((s.data[0] + s.data[1]) / 2)];
		});
	};
	scale.copy = () => scaleBroken(o).domain(values).range(range);
	rescale();
	return scale;
}
