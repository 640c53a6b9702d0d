// Makes an SVG mark act as a button (spread onto the element): click, Enter or Space opens it, and pointer hover or
// keyboard focus shows its tooltip. The description is its accessible name (browser tests read it too). The chart's
// frame makes one mark its tab stop; arrows, Home and End move between the marks (roving.ts).
import type { SVGAttributes } from 'svelte/elements';
import { roveFrom } from './roving';

export interface MarkActions<D> {
	/** The event carries the modifier keys (shift/ctrl/meta add to a selection), from a click or Enter/Space. */
	onclick: (d: D, event: MouseEvent | KeyboardEvent) => void;
	onhover: (d: D | null) => void;
	describe: (d: D) => string;
}

export function markButton<D>(d: D, { onclick, onhover, describe }: MarkActions<D>): SVGAttributes<SVGElement> {
	return {
		role: 'button',
		'data-mark-button': '',
		'aria-label': describe(d),
		onclick: (e) => onclick(d, e),
		onkeydown: (e) => {
			if (roveFrom(e.currentTarget, e.key)) return e.preventDefault();
			if (e.key !== 'Enter' && e.key !== ' ') return;
			e.preventDefault();
			onclick(d, e);
		},
		onmouseenter: () => onhover(d),
		onmouseleave: () => onhover(null),
		onfocus: () => onhover(d),
		onblur: () => onhover(null)
	};
}
