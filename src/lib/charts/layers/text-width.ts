// The width of a label in px, measured in the page's font by a canvas (the same font the axis CSS sets); an estimate
// where there is no canvas (server rendering, tests).
let ctx: CanvasRenderingContext2D | null | undefined;

/** Width in px of `text` in `font` (a CSS font shorthand, e.g. "600 12px system-ui"). */
export function textWidth(text: string, font: string): number {
	if (ctx === undefined) ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	if (!ctx) return text.length * parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '12') * 0.6;
	ctx.font = font;
	return ctx.measureText(text).width;
}

/** The CSS font of axis text: `weight` and `size` px in the page's family. */
export function pageFont(weight: number, size: number): string {
	const family = typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.body).fontFamily || 'sans-serif';
	return `${weight} ${size}px ${family}`;
}
