// The trajectories' pure part: query rows → plotted points (a term in a document, a dated part or an author's
// documents, with its interval), export rows, and the notes under the chart and its picture.
import type { TermAuthorRow, TermDocRow, TermPoolRow } from '$lib/db/queries/terms';
import { poissonRateInterval } from '$lib/stats/poisson-interval';
import type { TrajectoryState } from './state';
import type { PassageFocus } from '$lib/views/passages/state';

export interface TrajectoryPoint {
	/** Unique per point: term index and document id or author. */
	key: string;
	term: number;
	label: string;
	/** The document id, `doc id#section order` for a dated part (documents level), or the author (authors level). */
	group: string;
	/** What the hover names: the document title or the author. */
	name: string;
	author: string;
	/** Year, or first–last year for an author. */
	years: string;
	/** Position on the x axis: fractional year, document id (corpus order) or author. */
	x: number | string;
	count: number;
	words: number;
	/** Per 10,000 words; 0 when the group has no words. */
	rate: number;
	/** Exact 95% Poisson interval, as rates per 10,000 words. */
	lower: number;
	upper: number;
	/** Group A's documents ringed, group B's dashed; with a group A, the others are faded. */
	emphasis: 'A' | 'B' | 'dim' | null;
	/** A part too small for its interval to say much (fewer than TINY_WORDS words): drawn muted. */
	tiny: boolean;
	docId: string | null;
	/** The dated part of the document this point counts (null: the whole document). */
	section: string | null;
	/** Smoothed: count, words and rate are pooled over the documents within ±`years` of this one's year. */
	window?: { years: number; docs: number; from: number; to: number };
}

/**
 * Below this many words a unit's interval is drawn muted: one occurrence in 1,000 words is already 10 per 10,000,
 * and its 95% interval runs from 0.3 to 56 — wider than most of the chart.
 */
export const TINY_WORDS = 1000;

const interval = (count: number, words: number) => {
	const ci = poissonRateInterval(count, words);
	return { lower: ci.lower || 0, upper: ci.upper || 0 };
};

/** What the hover names for a document row: its title, and a dated part's section and year. */
const partName = (r: TermDocRow): string => (r.section === null ? r.title : `${r.title} — ${r.section} (${r.year})`);

/** One point per term and document (or dated part); `groupOf` names a document's group (A, B or ''). */
export function documentPoints(rows: readonly TermDocRow[], x: TrajectoryState['x'], groupOf: (docId: string) => 'A' | 'B' | '', hasGroups: boolean): TrajectoryPoint[] {
	return rows.map((r) => {
		const g = groupOf(r.doc_id);
		return {
			key: `${r.term}|${r.unit}`, term: r.term, label: r.label, group: r.unit, name: partName(r), author: r.author,
			years: r.date || String(r.year), x: x === 'year' ? r.when : r.unit, count: r.count, words: r.n_words,
			rate: r.rate ?? 0, ...interval(r.count, r.n_words), emphasis: g || (hasGroups ? 'dim' : null), tiny: r.n_words < TINY_WORDS,
			docId: r.doc_id, section: r.section
		};
	});
}

/** One point per term and author (all the author's documents pooled). */
export function authorPoints(rows: readonly TermAuthorRow[]): TrajectoryPoint[] {
	return rows.map((r) => ({
		key: `${r.term}|${r.author}`, term: r.term, label: r.label, group: r.author, name: r.author, author: r.author,
		years: r.first_year === r.last_year ? String(r.first_year) : `${r.first_year}–${r.last_year}`, x: r.author,
		count: r.count, words: r.n_words, rate: r.rate ?? 0, ...interval(r.count, r.n_words), emphasis: null, tiny: r.n_words < TINY_WORDS,
		docId: null, section: null
	}));
}

/**
 * One point per term and decade or facet value (all its documents pooled); `facet` names the facet in the hover. A
 * pool has no single author: `author` is '' (colour by term).
 */
