// One tab stop per chart (a roving tabindex): the marks made by markButton are reached with Tab once, then the arrow
// keys move between them in reading order, Home and End go to the first and last. Pure ordering plus the DOM glue.
import { whenIdle } from '../after-paint';

export interface Box {
	x: number;
	y: number;
}

/** Positions within this many px count as one column or row. */
const SAME = 3;

/**
 * The marks' indices in reading order. `rows`: a chart whose y axis is categories (a timeline's author lanes, a
 * column of bars) reads row by row, top to bottom, each left to right; any other reads left to right along x,
 * top to bottom where marks share a column.
 */
export function readingOrder(boxes: readonly Box[], rows = false): number[] {
	const [a, b] = rows ? (['y', 'x'] as const) : (['x', 'y'] as const);
	const byA = boxes.map((_, i) => i).sort((i, j) => boxes[i][a] - boxes[j][a] || i - j);
	// Marks within SAME px of a row's (or column's) first mark are in that row.
	const line = new Map<number, number>();
	let start = -Infinity;
	let n = -1;
	for (const i of byA) {
		if (boxes[i][a] - start > SAME) [start, n] = [boxes[i][a], n + 1];
		line.set(i, n);
	}
	return byA.sort((i, j) => line.get(i)! - line.get(j)! || boxes[i][b] - boxes[j][b] || i - j);
}

/** Where a key moves from position `at` of `n` marks (in reading order); null for keys that do not move. */
export function moveTo(key: string, at: number, n: number): number | null {
	if (n === 0) return null;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return Math.min(n - 1, at + 1);
		case 'ArrowLeft':
		case 'ArrowUp':
			return Math.max(0, at - 1);
		case 'Home':
			return 0;
		case 'End':
			return n - 1;
		default:
			return null;
	}
}

export const MARK_SELECTOR = '[data-mark-button]';
/** Set by the frame on a chart whose y axis is categories (reading order row by row). */
export const ROWS_ATTRIBUTE = 'data-read-rows';

function ordered(root: Element): SVGGraphicsElement[] {
	const marks = [...root.querySelectorAll<SVGGraphicsElement>(MARK_SELECTOR)];
	const boxes = marks.map((m) => {
		const r = m.getBoundingClientRect();
		return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
	});
	return readingOrder(boxes, root.hasAttribute(ROWS_ATTRIBUTE)).map((i) => marks[i]);
}

/** Makes `mark` the chart's one tab stop. */
function makeStop(root: Element, mark: Element): void {
	// Only where it differs: a redraw that adds a few marks keeps the others' attributes as they are.
	for (const m of root.querySelectorAll(MARK_SELECTOR)) {
		const tabindex = m === mark ? '0' : '-1';
		if (m.getAttribute('tabindex') !== tabindex) m.setAttribute('tabindex', tabindex);
	}
}

/** Arrow keys, Home and End on a mark: focus moves to the next mark of its chart; true when the key was used. */
export function roveFrom(mark: Element, key: string): boolean {
	const root = mark.closest('svg');
	if (!root) return false;
	const marks = ordered(root);
	const to = moveTo(key, marks.indexOf(mark as SVGGraphicsElement), marks.length);
	if (to === null) return false;
	makeStop(root, marks[to]);
	marks[to].focus();
	return true;
}

/**
 * Keeps exactly one mark of the chart `root` tabbable while marks come and go: the one last focused while it is
 * drawn, else the first in reading order. Finding reading order measures every mark (a forced layout per chart), so a
 * redraw makes the first mark in document order the stop at once and the first in reading order once the page is
 * idle, unless focus is inside the chart by then. Returns the cleanup.
 */
export function roving(root: Element): () => void {
	let cancelPick: (() => void) | null = null;
	const pick = () => {
		cancelPick = null;
		if (root.contains(document.activeElement)) return;
		const first = ordered(root)[0];
		if (first) makeStop(root, first);
	};
	const fix = () => {
		const marks = root.querySelectorAll(MARK_SELECTOR);
		if (!marks.length) return;
		const stops = [...marks].filter((m) => m.getAttribute('tabindex') === '0');
		if (stops.length === 1 && [...marks].every((m) => m.hasAttribute('tabindex'))) return;
		makeStop(root, stops[0] ?? marks[0]);
		if (!stops.length) cancelPick ??= whenIdle(pick);
	};
	const onFocus = (e: Event) => {
		const t = e.target as Element;
		if (t.matches?.(MARK_SELECTOR)) makeStop(root, t);
	};
	fix();
	const observer = new MutationObserver(fix);
	observer.observe(root, { childList: true, subtree: true });
	root.addEventListener('focusin', onFocus);
	return () => {
		observer.disconnect();
		cancelPick?.();
		root.removeEventListener('focusin', onFocus);
	};
}
