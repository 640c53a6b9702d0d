// Sentence-length summaries, lists (as tallies) and histograms of a selection from every document's lengths fetched
// once per corpus (lengthDocsQuery) and the groups' members (groupDocsQuery, asked once per change for every view): the
// same rows as lengthSummaryQuery, lengthListsQuery and lengthHistogramQuery, which stay the definitions
// (tests/unit/db/length-groups.test.ts compares them on the default corpus and on the State of the Union).
import type { GroupDocRow } from '../db/groups';
import type { GroupName, LengthBinRow, LengthDocRow, LengthSummaryRow, LengthUnit } from '../db/queries/sentence-lengths';
import { poolTallies, quantileTally, subtractTally, sumTally, tallySorted, type Tally } from './tally';
import { byCodePoint, nullsLast } from './duckdb-order';

/** The documents of one unit of one group: a document, an author's documents in A (or B), or a whole group. */
interface Pool {
	key: string;
	grp: GroupName;
	docs: LengthDocRow[];
	/** Every length of the pool, tallied when first asked (tallyOfPool). */
	tally?: Tally;
}


function minOf<T extends string | number>(values: (T | null)[]): T | null {
	let m: T | null = null;
	for (const v of values) if (v !== null && (m === null || nullsLast(v, m) < 0)) m = v;
	return m;
}

/**
 * The pools of the selection for a unit, in no particular order; documents without running text are in none. Made once
 * per selection (its members' rows) and unit: a selection change asks for the summaries and tallies of the boxes' unit
 * and for the groups' summaries and histogram, which share their pools and so their tallies (merging the 232 other
 * addresses of the State of the Union once, not twice). The pools are read, never changed, by the functions below.
 */
const pooled = new WeakMap<readonly GroupDocRow[], { docs: readonly LengthDocRow[]; byUnit: Map<LengthUnit, Pool[]> }>();
function poolsOf(docs: readonly LengthDocRow[], members: readonly GroupDocRow[], unit: LengthUnit): Pool[] {
	let kept = pooled.get(members);
	if (!kept || kept.docs !== docs) pooled.set(members, (kept = { docs, byUnit: new Map() }));
	let pools = kept.byUnit.get(unit);
	if (!pools) kept.byUnit.set(unit, (pools = makePools(docs, members, unit)));
	return pools;
}

function makePools(docs: readonly LengthDocRow[], members: readonly GroupDocRow[], unit: LengthUnit): Pool[] {
	const { byId } = memoryOf(docs);
	const pools = new Map<string, Pool>();
	for (const m of members) {
		const d = byId.get(m.doc_id);
		if (!d) continue;
		const key = unit === 'doc' ? d.doc_id : unit === 'author' ? d.author : m.grp;
		const id = JSON.stringify([key, m.grp]);
		const pool = pools.get(id) ?? { key, grp: m.grp, docs: [] };
		pool.docs.push(d);
		pools.set(id, pool);
	}
	return [...pools.values()];
}

/** Each document's lengths as a tally, made once per row (the rows are asked once per corpus). */
const docTallies = new WeakMap<LengthDocRow, Tally>();
function docTally(d: LengthDocRow): Tally {
	let t = docTallies.get(d);
	if (!t) docTallies.set(d, (t = tallySorted(d.lengths)));
	return t;
}

/**
 * Per corpus (its rows, asked once): each document by id and its place, the tally of every length, and the tallies of
 * the sets of documents pooled so far. A selection change pools again what the last one pooled, but for the documents
 * that moved: clicking one address after another keeps every other president's pool, and "the rest" of the State of
 * the Union is every length less the chosen address's (one subtraction, not 232 documents merged).
 */
interface PoolMemory {
	byId: Map<string, LengthDocRow>;
	place: Map<LengthDocRow, number>;
	all: Tally | null;
	made: Map<string, Tally>;
}
const memories = new WeakMap<readonly LengthDocRow[], PoolMemory>();
function memoryOf(docs: readonly LengthDocRow[]): PoolMemory {
	let memory = memories.get(docs);
	if (!memory) {
		memory = { byId: new Map(docs.map((d) => [d.doc_id, d])), place: new Map(docs.map((d, i) => [d, i])), all: null, made: new Map() };
		memories.set(docs, memory);
	}
	return memory;
}
/** Sets of documents remembered per corpus; past it, the memory starts again (a few hundred selections). */
const MEMORY_LIMIT = 2000;

