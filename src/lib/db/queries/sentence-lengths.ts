// SQL for the sentence-length view: distributions per document, author and group, histograms, the raw lengths
// for the A-against-B tests, medians over time, the rolling length along a document, and the sentences behind a mark.
// A sentence here is a sentence of running text: headings are left out, as doc_sentence_stats leaves them out.
import { literal, type Query } from '../sql';
import { groupDocsSql, type Groups } from '../groups';
import { DATED_PART_DOCS, fractionalYear } from '../contract/fragments';

/** A query with no `?` parameters: every user value has gone through `literal`. */
const q = (text: string): Query => ({ sql: text, params: [] });

export type GroupName = 'A' | 'B';

/** What one box, one row of the table, stands for: a document, an author, or group A / B. */
export type LengthUnit = 'doc' | 'author' | 'group';

function wholeNumber(name: string, v: number, min: number, max: number): number {
	if (!Number.isInteger(v) || v < min || v > max) throw new RangeError(`${name} is a whole number ${min}–${max}, got ${v}`);
	return v;
}

/**
 * `g(doc_id, grp)` and `ls`: the running-text sentences with their document's facts and group. With groups, only the
 * documents of A or B; without, every document (grp NULL). The sentence's text only when asked for: DuckDB
 * materialises a CTE read twice, and carrying 10 MB of text through it (the State of the Union) made every summary
 * several times slower.
 */
function lengthCtes(groups: Groups | null, docId?: string, withText = false): string {
	const g = groups ? groupDocsSql(groups) : `SELECT NULL::VARCHAR AS doc_id, NULL::VARCHAR AS grp WHERE false`;
	return `WITH g AS (${g}),
ls AS (
	SELECT s.doc_id, s.sentence_id, s.n_words, s.position, s.section,${withText ? ' s.text,' : ''} d.title, d.author, d.year, d.date,
		coalesce(d.doc_order, 0) AS doc_order, g.grp
	FROM sentences s JOIN documents d USING (doc_id) ${groups ? 'JOIN' : 'LEFT JOIN'} g USING (doc_id)
	WHERE NOT s.is_heading${docId === undefined ? '' : ` AND s.doc_id = ${literal(docId)}`}
)`;
}

/** The column of `ls` that names a unit. */
const UNIT_KEY: Record<LengthUnit, string> = { doc: 'doc_id', author: 'author', group: 'grp' };

function checkUnit(unit: LengthUnit, groups: Groups | null): string {
	if (!(unit in UNIT_KEY)) throw new RangeError(`Unknown unit ${unit}`);
	if (unit === 'group' && !groups) throw new Error('Lengths per group need the groups');
	return UNIT_KEY[unit];
}

/** Count, mean and five-number summary with Tukey's whiskers for one document, author or group. */
export interface LengthSummaryRow extends Record<string, unknown> {
	/** doc_id, author or 'A' / 'B'. */
	key: string;
	/** The document's title, the author, or "Group A". */
	label: string;
	/** The author (null for a group). */
	author: string | null;
	/** The group of the unit's documents (null without groups); an author with documents in A and B has two rows. */
	grp: GroupName | null;
	n_docs: number;
	/** Sentences. */
	n: number;
	mean: number;
	min: number;
	q1: number;
	median: number;
	q3: number;
	p90: number;
	max: number;
	/** The shortest and the longest length within 1.5 IQR of the box (Tukey). */
	whisker_lo: number;
	whisker_hi: number;
	/** Sentences beyond the whiskers. */
	n_outliers: number;
	/** The longest sentence (the first in reading order among equals): where the Reader opens. */
	longest_doc_id: string;
	longest_sentence_id: number;
}

/**
 * Per document, per author or per group: count, mean, min, q1, median, q3, p90, max (quantiles as quantile_cont,
 * R type 7), whiskers at the most extreme lengths within 1.5 IQR of the box, and the longest sentence. Documents in
 * reading order of years, authors by their first year, groups A then B.
 */
