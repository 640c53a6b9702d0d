// The trajectories' pure part: query rows → plotted points (a term in a document, a dated part or an author's
// documents, with its interval), export rows, and the notes under the chart and its picture.
import type { TermAuthorRow, TermDocRow } from '$lib/db/queries/terms';
import { poissonRateInterval } from '$lib/stats/poisson-interval';
import type { TrajectoryState } from './state';

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
	/** Documents in group A are emphasised; with a group A, the rest are faded. */
	emphasis: 'A' | 'dim' | null;
	docId: string | null;
	/** The dated part of the document this point counts (null: the whole document). */
	section: string | null;
}

const interval = (count: number, words: number) => {
	const ci = poissonRateInterval(count, words);
	return { lower: ci.lower || 0, upper: ci.upper || 0 };
};

/** What the hover names for a document row: its title, and a dated part's section and year. */
const partName = (r: TermDocRow): string => (r.section === null ? r.title : `${r.title} — ${r.section} (${r.year})`);

/** One point per term and document (or dated part); `groupA` rings its documents and dims the others. */
export function documentPoints(rows: readonly TermDocRow[], x: TrajectoryState['x'], groupA: ReadonlySet<string>): TrajectoryPoint[] {
	return rows.map((r) => ({
		key: `${r.term}|${r.unit}`, term: r.term, label: r.label, group: r.unit, name: partName(r), author: r.author,
		years: r.date || String(r.year), x: x === 'year' ? r.when : r.unit, count: r.count, words: r.n_words,
		rate: r.rate ?? 0, ...interval(r.count, r.n_words),
		emphasis: groupA.size ? (groupA.has(r.doc_id) ? 'A' : 'dim') : null, docId: r.doc_id, section: r.section
	}));
}

/** One point per term and author (all the author's documents pooled). */
export function authorPoints(rows: readonly TermAuthorRow[]): TrajectoryPoint[] {
	return rows.map((r) => ({
		key: `${r.term}|${r.author}`, term: r.term, label: r.label, group: r.author, name: r.author, author: r.author,
		years: r.first_year === r.last_year ? String(r.first_year) : `${r.first_year}–${r.last_year}`, x: r.author,
		count: r.count, words: r.n_words, rate: r.rate ?? 0, ...interval(r.count, r.n_words), emphasis: null, docId: null, section: null
	}));
}

/** The plotted units in corpus order (a document's dated parts by date), one row each. */
export function unitOrder(rows: readonly TermDocRow[]): TermDocRow[] {
	const seen = new Map<string, TermDocRow>();
	for (const r of rows) if (!seen.has(r.unit)) seen.set(r.unit, r);
	return [...seen.values()].sort((a, b) => a.doc_order - b.doc_order || a.doc_id.localeCompare(b.doc_id) || a.when - b.when);
}

export function exportRows(points: readonly TrajectoryPoint[], level: TrajectoryState['level']) {
	return points.map((p) => ({
		term: p.label, level, group: p.group, name: p.name, part: p.section ?? '', author: p.author, years: p.years,
		count: p.count, words: p.words, rate_per_10k: p.rate, ci95_lower: p.lower, ci95_upper: p.upper
	}));
}

/** The notes on reading the chart (under it and in its picture). */
export function chartNotes(points: readonly TrajectoryPoint[], view: Pick<TrajectoryState, 'level' | 'datedParts'>, hasGroupA: boolean): string[] {
	const docs = view.level === 'documents';
	return [
		'Bars: exact 95% Poisson interval of the count. Hollow: not found.',
		...(docs ? ["Lines join one author's documents."] : []),
		...(docs && view.datedParts && points.some((p) => p.section !== null)
			? ['Parts dated apart (e.g. a later preface) are points of their own, at their own date, over their own words.']
			: []),
		...(hasGroupA && docs ? ['Black ring: a document of group A (the others dimmed).'] : [])
	];
}