/** Every length of a pool, tallied (each document's come sorted). */
function tallyOfPool(docs: readonly LengthDocRow[], pool: Pool): Tally {
	if (pool.tally) return pool.tally;
	if (pool.docs.length === 1) return (pool.tally = docTally(pool.docs[0]));
	const memory = memoryOf(docs);
	const places = pool.docs.map((d) => memory.place.get(d) ?? -1).sort((x, y) => x - y);
	const key = places.join(',');
	let t = memory.made.get(key);
	if (!t) {
		if (places[0] >= 0 && 2 * places.length > docs.length) {
			const inPool = new Set(places);
			memory.all ??= poolTallies(docs.map(docTally));
			t = subtractTally(memory.all, poolTallies(docs.filter((_, i) => !inPool.has(i)).map(docTally)));
		} else t = poolTallies(pool.docs.map(docTally));
		if (memory.made.size >= MEMORY_LIMIT) memory.made.clear();
		memory.made.set(key, t);
	}
	return (pool.tally = t);
}

/** The document whose longest sentence is longer comes first; ties to the first document in reading order. */
const longestFirst = (a: LengthDocRow, b: LengthDocRow) =>
	b.lengths[b.lengths.length - 1] - a.lengths[a.lengths.length - 1] || a.doc_order - b.doc_order || byCodePoint(a.doc_id, b.doc_id);

/** The lengths of one unit of one group (lengthListsQuery's row), as a tally. */
export interface LengthTallyRow {
	key: string;
	grp: GroupName;
	tally: Tally;
}

/**
 * lengthSummaryQuery(unit, groups)'s rows: per document, author (and group) or group, the count, mean, quantiles
 * (type 7), Tukey's whiskers and outliers and the longest sentence; ordered by the unit's first year, date and
 * doc_order over both groups, then key and group.
 */
export function lengthSummaries(docs: readonly LengthDocRow[], members: readonly GroupDocRow[], unit: LengthUnit): LengthSummaryRow[] {
	const rows = poolsOf(docs, members, unit).map((pool) => {
		const row = summaryOf(pool, tallyOfPool(docs, pool), unit);
		return { row, year: minOf(pool.docs.map((d) => d.year)), date: minOf(pool.docs.map((d) => d.date)), order: minOf(pool.docs.map((d) => d.doc_order)) };
	});
	// An author in both groups keeps one place: the first year, date and doc_order of all their documents.
	const firsts = new Map<string, { year: number | null; date: string | null; order: number | null }>();
	for (const r of rows) {
		const f = firsts.get(r.row.key);
		firsts.set(
			r.row.key,
			f ? { year: minOf([f.year, r.year]), date: minOf([f.date, r.date]), order: minOf([f.order, r.order]) } : { year: r.year, date: r.date, order: r.order }
		);
	}
	return rows
		.sort((x, y) => {
			const [a, b] = [firsts.get(x.row.key)!, firsts.get(y.row.key)!];
			return (
				nullsLast(a.year, b.year) ||
				nullsLast(a.date, b.date) ||
				nullsLast(a.order, b.order) ||
				byCodePoint(x.row.key, y.row.key) ||
				byCodePoint(x.row.grp!, y.row.grp!)
			);
		})
		.map((r) => r.row);
}

/**
 * A pool's summary row: the same object for the same documents (the same tally, memory's) of the same key, group and
 * unit, so that the boxes and table rows of every other author are not drawn again when one address is clicked after
 * another.
 */
const summaries = new WeakMap<Tally, Map<string, LengthSummaryRow>>();
function summaryOf(pool: Pool, t: Tally, unit: LengthUnit): LengthSummaryRow {
	let byPool = summaries.get(t);
	if (!byPool) summaries.set(t, (byPool = new Map()));
	const id = JSON.stringify([unit, pool.key, pool.grp]);
	let row = byPool.get(id);
	if (!row) byPool.set(id, (row = summarize(pool, t, unit)));
	return row;
}

