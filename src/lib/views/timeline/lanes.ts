// The timeline's rows, decided from the corpus: a lane per author while the authors are few; beyond that a lane per
// value of a facet (e.g. party) when the corpus has one with few values, else one lane for every document; and in
// those shared lanes the marks dodge each other (a beeswarm) so that documents of nearby years stay apart.

/** Up to this many authors, one lane each (a lane per author stays readable and the colours stay distinct). */
export const MAX_AUTHOR_LANES = 10;
/** A facet gives the lanes when it has between 2 and this many values. */
export const MAX_FACET_LANES = 8;
/** The lane of documents without a value of the facet. */
export const NO_VALUE = '(none)';

export interface Facet {
	name: string;
	/** The document's value of the facet, if any. */
	valueOf: (docId: string) => string | null | undefined;
}

export type LanePlan =
	| { by: 'author'; lanes: string[] }
	| { by: 'facet'; facet: string; lanes: string[]; laneOf: (docId: string) => string }
	| { by: 'all'; lanes: [string] };

/** The lane label of the single shared lane. */
export const ALL = 'All documents';

/**
 * The lanes for these documents. `authors`: in legend order (first appearance); `facets`: the corpus's facets in
 * manifest order (the first with 2–MAX_FACET_LANES values wins). Facet lanes in order of first appearance in time,
 * the documents without a value last.
 */
export function planLanes(docs: readonly { doc_id: string; when: number }[], authors: readonly string[], facets: readonly Facet[] = []): LanePlan {
	if (authors.length <= MAX_AUTHOR_LANES) return { by: 'author', lanes: [...authors] };
	const byTime = [...docs].sort((a, b) => a.when - b.when);
	for (const f of facets) {
		const laneOf = (id: string) => f.valueOf(id) || NO_VALUE;
		const values = [...new Set(byTime.map((d) => laneOf(d.doc_id)))];
		const real = values.filter((v) => v !== NO_VALUE);
		if (real.length >= 2 && real.length <= MAX_FACET_LANES) {
			return { by: 'facet', facet: f.name, lanes: values.length > real.length ? [...real, NO_VALUE] : real, laneOf };
		}
	}
	return { by: 'all', lanes: [ALL] };
}

export interface Disc {
	/** Centre along the axis, px. */
	x: number;
	/** Radius, px. */
	r: number;
}

/**
 * Offsets across a lane (px from its centre line, + downwards) that keep discs from overlapping: each disc, taken in
 * order of x, goes to the offset nearest the centre line (preferring upwards on a tie) where it clears every disc
 * placed before it by `padding` px. Offsets are kept within ±`limit` (the disc then overlaps rather than leaves its
 * lane). The result is in the input order.
 */
export function dodge(discs: readonly Disc[], padding = 1, limit = Infinity): number[] {
	const order = discs.map((_, i) => i).sort((i, j) => discs[i].x - discs[j].x || i - j);
	const y = new Array<number>(discs.length).fill(0);
	const placed: number[] = [];
	const maxR = Math.max(0, ...discs.map((d) => d.r));
	for (const i of order) {
		const a = discs[i];
		// Only discs within reach along x can touch this one (placed are in x order: scan back while in reach).
		const near: number[] = [];
		for (let n = placed.length - 1; n >= 0 && a.x - discs[placed[n]].x < a.r + maxR + padding; n--) near.push(placed[n]);
		const fits = (off: number) =>
			near.every((j) => {
				const b = discs[j];
				const need = a.r + b.r + padding;
				return (a.x - b.x) ** 2 + (off - y[j]) ** 2 >= need * need - 1e-6;
			});
		const candidates = [0];
		for (const j of near) {
			const b = discs[j];
			const need = a.r + b.r + padding;
			const dy = Math.sqrt(Math.max(0, need * need - (a.x - b.x) ** 2));
			candidates.push(y[j] - dy, y[j] + dy);
		}
		candidates.sort((p, q) => Math.abs(p) - Math.abs(q) || p - q);
		const best = candidates.find(fits) ?? 0;
		y[i] = Math.max(-limit, Math.min(limit, best));
		placed.push(i);
	}
	return y;
}
