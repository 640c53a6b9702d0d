// Makes the SVG marks of a layer act as buttons: click, Enter or Space opens one, and pointer hover or keyboard focus
// shows its tooltip. The handlers sit once on the layer's <g> and find the mark from the event (each mark carries its
// index in the layer's data), so a redraw of hundreds of marks sets only their attributes: a spread of per-mark
// handlers sent every attribute of every mark through Svelte's generic path on each change (~50 ms a selection on the
// State of the Union). Each clickable mark carries role="button", data-mark-button and its description as its
// accessible name (browser tests read it too); the chart's frame makes one mark its tab stop, and arrows, Home and
// End move between the marks (roving.ts).
import type { Attachment } from 'svelte/attachments';
import type { SVGAttributes } from 'svelte/elements';
import { MARK_SELECTOR, roveFrom } from './roving';

/** The attribute holding a mark's index in its layer's data. */
export const MARK_INDEX = 'data-mark';

export interface MarkActions<D> {
	/** The event carries the modifier keys (shift/ctrl/meta add to a selection), from a click or Enter/Space. Only
	 *  marks with data-mark-button are clicked. */
	onclick: (d: D, event: MouseEvent | KeyboardEvent) => void;
	onhover: (d: D | null) => void;
}

/** The mark an event happened in, within the layer the handler sits on, and its index. */
function markOf(event: Event): { el: Element; i: number } | null {
	const el = (event.target as Element | null)?.closest?.(`[${MARK_INDEX}]`);
	if (!el || !(event.currentTarget as Element).contains(el)) return null;
	return { el, i: Number(el.getAttribute(MARK_INDEX)) };
}

/** Whether a pointer or focus leaving `from` goes somewhere outside that same mark. */
function leaves(from: Element, event: MouseEvent | FocusEvent): boolean {
	const to = event.relatedTarget as Element | null;
	return !to || to.closest?.(`[${MARK_INDEX}]`) !== from;
}

/**
 * The handlers of a layer whose marks are drawn from `at` (the datum of the mark with index i, read when the event
 * happens); spread them onto the layer's <g>, and give each mark `data-mark={i}`.
 */
export function markLayer<D>(at: (i: number) => D | undefined, { onclick, onhover }: MarkActions<D>): SVGAttributes<SVGGElement> {
	const datum = (event: Event): { el: Element; d: D } | null => {
		const m = markOf(event);
		if (!m) return null;
		const d = at(m.i);
		return d === undefined ? null : { el: m.el, d };
	};
	const enter = (event: Event) => {
		const m = datum(event);
		if (m) onhover(m.d);
	};
	const leave = (event: MouseEvent | FocusEvent) => {
		const m = markOf(event);
		if (m && leaves(m.el, event)) onhover(null);
	};
	return {
		onclick: (event) => {
			const m = datum(event);
			if (m?.el.matches(MARK_SELECTOR)) onclick(m.d, event);
		},
		onkeydown: (event) => {
			const m = datum(event);
			if (!m?.el.matches(MARK_SELECTOR)) return;
			if (roveFrom(m.el, event.key)) return event.preventDefault();
			if (event.key !== 'Enter' && event.key !== ' ') return;
			event.preventDefault();
			onclick(m.d, event);
		},
		onmouseover: enter,
		onmouseout: leave,
		onfocusin: enter,
		onfocusout: leave
	};
}

/**
 * Writes a mark's data-* attributes (tests and exports read them) from a record, each only when its value changed:
 * a spread would route the element's other attributes through Svelte's generic path as well.
 */
export function dataAttributes(values: () => Record<string, string | number>): Attachment<Element> {
	return (el) => {
		const v = values();
		// What was written last, kept beside the element: reading each attribute back from the DOM cost more than the
		// writes it saved (a selection change checks a few hundred marks).
		let last = written.get(el);
		if (!last) written.set(el, (last = new Map()));
		for (const k in v) {
			const s = String(v[k]);
			if (last.get(k) !== s) {
				el.setAttribute(k, s);
				last.set(k, s);
			}
		}
	};
}
const written = new WeakMap<Element, Map<string, string>>();