export function lengthSummaryQuery(unit: LengthUnit, groups: Groups | null = null): Query {
	const key = checkUnit(unit, groups);
	const label = { doc: 'any_value(title)', author: 'author', group: `'Group ' || grp` }[unit];
	const author = { doc: 'any_value(author)', author: 'author', group: 'NULL::VARCHAR' }[unit];
	const by = unit === 'group' ? 'grp' : `${key}, grp`;
	return q(`${lengthCtes(groups)},
k AS (
	SELECT ${key} AS key, ${label} AS label, ${author} AS author, grp,
		count(DISTINCT doc_id) AS n_docs, count(*) AS n, avg(n_words) AS mean, min(n_words) AS min,
		quantile_cont(n_words, 0.25) AS q1, quantile_cont(n_words, 0.5) AS median, quantile_cont(n_words, 0.75) AS q3,
		quantile_cont(n_words, 0.9) AS p90, max(n_words) AS max,
		first(doc_id ORDER BY n_words DESC, doc_order, doc_id, sentence_id) AS longest_doc_id,
		first(sentence_id ORDER BY n_words DESC, doc_order, doc_id, sentence_id) AS longest_sentence_id,
		min(year) AS first_year, min(date) AS first_date, min(doc_order) AS first_order
	FROM ls GROUP BY ${by}
),
w AS (
	SELECT k.key, k.grp,
		min(ls.n_words) FILTER (WHERE ls.n_words >= k.q1 - 1.5 * (k.q3 - k.q1)) AS whisker_lo,
		max(ls.n_words) FILTER (WHERE ls.n_words <= k.q3 + 1.5 * (k.q3 - k.q1)) AS whisker_hi,
		count(*) FILTER (WHERE ls.n_words < k.q1 - 1.5 * (k.q3 - k.q1) OR ls.n_words > k.q3 + 1.5 * (k.q3 - k.q1)) AS n_outliers
	FROM k JOIN ls ON ls.${key} = k.key AND ls.grp IS NOT DISTINCT FROM k.grp
	GROUP BY k.key, k.grp
)
SELECT * EXCLUDE (first_year, first_date, first_order) FROM (
	SELECT k.key, k.label, k.author, k.grp, k.n_docs::INTEGER AS n_docs, k.n::INTEGER AS n, k.mean::DOUBLE AS mean,
		k.min::INTEGER AS min, k.q1::DOUBLE AS q1, k.median::DOUBLE AS median, k.q3::DOUBLE AS q3, k.p90::DOUBLE AS p90,
		k.max::INTEGER AS max, w.whisker_lo::INTEGER AS whisker_lo, w.whisker_hi::INTEGER AS whisker_hi,
		w.n_outliers::INTEGER AS n_outliers, k.longest_doc_id, k.longest_sentence_id::INTEGER AS longest_sentence_id,
		-- an author in both groups keeps one place: the first year of all their documents
		min(k.first_year) OVER (PARTITION BY k.key) AS first_year, min(k.first_date) OVER (PARTITION BY k.key) AS first_date,
		min(k.first_order) OVER (PARTITION BY k.key) AS first_order
	FROM k JOIN w ON w.key = k.key AND w.grp IS NOT DISTINCT FROM k.grp
)
ORDER BY first_year, first_date, first_order, key, grp`);
}

/** One bin of one group: lengths in [lo, hi) words. */
export interface LengthBinRow extends Record<string, unknown> {
	grp: GroupName;
	/** ⌊length / width⌋. */
	bin: number;
	lo: number;
	hi: number;
	/** Sentences of the group in the bin. */
	n: number;
	/** Sentences of the group in all. */
	total: number;
	/** n / total (null for an empty group): groups of different sizes on one scale. */
	share: number | null;
}

/**
 * A histogram of sentence lengths for A and for B on the same bins: `width` words each, aligned on multiples of the
 * width, from the bin of the shortest sentence in A or B to the bin of the longest; every bin for both groups,
 * zeros included.
 */
export function lengthHistogramQuery(groups: Groups, width: number): Query {
	wholeNumber('The bin width', width, 1, 1000);
	return q(`${lengthCtes(groups)},
b AS (SELECT grp, n_words // ${width} AS bin FROM ls),
bins AS (SELECT unnest(generate_series(min(bin), max(bin))) AS bin FROM b),
grps AS (SELECT grp FROM (VALUES ('A'), ('B')) t(grp)),
tot AS (SELECT grp, count(*) AS total FROM b GROUP BY grp),
cnt AS (SELECT grp, bin, count(*) AS n FROM b GROUP BY grp, bin)
SELECT gr.grp, x.bin::INTEGER AS bin, (x.bin * ${width})::INTEGER AS lo, ((x.bin + 1) * ${width})::INTEGER AS hi,
	coalesce(c.n, 0)::INTEGER AS n, coalesce(t.total, 0)::INTEGER AS total, (coalesce(c.n, 0) / nullif(t.total, 0))::DOUBLE AS share
FROM bins x CROSS JOIN grps gr
LEFT JOIN cnt c ON c.grp = gr.grp AND c.bin = x.bin
LEFT JOIN tot t ON t.grp = gr.grp
ORDER BY x.bin, gr.grp`);
}