export function poolPoints(rows: readonly TermPoolRow[], facet?: string): TrajectoryPoint[] {
	return rows.map((r) => ({
		key: `${r.term}|${r.grp}`, term: r.term, label: r.label, group: r.grp,
		name: facet === undefined ? r.grp : `${facet}: ${r.grp}`, author: '',
		years: r.first_year === null ? '' : r.first_year === r.last_year ? String(r.first_year) : `${r.first_year}–${r.last_year}`,
		x: r.grp, count: r.count, words: r.n_words, rate: r.rate ?? 0, ...interval(r.count, r.n_words), emphasis: null,
		tiny: r.n_words < TINY_WORDS, docId: null, section: null
	}));
}

/**
 * Smoothing over years, as the Google Ngram Viewer's (a centred moving window of ±k years, 0 = none), but pooled: each
 * document's point counts the term in every document (or dated part) of the same term whose year is within k years of
 * its own, over all their words — Σ counts × 10,000 / Σ words — so that a long speech weighs more than a short note,
 * a year with no document adds nothing, and the interval is the exact Poisson interval of the pooled count.
 */
export function smoothPoints(points: readonly TrajectoryPoint[], rows: readonly TermDocRow[], k: number): TrajectoryPoint[] {
	if (!(k > 0)) return [...points];
	const year = new Map(rows.map((r) => [`${r.term}|${r.unit}`, r.year]));
	const byTerm = new Map<number, { y: number; count: number; words: number }[]>();
	for (const p of points) {
		const y = year.get(p.key);
		if (y === undefined || y === null) continue;
		byTerm.set(p.term, [...(byTerm.get(p.term) ?? []), { y, count: p.count, words: p.words }]);
	}
	return points.map((p) => {
		const y = year.get(p.key);
		if (y === undefined || y === null) return p;
		const inWindow = (byTerm.get(p.term) ?? []).filter((o) => Math.abs(o.y - y) <= k);
		const count = inWindow.reduce((a, o) => a + o.count, 0);
		const words = inWindow.reduce((a, o) => a + o.words, 0);
		return {
			...p, count, words, rate: words > 0 ? (count * 10000) / words : 0, ...interval(count, words), tiny: words < TINY_WORDS,
			window: { years: k, docs: inWindow.length, from: y - k, to: y + k }
		};
	});
}

/**
 * The passages behind a point, exactly the occurrences it counts: a document (or dated part), an author's documents,
 * a decade's (by the documents' year; "(none)": the undated ones), a facet value's, or a smoothed point's window (the
 * units within ±k years of its own: dated parts by their own year when counted apart).
 */
export function pointFocus(d: TrajectoryPoint, view: Pick<TrajectoryState, 'level' | 'facet' | 'datedParts'>): PassageFocus {
	const term = d.label;
	if (view.level === 'decades') {
		const m = /^(-?\d+)s$/.exec(d.group);
		return m ? { term, years: { from: Number(m[1]), to: Number(m[1]) + 9 } } : { term, undated: true };
	}
	if (view.level === 'facet' && view.facet) return { term, facet: { name: view.facet, value: d.group } };
	if (view.level === 'authors' || !d.docId) return { term, author: d.author };
	if (d.window) {
		const range = { from: d.window.from, to: d.window.to };
		return view.datedParts ? { term, partYears: range } : { term, years: range };
	}
	return d.section === null ? { term, docId: d.docId } : { term, docId: d.docId, section: d.section };
}

/** The plotted units in corpus order (a document's dated parts by date), one row each. */
export function unitOrder(rows: readonly TermDocRow[]): TermDocRow[] {
	const seen = new Map<string, TermDocRow>();
	for (const r of rows) if (!seen.has(r.unit)) seen.set(r.unit, r);
	return [...seen.values()].sort((a, b) => a.doc_order - b.doc_order || a.doc_id.localeCompare(b.doc_id) || a.when - b.when);
}

/** What is drawn, one row per point: with smoothing, the window's pooled count and words, and the window. */
export function exportRows(points: readonly TrajectoryPoint[], level: TrajectoryState['level']) {
	return points.map((p) => ({
		term: p.label, level, group: p.group, doc_id: p.docId ?? '', name: p.name, part: p.section ?? '', author: p.author, years: p.years,
		count: p.count, words: p.words, rate_per_10k: p.rate, ci95_lower: p.lower, ci95_upper: p.upper,
		smoothing_years: p.window?.years ?? 0, window_documents: p.window?.docs ?? null, window_from: p.window?.from ?? null,
		window_to: p.window?.to ?? null
	}));
}

