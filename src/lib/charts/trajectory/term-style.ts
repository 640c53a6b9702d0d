// How a term looks on every term chart: a colour (when colouring by term) and a symbol (always, so terms stay
// apart when the colour shows the author). Terms are styled by their position in the term list.
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, symbolCross, symbolTimes, type SymbolType } from 'd3';

/** Paul Tol's "vibrant" and "muted" colours: apart from each other and from the grey of zero counts. */
export const TERM_PALETTE = ['#0077BB', '#EE7733', '#009988', '#CC3311', '#33BBEE', '#EE3377', '#117733', '#882255'];

const SYMBOLS: SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolStar, symbolWye, symbolCross, symbolTimes];
const SYMBOL_NAMES = ['circle', 'square', 'triangle', 'diamond', 'star', 'wye', 'cross', 'times'];

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