/** Every sentence length of one unit, ascending: one whole number per sentence. */
export interface LengthListRow extends Record<string, unknown> {
	key: string;
	grp: GroupName | null;
	lengths: number[];
}

/**
 * The raw lengths, ascending, per group (for the Mann–Whitney test and the bootstrap) or per document or author
 * (the sentences drawn as points over a box). A group with no sentences has no row.
 */
export function lengthListsQuery(groups: Groups | null, unit: LengthUnit = 'group'): Query {
	const key = checkUnit(unit, groups);
	return q(`${lengthCtes(groups)}
SELECT ${key} AS key, grp, list(n_words ORDER BY n_words)::INTEGER[] AS lengths
FROM ls GROUP BY ${unit === 'group' ? 'grp' : `${key}, grp`}
ORDER BY min(year), min(doc_order), key, grp`);
}

/** One document's running-text sentence lengths, ascending, with what orders and labels it. */
export interface LengthDocRow extends Record<string, unknown> {
	doc_id: string;
	title: string;
	author: string;
	year: number | null;
	date: string | null;
	/** documents.doc_order, 0 when unknown (as the summaries order it). */
	doc_order: number;
	lengths: number[];
	/** Its longest sentence (the first in reading order among equals). */
	longest_sentence_id: number;
}

/**
 * Every document with running text and its sentence lengths, ascending, in doc_id order: asked once per corpus, so that
 * a selection change computes the summaries, lists and histogram of its groups in TypeScript
 * (src/lib/stats/length-groups.ts gives the same rows as lengthSummaryQuery, lengthListsQuery and
 * lengthHistogramQuery). One integer per sentence: ~63,000 on the State of the Union (~0.3 MB over the wire).
 */
export function lengthDocsQuery(): Query {
	return q(`${lengthCtes(null)}
SELECT doc_id, any_value(title) AS title, any_value(author) AS author, any_value(year)::INTEGER AS year, any_value(date) AS date,
	any_value(doc_order)::INTEGER AS doc_order, list(n_words ORDER BY n_words)::INTEGER[] AS lengths,
	first(sentence_id ORDER BY n_words DESC, sentence_id)::INTEGER AS longest_sentence_id
FROM ls GROUP BY doc_id
ORDER BY doc_id`);
}

/** One document (or a dated part of one) on the year axis: its median with the interquartile range. */
export interface LengthOverTimeRow extends Record<string, unknown> {
	doc_id: string;
	/** The dated part (null: the whole document). */
	section: string | null;
	/** doc_id, or doc_id#section_order for a dated part: one point each. */
	unit: string;
	title: string;
	author: string;
	grp: GroupName | null;
	year: number;
	/** Fractional year (contract: fractionalYear). */
	when: number;
	n: number;
	mean: number;
	q1: number;
	median: number;
	q3: number;
	/** The shortest and the longest sentence. */
	min: number;
	max: number;
}

export interface OverTimeOptions {
	/** Each dated part of a document apart (a 1904 preface to a 1902 text is its own point at 1904). */
	datedParts?: boolean;
}