/** What one point is, for titles and the methods stamp. */
export function unitName(view: Pick<TrajectoryState, 'level' | 'facet'>): string {
	return view.level === 'documents' ? 'document' : view.level === 'authors' ? 'author' : view.level === 'decades' ? 'decade' : `value of ${view.facet}`;
}

/** How the drawn numbers were computed: the export's methods line. */
export function methodsText(view: Pick<TrajectoryState, 'level' | 'facet' | 'smooth' | 'yScale'>, matching: string): string {
	const pooled = view.level === 'documents' ? '' : ` Each ${unitName(view)}: counts and words summed over its documents (pooled), then the rate.`;
	const smooth =
		view.level === 'documents' && view.smooth
			? ` Smoothed over ±${view.smooth} years: each document's count and words are those of every document of the term within ${view.smooth} years of its year, summed (a centred moving window, pooled).`
			: '';
	const axis = view.yScale === 'log' ? ' Rate axis: symmetric log (log(1 + rate)), zero at the bottom.' : view.yScale === 'sqrt' ? ' Rate axis: square root.' : '';
	return `rate = count / words × 10,000 (words = tokens with a letter); 95% interval: exact Poisson (Garwood) for the count, divided by the words.${pooled}${smooth}${axis} Matching: ${matching}`;
}

/** The notes on reading the chart (under it and in its picture). */
export function chartNotes(
	points: readonly TrajectoryPoint[],
	view: Pick<TrajectoryState, 'level' | 'datedParts'> &
		Partial<Pick<TrajectoryState, 'smooth'>> & {
			/** The corpus's document count when the level shown is its default for a crowded corpus (per decade). */
			defaultedFrom?: number;
			/** The document count when each of many documents is drawn and the intervals are muted. */
			crowded?: number;
		},
	hasGroupA: boolean
): string[] {
	const docs = view.level === 'documents';
	const smooth = docs && points.some((p) => p.window);
	const n = (k: number) => k.toLocaleString('en');
	return [
		...(view.defaultedFrom
			? [`${n(view.defaultedFrom)} documents, too many to draw one mark each: pooled by decade (Show: each document, or smoothed, for every document).`]
			: []),
		...(docs && view.crowded ? [`${n(view.crowded)} documents: intervals muted (pool by decade or smooth to compare them).`] : []),
		'Bars: exact 95% Poisson interval of the count. Hollow: not found.',
		...(smooth
			? [`Smoothed: each point pools the documents within ±${view.smooth} years of its own (counts and words summed); lines join one term.`]
			: docs
				? ["Lines join one author's documents."]
				: []),
		...(docs && view.datedParts && points.some((p) => p.section !== null)
			? ['Parts dated apart (e.g. a later preface) are points of their own, at their own date, over their own words.']
			: []),
		...(hasGroupA && docs ? ['Black ring: a document of group A; dashed grey ring: group B (the others dimmed).'] : []),
		...(points.some((p) => p.tiny) ? [`Pale intervals: parts under ${TINY_WORDS.toLocaleString('en')} words, where one occurrence moves the rate by 10 or more.`] : [])
	];
}

/** Zero counts first, so that they are drawn under the points with occurrences (a hollow zero never covers one). */
export const drawOrder = (points: readonly TrajectoryPoint[]): TrajectoryPoint[] =>
	[...points].sort((a, b) => Number(b.count === 0) - Number(a.count === 0));

/**
 * How far (px) a trajectory symbol of area 90 px² reaches from its centre, stroke included: d3's star, the widest,
 * has an outer radius of √(90 × 0.8908) = 8.95; + 0.6 of stroke, + a pixel of margin.
 */
export const MARK_REACH = 11;

export interface Placed {
	key: string;
	x: number;
	y: number;
}

