// The keyboard form of a brush: a range of whole units [from, to] moved, widened and narrowed by keys.

export type KeyRange = [number, number];

/**
 * The range after a key: arrows move it by one unit (a first arrow marks the first unit), Shift+Right / Shift+Left
 * widen or narrow it at its right end, Home / End move it to the start or end; null for other keys. `gaps`: stretches
 * cut out of the axis (a broken axis's breaks), stepped over.
 */
export function keyRange(range: KeyRange | null, key: string, shift: boolean, bounds: [number, number], gaps: readonly Gap[] = []): KeyRange | null {
	const next = step(range, key, shift, bounds);
	if (!next || !range || !gaps.length) return next;
	// An end landing inside a stretch cut out of the axis jumps over it, in the direction it moved.
	const over = (v: number, dir: number) => {
		const g = gaps.find((x) => v > x.from && v < x.to);
		return !g ? v : dir > 0 ? Math.ceil(g.to) : Math.floor(g.from);
	};
	if (shift) return [next[0], Math.max(next[0], Math.min(bounds[1], over(next[1], next[1] - range[1])))];
	const dir = next[0] - range[0];
	const lead = dir > 0 ? next[1] : next[0];
	const d = over(lead, dir) - lead;
	return d === 0 ? next : place(next[0] + d, next[1] - next[0], bounds);
}

/** A stretch of the axis cut out (a broken axis's break), in data units. */
export interface Gap {
	from: number;
	to: number;
}

/** A range of `len` units from `start`, kept inside the bounds. */
function place(start: number, len: number, [lo, hi]: [number, number]): KeyRange {
	const s = Math.max(lo, Math.min(hi - len, start));
	return [s, s + len];
}

function step(range: KeyRange | null, key: string, shift: boolean, [lo, hi]: [number, number]): KeyRange | null {
	if (hi < lo) return null;
	const [from, to] = range ?? [lo, lo];
	const len = to - from;
	const move = (start: number) => place(start, len, [lo, hi]);
	switch (key) {
		case 'ArrowRight':
		case 'ArrowUp':
			if (!range) return [lo, lo];
			return shift ? [from, Math.min(hi, to + 1)] : move(from + 1);
		case 'ArrowLeft':
		case 'ArrowDown':
			if (!range) return [lo, lo];
			return shift ? [from, Math.max(from, to - 1)] : move(from - 1);
		case 'Home':
			return move(lo);
		case 'End':
			return move(hi);
		default:
			return null;
	}
}
