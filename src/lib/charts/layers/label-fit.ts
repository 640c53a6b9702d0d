// Which category labels an axis writes, and how short: labels that would overlap are thinned (every k-th kept, so the
// rest stay evenly spread) or shortened with "…"; the axis keeps the full text in a <title>. Pure, so it is unit-tested.

export interface LabelBox {
	/** Centre of the label along the axis, in px. */
	pos: number;
	/** Extent of the label along the axis, in px (its width on a bottom axis, its line height on a left one). */
	size: number;
}

/** True where two kept labels are at least `gap` px apart, edge to edge. */
function clear(a: LabelBox, b: LabelBox, gap: number): boolean {
	const [lo, hi] = a.pos <= b.pos ? [a, b] : [b, a];
	return hi.pos - hi.size / 2 - (lo.pos + lo.size / 2) >= gap;
}

/**
 * Which labels to show (true) so that no two shown labels come closer than `gap` px: the smallest stride k such that
 * every k-th label (from the first) clears its neighbour, so the shown labels stay evenly spread. Labels are taken in
 * the order of their positions; a single label always shows.
 */
export function thinLabels(boxes: readonly LabelBox[], gap: number): boolean[] {
	const order = boxes.map((_, i) => i).sort((i, j) => boxes[i].pos - boxes[j].pos || i - j);
	const show = new Array<boolean>(boxes.length).fill(false);
	for (let k = 1; k <= Math.max(1, order.length); k++) {
		const kept = order.filter((_, n) => n % k === 0);
		if (kept.every((i, n) => n === 0 || clear(boxes[kept[n - 1]], boxes[i], gap))) {
			for (const i of kept) show[i] = true;
			return show;
		}
	}
	return show;
}

/**
 * `text` shortened with "…" so that `width(text)` fits within `max` px (at least one character and the "…");
 * unchanged when it fits. `width` measures a string in the axis's font.
 */
export function fitText(text: string, max: number, width: (s: string) => number): string {
	if (width(text) <= max) return text;
	const chars = [...text];
	// Binary search on the number of characters kept before the ellipsis.
	let lo = 1;
	let hi = chars.length - 1;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (width(chars.slice(0, mid).join('').trimEnd() + '…') <= max) lo = mid;
		else hi = mid - 1;
	}
	return chars.slice(0, Math.max(1, lo)).join('').trimEnd() + '…';
}
