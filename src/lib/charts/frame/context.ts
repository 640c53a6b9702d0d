// What a chart frame hands its layers: the inner size, the margins, the scales and the scaled accessors.
import { getContext, setContext } from 'svelte';
import type { ScaleBand, ScaleLinear, ScalePoint, ScalePower, ScaleSymLog, ScaleTime } from 'd3';
import type { Break, BrokenScale } from '../scales/broken';

export type XYScale =
	| ScaleLinear<number, number>
	| ScaleTime<number, number>
	| ScaleBand<string>
	| ScalePoint<string>
	| ScalePower<number, number>
	| ScaleSymLog<number, number>
	| BrokenScale;

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface Chart<D = unknown> {
	/** Size of the plotting area (inside the margins), in px. */
	readonly width: number;
	readonly height: number;
	/** Size of the whole SVG. */
	readonly outerWidth: number;
	readonly outerHeight: number;
	readonly margin: Margin;
	readonly data: readonly D[];
	readonly x: XYScale;
	readonly y: XYScale;
	/** Radius scale, when the chart sizes its marks. */
	readonly r: ScalePower<number, number> | null;
	/** Accessors combined with their scale: position in px inside the plotting area (bands: their centre). */
	xGet(d: D): number;
	yGet(d: D): number;
	/** The two ends of an interval or a bar, each on the x or the y scale (the frame's x1/x2/y1/y2 channels; NaN unset). */
	x1Get(d: D): number;
	x2Get(d: D): number;
	y1Get(d: D): number;
	y2Get(d: D): number;
	rGet(d: D): number;
	colorGet(d: D): string;
	/** A value (not a datum) placed on the x or y scale, for marks drawn from other rows (sections, ticks, labels). */
	xAt(v: unknown): number;
	yAt(v: unknown): number;
	/** The row's raw x value, for layers that map back from pixels (brush). */
	xValue(d: D): unknown;
	/** The datum under the pointer or the keyboard focus, whose tooltip the frame shows; marks set it with hover(). */
	readonly hovered: D | null;
	hover(d: D | null): void;
}

const KEY = Symbol('tribune:chart');

export function setChart<D>(chart: Chart<D>): Chart<D> {
	return setContext(KEY, chart);
}

export function getChart<D = unknown>(): Chart<D> {
	const c = getContext<Chart<D> | undefined>(KEY);
	if (!c) throw new Error('A chart layer must be inside a <Frame>');
	return c;
}

/** The x scale's breaks (long empty stretches cut out of a broken axis); none for other scales. */
export function xBreaks(chart: Chart<unknown>): readonly Break[] {
	return 'breaks' in chart.x ? chart.x.breaks() : [];
}

/** About `n` tick values of a continuous scale; every category of a band or point scale. */
export function scaleTicks(scale: XYScale, n: number): unknown[] {
	const s = scale as { ticks?: (n: number) => unknown[]; domain: () => unknown[] };
	return s.ticks && !('bandwidth' in scale) ? s.ticks(n) : s.domain();
}

/**
 * Whether two configured scales map the same domain to the same range (values compared as numbers, so equal dates
 * are equal; categories as they are). Both must come from the same unconfigured scale: the kind and its options
 * (padding, clamping …) are not compared.
 */
export function sameMapping(a: XYScale, b: XYScale): boolean {
	return sameValues(a.domain() as unknown[], b.domain() as unknown[]) && sameValues(a.range() as unknown[], b.range() as unknown[]);
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) {
		const [x, y] = [a[i], b[i]];
		if (x instanceof Date || y instanceof Date ? +(x as Date) !== +(y as Date) : !Object.is(x, y)) return false;
	}
	return true;
}

/** The width of one band (0 for continuous scales). */
export function bandwidth(scale: XYScale): number {
	return 'bandwidth' in scale ? scale.bandwidth() : 0;
}

/** Inverts a continuous x scale (px → data); null for band/point scales. */
export function invertX(chart: Chart<unknown>, px: number): number | null {
	const x = chart.x;
	if (!('invert' in x)) return null;
	const v = x.invert(px);
	return v instanceof Date ? v.getTime() : v;
}
