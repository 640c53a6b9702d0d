// How a term looks on every term chart: a colour (when colouring by term) and a symbol (always, so terms stay
// apart when the colour shows the author). Terms are styled by their position in the term list.
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, symbolCross, type SymbolType } from 'd3';

/** Paul Tol's "vibrant" and "muted" colours: apart from each other and from the grey of zero counts. */
const TERM_PALETTE = ['#0077BB', '#EE7733', '#009988', '#CC3311', '#33BBEE', '#EE3377', '#117733', '#882255'];

// d3's symbolTimes (and symbolPlus) are strokes with no area: filled, they draw nothing. Every symbol here encloses area.
const symbolTriangleDown: SymbolType = {
	draw(context, size) {
		const y = -Math.sqrt(size / (Math.sqrt(3) * 3));
		context.moveTo(0, -y * 2);
		context.lineTo(-Math.sqrt(3) * y, y);
		context.lineTo(Math.sqrt(3) * y, y);
		context.closePath();
	}
};

const SYMBOLS: SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolStar, symbolWye, symbolCross, symbolTriangleDown];
const SYMBOL_NAMES = ['circle', 'square', 'triangle', 'diamond', 'star', 'wye', 'cross', 'inverted triangle'];

export function termColor(index: number): string {
	return TERM_PALETTE[index % TERM_PALETTE.length];
}

/** SVG path of the term's symbol with the given area in px². */
export function termSymbol(index: number, area = 64): string {
	return symbol(SYMBOLS[index % SYMBOLS.length], area)() ?? '';
}

export function termSymbolName(index: number): string {
	return SYMBOL_NAMES[index % SYMBOL_NAMES.length];
}