function summarize(pool: Pool, t: Tally, unit: LengthUnit): LengthSummaryRow {
	const { values, counts, n } = t;
	const q1 = quantileTally(t, 0.25);
	const q3 = quantileTally(t, 0.75);
	const lo = q1 - 1.5 * (q3 - q1);
	const hi = q3 + 1.5 * (q3 - q1);
	let whiskerLo = Infinity;
	let whiskerHi = -Infinity;
	let outliers = 0;
	for (let i = 0; i < values.length; i++) {
		const x = values[i];
		if (x >= lo) whiskerLo = Math.min(whiskerLo, x);
		if (x <= hi) whiskerHi = Math.max(whiskerHi, x);
		if (x < lo || x > hi) outliers += counts[i];
	}
	// The longest sentence: the longest document's own longest, ties to the first document in reading order.
	const longest = pool.docs.reduce((best, d) => (longestFirst(d, best) < 0 ? d : best));
	const first = pool.docs[0];
	return {
		key: pool.key,
		label: unit === 'doc' ? first.title : unit === 'author' ? pool.key : `Group ${pool.grp}`,
		author: unit === 'group' ? null : first.author,
		grp: pool.grp,
		n_docs: pool.docs.length,
		n,
		mean: sumTally(t) / n,
		min: values[0],
		q1,
		median: quantileTally(t, 0.5),
		q3,
		p90: quantileTally(t, 0.9),
		max: values[values.length - 1],
		whisker_lo: whiskerLo,
		whisker_hi: whiskerHi,
		n_outliers: outliers,
		longest_doc_id: longest.doc_id,
		longest_sentence_id: longest.longest_sentence_id
	};
}

/** lengthListsQuery(groups, unit)'s rows as tallies: every length of each unit; ordered by the unit's first year and doc_order, key, group. */
export function lengthTallies(docs: readonly LengthDocRow[], members: readonly GroupDocRow[], unit: LengthUnit): LengthTallyRow[] {
	return poolsOf(docs, members, unit)
		.map((pool) => ({ pool, year: minOf(pool.docs.map((d) => d.year)), order: minOf(pool.docs.map((d) => d.doc_order)) }))
		.sort((x, y) => nullsLast(x.year, y.year) || nullsLast(x.order, y.order) || byCodePoint(x.pool.key, y.pool.key) || byCodePoint(x.pool.grp, y.pool.grp))
		.map(({ pool }) => ({ key: pool.key, grp: pool.grp, tally: tallyOfPool(docs, pool) }));
}

/**
 * lengthHistogramQuery(groups, width)'s rows: A and B on the same bins of `width` words, from the bin of the shortest
 * sentence in A or B to that of the longest, every bin for both groups, zeros included; by bin, then group.
 */
export function lengthHistogram(docs: readonly LengthDocRow[], members: readonly GroupDocRow[], width: number): LengthBinRow[] {
	if (!Number.isInteger(width) || width < 1 || width > 1000) throw new RangeError(`The bin width is a whole number 1–1000, got ${width}`);
	const counts = { A: new Map<number, number>(), B: new Map<number, number>() };
	const total = { A: 0, B: 0 };
	let first = Infinity;
	let last = -Infinity;
	for (const pool of poolsOf(docs, members, 'group')) {
		const t = tallyOfPool(docs, pool);
		for (let i = 0; i < t.values.length; i++) {
			const bin = Math.floor(t.values[i] / width);
			counts[pool.grp].set(bin, (counts[pool.grp].get(bin) ?? 0) + t.counts[i]);
			first = Math.min(first, bin);
			last = Math.max(last, bin);
		}
		total[pool.grp] += t.n;
	}
	const out: LengthBinRow[] = [];
	for (let bin = first; bin <= last; bin++)
		for (const grp of ['A', 'B'] as const) {
			const n = counts[grp].get(bin) ?? 0;
			out.push({ grp, bin, lo: bin * width, hi: (bin + 1) * width, n, total: total[grp], share: total[grp] ? n / total[grp] : null });
		}
	return out;
}

/**
 * lengthOverTimeQuery(groups)'s rows from lengthOverTimeQuery(null)'s (asked once per corpus): a document's (or dated
 * part's) statistics do not depend on the groups, only which documents are shown and their group.
 */
export function overTimeOf<R extends { doc_id: string; grp: GroupName | null }>(all: readonly R[], members: readonly GroupDocRow[]): R[] {
	const grp = new Map(members.map((m) => [m.doc_id, m.grp]));
	return all.flatMap((r) => {
		const g = grp.get(r.doc_id);
		if (!g) return [];
		// The same row object for a document in the same group as before: its point is not drawn again.
		let inGroup = regrouped.get(r) as Partial<Record<GroupName, R>> | undefined;
		if (!inGroup) regrouped.set(r, (inGroup = {}));
		return [(inGroup[g] ??= { ...r, grp: g })];
	});
}
const regrouped = new WeakMap<object, Partial<Record<GroupName, unknown>>>();
