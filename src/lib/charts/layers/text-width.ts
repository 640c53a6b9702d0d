// The width of a label in px, measured in the page's font by a canvas (the same font the axis CSS sets); an estimate
// where there is no canvas (server rendering, tests).
let ctx: CanvasRenderingContext2D | null | undefined;
// Widths measured, per font: the axes measure the same names at every selection change (setting a canvas's font
// parses it each time). Bounded: past it, measured again.
const measured = new Map<string, Map<string, number>>();
const MEASURED_LIMIT = 5000;

/** Width in px of `text` in `font` (a CSS font shorthand, e.g. "600 12px system-ui"). */
export function textWidth(text: string, font: string): number {
	if (ctx === undefined) ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	if (!ctx) return text.length * parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '12') * 0.6;
	let widths = measured.get(font);
	if (!widths) measured.set(font, (widths = new Map()));
	let w = widths.get(text);
	if (w === undefined) {
		if (widths.size >= MEASURED_LIMIT) widths.clear();
		ctx.font = font;
		widths.set(text, (w = ctx.measureText(text).width));
	}
	return w;
}

/** The CSS font of axis text: `weight` and `size` px in the page's family. */
export function pageFont(weight: number, size: number): string {
	const family = typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.body).fontFamily || 'sans-serif';
	return `${weight} ${size}px ${family}`;
}