/** Per document (or dated part): median and IQR of its sentence lengths at its fractional year, in time order. */
export function lengthOverTimeQuery(groups: Groups | null = null, { datedParts = false }: OverTimeOptions = {}): Query {
	const split = datedParts ? DATED_PART_DOCS : `SELECT NULL::VARCHAR AS doc_id WHERE false`;
	return q(`${lengthCtes(groups)},
split AS (${split}),
u AS (
	SELECT ls.* REPLACE (coalesce(sc.year, ls.year) AS year, coalesce(sc.date, ls.date) AS date),
		sc.section AS part, coalesce(sc.section_order, -1) AS section_order
	-- the dated parts of the split documents, joined on equalities only (a hash join, not a nested loop)
	FROM ls LEFT JOIN (SELECT sc.* FROM sections sc JOIN split USING (doc_id)) sc ON sc.doc_id = ls.doc_id AND sc.section = ls.section
)
SELECT u.doc_id, u.part AS section,
	CASE WHEN u.part IS NULL THEN u.doc_id ELSE u.doc_id || '#' || u.section_order END AS unit,
	u.title, u.author, u.grp, u.year::INTEGER AS year, ${fractionalYear('u')} AS "when", count(*)::INTEGER AS n,
	avg(u.n_words)::DOUBLE AS mean, quantile_cont(u.n_words, 0.25)::DOUBLE AS q1,
	quantile_cont(u.n_words, 0.5)::DOUBLE AS median, quantile_cont(u.n_words, 0.75)::DOUBLE AS q3,
	min(u.n_words)::INTEGER AS min, max(u.n_words)::INTEGER AS max
FROM u
GROUP BY u.doc_id, u.part, u.section_order, u.title, u.author, u.grp, u.year, u.date, u.doc_order
ORDER BY "when", u.doc_order, u.doc_id, u.section_order`);
}

/** One sentence of a document with the rolling statistics of the window around it. */
export interface RollingLengthRow extends Record<string, unknown> {
	sentence_id: number;
	/** Start of the sentence as a fraction 0–1 of the document's words. */
	position: number;
	n_words: number;
	section: string | null;
	rolling_mean: number;
	rolling_median: number;
	rolling_q1: number;
	rolling_q3: number;
	/** Sentences in the window: fewer than the window at the document's edges. */
	window_n: number;
	/** The document's own median and quartiles (the same on every row). */
	doc_median: number;
	doc_q1: number;
	doc_q3: number;
}

/** The sentences before and after the current one in a centred window of `window` sentences. */
export function windowFrame(window: number): { before: number; after: number } {
	wholeNumber('The window', window, 1, 10_000);
	const before = Math.floor((window - 1) / 2);
	return { before, after: window - 1 - before };
}

/**
 * Along one document, in reading order: each running-text sentence with the mean, median and quartiles of the
 * lengths in a centred window of `window` sentences (shorter at the edges; see window_n), and the document's median
 * and quartiles for the band.
 */
export function rollingLengthQuery(docId: string, window: number): Query {
	const { before, after } = windowFrame(window);
	return {
		sql: `SELECT sentence_id::INTEGER AS sentence_id, position::DOUBLE AS position, n_words::INTEGER AS n_words, section,
	avg(n_words) OVER w AS rolling_mean, quantile_cont(n_words, 0.5) OVER w AS rolling_median,
	quantile_cont(n_words, 0.25) OVER w AS rolling_q1, quantile_cont(n_words, 0.75) OVER w AS rolling_q3,
	count(*) OVER w AS window_n,
	quantile_cont(n_words, 0.5) OVER () AS doc_median, quantile_cont(n_words, 0.25) OVER () AS doc_q1,
	quantile_cont(n_words, 0.75) OVER () AS doc_q3
FROM sentences WHERE doc_id = ? AND NOT is_heading
WINDOW w AS (ORDER BY sentence_id ROWS BETWEEN ${before} PRECEDING AND ${after} FOLLOWING)
ORDER BY sentence_id`,
		params: [docId]
	};
}

/** A part of a document as a span of positions. */
export interface DocSectionRow extends Record<string, unknown> {
	section: string;
	section_order: number;
	/** Position (0–1) of its first sentence. */
	start: number;
	/** Position where the next part starts (1 for the last). */
	end: number;
	/** Running-text sentences in it. */
	n_sentences: number;
	date: string | null;
	year: number | null;
}

/** The parts of a document with text, in order, as spans of position: marked along the rolling line. */
export function documentSectionsQuery(docId: string): Query {
	return {
		sql: `WITH p AS (
	SELECT section, min(position) AS start, count(*) FILTER (WHERE NOT is_heading) AS n_sentences
	FROM sentences WHERE doc_id = ? GROUP BY section
)
SELECT sc.section, sc.section_order::INTEGER AS section_order, p.start::DOUBLE AS start,
	coalesce(lead(p.start) OVER (ORDER BY sc.section_order), 1.0)::DOUBLE AS "end",
	p.n_sentences::INTEGER AS n_sentences, sc.date, sc.year::INTEGER AS year
FROM sections sc JOIN p ON p.section = sc.section
WHERE sc.doc_id = ?
ORDER BY sc.section_order`,
		params: [docId, docId]
	};
}