/**
 * Horizontal offsets (px) that keep every mark's centre clear of the marks drawn after it: in draw order, a mark
 * closer than `gap` to one already placed moves sideways by `step`, alternating right and left (+1, −1, +2, …),
 * until it is clear. The rate (y) never moves.
 */
export function separate(
	marks: readonly Placed[],
	gap = MARK_REACH,
	step = 3,
	{ lo = -Infinity, hi = Infinity, maxShift = 100 * step }: { lo?: number; hi?: number; maxShift?: number } = {}
): Map<string, number> {
	const out = new Map<string, number>();
	// The marks placed, in cells `gap` wide: a mark closer than `gap` is in the 3 × 3 cells around, so a check reads
	// those instead of every mark placed (233 documents per term in the State of the Union: ~55 ms a new term).
	// Cells by a number (no string per look-up: a mark in a crowd tries up to 200 places, 9 cells each), each a flat
	// list x0, y0, x1, y1 …; distances compared squared.
	const cells = new Map<number, number[]>();
	const cellOf = (v: number) => Math.floor(v / gap);
	const cellKey = (cx: number, cy: number) => cx * 4_194_304 + cy;
	const gap2 = gap * gap;
	const clear = (x: number, y: number) => {
		if (!(gap > 0)) return true;
		const cx = cellOf(x);
		const cy = cellOf(y);
		for (let i = -1; i <= 1; i++)
			for (let j = -1; j <= 1; j++) {
				const list = cells.get(cellKey(cx + i, cy + j));
				if (!list) continue;
				for (let k = 0; k < list.length; k += 2) {
					const dx = list[k] - x;
					const dy = list[k + 1] - y;
					if (dx * dx + dy * dy < gap2) return false;
				}
			}
		return true;
	};
	const place = (x: number, y: number) => {
		const key = cellKey(cellOf(x), cellOf(y));
		const list = cells.get(key);
		if (list) list.push(x, y);
		else cells.set(key, [x, y]);
	};
	for (const m of marks) {
		// A mark moves at most `maxShift` and never out of [lo, hi] (the plot): in a crowd of hundreds (SOTU per document)
		// it stays inside the chart, over others, rather than in the next column (the keyboard and the ranked table still
		// reach every one).
		let dx = 0;
		if (!clear(m.x, m.y)) {
			for (let k = 1; Math.ceil(k / 2) * step <= maxShift; k++) {
				const d = (k % 2 ? 1 : -1) * Math.ceil(k / 2) * step;
				if (m.x + d >= lo && m.x + d <= hi && clear(m.x + d, m.y)) {
					dx = d;
					break;
				}
			}
		}
		out.set(m.key, dx);
		place(m.x + dx, m.y);
	}
	return out;
}

/** Rows the ranked table shows before "Show all": about three screens of its scroll box. */
export const FIRST_ROWS = 30;

export type RankKey = 'name' | 'author' | 'year' | 'count' | 'words' | 'rate';

/** One term's points as table rows, sorted by `key` (ties: corpus order as given); rate and counts descend first. */
export function rankRows(points: readonly TrajectoryPoint[], term: number, key: RankKey, desc: boolean): TrajectoryPoint[] {
	const rows = points.filter((p) => p.term === term);
	const val = (p: TrajectoryPoint): number | string =>
		key === 'name' ? p.name : key === 'author' ? p.author : key === 'year' ? p.years : key === 'count' ? p.count : key === 'words' ? p.words : p.rate;
	const sign = desc ? -1 : 1;
	return rows
		.map((p, i) => ({ p, i }))
		.sort((a, b) => {
			const va = val(a.p);
			const vb = val(b.p);
			const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
			return sign * c || a.i - b.i;
		})
		.map((r) => r.p);
}

/** The hover's facts for a count over words (a point, a group): count, words, rate and its interval. */
export function rateFacts(d: { count: number; words: number; rate: number; lower: number; upper: number }): [string, string][] {
	const int = (v: number) => v.toLocaleString('en');
	const rate = (v: number) => v.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	return [
		['Count', int(d.count)],
		['Words', int(d.words)],
		['Rate', `${rate(d.rate)} per 10,000`],
		['95% interval', `${rate(d.lower)}–${rate(d.upper)}`]
	];
}