/** Which sentences a mark stands for; every field narrows the set. */
export interface LengthTarget {
	docId?: string;
	/** A part of the document (`sentences.section`): a dated part's point over time. */
	section?: string;
	author?: string;
	/** Group A or B (needs the groups); AB: both, A's sentences listed first. */
	group?: GroupName | 'AB';
	/** Lengths from min to max words, both inclusive (a brush's fractional ends are fine; a bin [lo, hi) is lo … hi − 1). */
	min?: number;
	max?: number;
}

export type LengthSentenceSort = 'length' | 'doc';

export interface LengthSentenceOptions {
	/** 'length' (default, longest first) or 'doc' (year, then reading order). */
	sort?: LengthSentenceSort;
	/** Default: true for 'length', false for 'doc'. */
	descending?: boolean;
	/** Sentences per page; null: every sentence (an export). */
	limit?: number | null;
	offset?: number;
}

/** A sentence behind a mark: enough for a Passages line and to open the Reader at (doc_id, sentence_id). */
export interface LengthSentenceRow extends Record<string, unknown> {
	doc_id: string;
	sentence_id: number;
	title: string;
	author: string;
	year: number;
	section: string | null;
	grp: GroupName | null;
	n_words: number;
	position: number;
	text: string;
	/** Sentences matching the target in all (the same on every row; the page may be shorter). */
	total: number;
	/** Sentences matching the target in this sentence's group. */
	group_total: number;
}

function targetWhere(t: LengthTarget): string {
	const w: string[] = [];
	if (t.section !== undefined) w.push(`section = ${literal(t.section)}`);
	if (t.author !== undefined) w.push(`author = ${literal(t.author)}`);
	if (t.group !== undefined) {
		if (t.group !== 'A' && t.group !== 'B' && t.group !== 'AB') throw new RangeError(`A group is A, B or AB, got ${t.group}`);
		if (t.group !== 'AB') w.push(`grp = ${literal(t.group)}`);
	}
	if (t.min !== undefined) w.push(`n_words >= ${literal(t.min)}`);
	if (t.max !== undefined) w.push(`n_words <= ${literal(t.max)}`);
	return w.length ? `WHERE ${w.join(' AND ')}` : '';
}

/**
 * The sentences of running text a target stands for, one page of them, longest first by default (equal lengths in
 * reading order), each with the number matching in all and in its group. With groups, only documents of A or B are
 * listed; a target of group AB lists A's sentences, then B's.
 */
export function lengthSentencesQuery(target: LengthTarget, groups: Groups | null = null, options: LengthSentenceOptions = {}): Query {
	if (target.group !== undefined && !groups) throw new Error('A group target needs the groups');
	const { sort = 'length', descending = sort === 'length', limit = 200, offset = 0 } = options;
	if (limit !== null) wholeNumber('limit', limit, 0, 100_000);
	wholeNumber('offset', offset, 0, Number.MAX_SAFE_INTEGER);
	const reading = 'year, date, doc_order, doc_id, sentence_id';
	const dir = descending ? ' DESC' : '';
	const order = { length: `n_words${dir}, ${reading}`, doc: `year${dir}, date${dir}, doc_order${dir}, doc_id${dir}, sentence_id` }[sort];
	if (!order) throw new RangeError(`Unknown sort ${sort}`);
	const byGroup = target.group === 'AB' ? 'grp, ' : '';
	return q(`${lengthCtes(groups, target.docId, true)}
SELECT doc_id, sentence_id::INTEGER AS sentence_id, title, author, year::INTEGER AS year, section, grp,
	n_words::INTEGER AS n_words, position::DOUBLE AS position, text, (count(*) OVER ())::INTEGER AS total,
	(count(*) OVER (PARTITION BY grp))::INTEGER AS group_total
FROM ls ${targetWhere(target)}
ORDER BY ${byGroup}${order}
${limit === null ? '' : `LIMIT ${limit} `}OFFSET ${offset}`);
}
