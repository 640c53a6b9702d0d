// SQL for the Passages panel: keyword-in-context lines for exactly the occurrences behind a mark.
import { literal, type Query } from '../sql';
import type { Term, TermOptions } from '../../terms/parse';
import { hitsCtes, NO_VALUE } from './terms';
import { groupDocsSql, type Groups } from '../groups';
import { DATED_PART_DOCS } from '../contract/fragments';

/** Group A's or B's documents only; AB: both, A's lines first. */
export type GroupFilter = 'A' | 'B' | 'AB';

/**
 * Which occurrences a mark stands for. Every field narrows the set; an empty target is every occurrence of
 * every term. `bin` needs `docId` (bins are per document) and uses the same bins as termBinsQuery.
 */
export interface PassageTarget {
	/** Index of the term in the term list. */
	term?: number;
	docId?: string;
	author?: string;
	bin?: { index: number; count: number };
	/** A single occurrence: its first token (needs docId). */
	token?: number;
	/** One part of the document (`sentences.section`, needs docId): the occurrences of a dated part. */
	section?: string;
	/** Only the occurrences in group A's or B's documents (AB: both, A's first), as `groups` defines them. */
	group?: { which: GroupFilter; groups: Groups };
	/**
	 * The documents pooled by a trajectory point, exactly as termPooledRatesQuery and termDocRatesQuery count them:
	 * `years`: documents whose year is from–to (a decade); `undated`: documents with no year (the decade "(none)");
	 * `partYears`: occurrences whose unit's year is from–to — the year of its dated part in a document counted per
	 * dated part, else the document's (a smoothing window with dated parts apart); `facet`: documents with that value
	 * of the facet (NO_VALUE: those without one).
	 */
	years?: YearRange;
	undated?: boolean;
	partYears?: YearRange;
	facet?: { name: string; value: string };
}

/** Whole years, both inclusive. */
export interface YearRange {
	from: number;
	to: number;
}

export type PassageSort = 'doc' | 'year' | 'left' | 'right';

export interface KwicOptions {
	/** Words of context on each side. */
	context?: number;
	sort?: PassageSort;
	descending?: boolean;
	/** Lines per page; null: every line (an export). */
	limit?: number | null;
	offset?: number;
}

export interface KwicRow extends Record<string, unknown> {
	term: number;
	doc_id: string;
	title: string;
	author: string;
	/** The year of the sentence's part (a 1904 postface to a 1902 text: 1904); the document's when undated. */
	year: number;
	/** The part of the document the sentence is in. */
	section: string | null;
	doc_order: number;
	sentence_id: number;
	start_token: number;
	end_token: number;
	left: string;
	match: string;
	right: string;
	/** The word just before and just after the match, lower-cased ('' at the document's edge): the sort keys. */
	left_word: string;
	right_word: string;
	/** How many occurrences the target has in all (the same on every row; the page may be shorter). */
	total: number;
	/** The group of the line's document (null without a group filter). */
	grp: 'A' | 'B' | null;
	/** How many occurrences the target has in that group (= total without a group filter). */
	group_total: number;
}

function checkTarget(t: PassageTarget): void {
	if ((t.bin || t.token !== undefined || t.section !== undefined) && t.docId === undefined)
		throw new Error('A bin, a part or a single occurrence needs its document');
	if (t.bin && !(Number.isInteger(t.bin.index) && Number.isInteger(t.bin.count) && t.bin.count >= 1 && t.bin.index >= 0))
		throw new RangeError('A bin is a whole index below a whole count ≥ 1');
	if (t.term !== undefined && !Number.isInteger(t.term)) throw new RangeError('term is an index');
	if (t.token !== undefined && !Number.isInteger(t.token)) throw new RangeError('token is an index');
	if (t.group && !['A', 'B', 'AB'].includes(t.group.which)) throw new RangeError(`A group filter is A, B or AB, got ${t.group.which}`);
	for (const r of [t.years, t.partYears]) {
		if (r && !(Number.isInteger(r.from) && Number.isInteger(r.to) && r.from <= r.to)) throw new RangeError(`A year range is whole years from ≤ to, got ${r.from}–${r.to}`);
	}
	if (t.undated && t.years) throw new RangeError('A target is either undated or in a year range, not both');
}

function targetWhere(t: PassageTarget): string {
	const w: string[] = [];
	if (t.term !== undefined) w.push(`h.term = ${literal(t.term)}`);
	if (t.docId !== undefined) w.push(`h.doc_id = ${literal(t.docId)}`);
	if (t.author !== undefined) w.push(`d.author = ${literal(t.author)}`);
	if (t.token !== undefined) w.push(`h.start_token = ${literal(t.token)}`);
	if (t.section !== undefined) w.push(`se.section = ${literal(t.section)}`);
	if (t.bin) w.push(`(h.start_word * least(${t.bin.count}, dw.n) // dw.n) = ${literal(t.bin.index)}`);
	if (t.group && t.group.which !== 'AB') w.push(`pg.grp = ${literal(t.group.which)}`);
	if (t.years) w.push(`d.year BETWEEN ${literal(t.years.from)} AND ${literal(t.years.to)}`);
	if (t.undated) w.push('d.year IS NULL');
	// The unit's year as termDocRatesQuery has it with dated parts apart: a split document's part at its own year.
	if (t.partYears)
		w.push(
			`(CASE WHEN h.doc_id IN (SELECT doc_id FROM split) THEN coalesce(sc.year, d.year) ELSE d.year END) BETWEEN ${literal(t.partYears.from)} AND ${literal(t.partYears.to)}`
		);
	// As termPooledRatesQuery pools: a document without the facet (or with an empty value) is NO_VALUE's.
	if (t.facet)
		w.push(`h.doc_id IN (
		SELECT fd.doc_id FROM documents fd LEFT JOIN document_facets ff ON ff.doc_id = fd.doc_id AND ff.facet = ${literal(t.facet.name)}
		WHERE coalesce(ff.value, ${literal(NO_VALUE)}) = ${literal(t.facet.value)}
	)`);
	return w.length ? `WHERE ${w.join(' AND ')}` : '';
}

const ORDER: Record<PassageSort, string[]> = {
	doc: ['doc_order', 'doc_id', 'start_token'],
	year: ['year', 'date', 'doc_order', 'doc_id', 'start_token'],
	left: ['left_word', 'doc_order', 'doc_id', 'start_token'],
	right: ['right_word', 'doc_order', 'doc_id', 'start_token']
};

function orderBy(sort: PassageSort, descending: boolean, byGroup: boolean): string {
	const keys = ORDER[sort];
	// Only the chosen key flips; the tie-breakers keep reading order. With both groups, A's block comes first.
	return (byGroup ? 'grp, ' : '') + keys.map((k, i) => `${k}${i === 0 && descending ? ' DESC' : ''}`).join(', ') + ', term';
}

/**
 * KWIC lines for a target: `context` words each side, rebuilt from tokens with their `space_before`
 * (a sentence boundary always gets a space), the right context running on to the punctuation after its last word.
 * The page (sort, limit, offset) is cut before the context is built, so a large target stays cheap. With a group
 * filter, only the documents of that group; AB: both groups, A's lines first, each line with its group's total.
 */
export function kwicQuery(terms: readonly Term[], opts: TermOptions, target: PassageTarget, options: KwicOptions = {}): Query {
	checkTarget(target);
	const { context = 8, sort = 'doc', descending = false, limit = 200, offset = 0 } = options;
	for (const [k, v] of Object.entries({ context, limit: limit ?? 0, offset })) {
		if (!Number.isInteger(v) || v < 0) throw new RangeError(`${k} is a whole number ≥ 0, got ${v}`);
	}
	return q(`${hitsCtes(terms, opts, target.docId)},
words AS (SELECT doc_id, token_id, word_index, lower FROM tokens WHERE is_word${target.docId === undefined ? '' : ` AND doc_id = ${literal(target.docId)}`}),
dw AS (
	SELECT doc_id, count(*) FILTER (WHERE is_word) AS n, max(token_id) AS last_token FROM tokens${
		target.docId === undefined ? '' : ` WHERE doc_id = ${literal(target.docId)}`
	} GROUP BY doc_id
),
pg AS (${target.group ? groupDocsSql(target.group.groups) : 'SELECT NULL::VARCHAR AS doc_id, NULL::VARCHAR AS grp'}),
split AS (${target.partYears ? DATED_PART_DOCS : 'SELECT NULL::VARCHAR AS doc_id WHERE false'}),
sel AS (
	SELECT h.term, h.doc_id, h.sentence_id, h.start_token, h.end_token, h.start_word, h.end_word,
		d.title, d.author, coalesce(sc.year, d.year) AS year, coalesce(sc.date, d.date) AS date, se.section,
		coalesce(d.doc_order, 0) AS doc_order, dw.n, dw.last_token,
		coalesce(lw.lower, '') AS left_word, coalesce(rw.lower, '') AS right_word, count(*) OVER () AS total,
		pg.grp, count(*) OVER (PARTITION BY pg.grp) AS group_total
	FROM hits h JOIN documents d USING (doc_id) JOIN dw USING (doc_id)
	${target.group ? 'JOIN' : 'LEFT JOIN'} pg ON pg.doc_id = h.doc_id
	LEFT JOIN sentences se ON se.doc_id = h.doc_id AND se.sentence_id = h.sentence_id
	LEFT JOIN (
		SELECT doc_id, section, min(year) AS year, min(date) AS date FROM sections WHERE year IS NOT NULL GROUP BY doc_id, section
	) sc ON sc.doc_id = h.doc_id AND sc.section = se.section
	LEFT JOIN words lw ON lw.doc_id = h.doc_id AND lw.word_index = h.start_word - 1
	LEFT JOIN words rw ON rw.doc_id = h.doc_id AND rw.word_index = h.end_word + 1
	${targetWhere(target)}
),
page AS (
	SELECT *, row_number() OVER (ORDER BY ${orderBy(sort, descending, target.group?.which === 'AB')}) AS line FROM sel
	ORDER BY line${limit === null ? '' : ` LIMIT ${limit}`} OFFSET ${offset}
),
bounds AS (
	SELECT p.*, coalesce(l.token_id, 0) AS from_token, coalesce(r.token_id - 1, p.last_token) AS to_token
	FROM page p
	LEFT JOIN words l ON l.doc_id = p.doc_id AND l.word_index = greatest(p.start_word - ${context}, 0)
	LEFT JOIN words r ON r.doc_id = p.doc_id AND r.word_index = p.end_word + ${context} + 1
),
ctx AS (
	SELECT b.line, t.token_id, t.surface,
		CASE WHEN t.token_id < b.start_token THEN 'l' WHEN t.token_id <= b.end_token THEN 'm' ELSE 'r' END AS part,
		CASE WHEN t.sentence_id <> lag(t.sentence_id) OVER (PARTITION BY b.line ORDER BY t.token_id) THEN ' '
			ELSE coalesce(t.space_before, '') END AS space
	FROM bounds b JOIN tokens t ON t.doc_id = b.doc_id AND t.token_id BETWEEN b.from_token AND greatest(b.to_token, b.end_token)
),
text AS (
	SELECT line,
		trim(coalesce(string_agg(space || surface, '' ORDER BY token_id) FILTER (WHERE part = 'l'), '')) AS "left",
		trim(coalesce(string_agg(space || surface, '' ORDER BY token_id) FILTER (WHERE part = 'm'), '')) AS match,
		trim(coalesce(string_agg(space || surface, '' ORDER BY token_id) FILTER (WHERE part = 'r'), '')) AS "right"
	FROM ctx GROUP BY line
)
SELECT p.term::INTEGER AS term, p.doc_id, p.title, p.author, p.year::INTEGER AS year, p.section, p.doc_order::INTEGER AS doc_order,
	p.sentence_id::INTEGER AS sentence_id, p.start_token::INTEGER AS start_token, p.end_token::INTEGER AS end_token,
	x."left", x.match, x."right", p.left_word, p.right_word, p.total::INTEGER AS total,
	p.grp, p.group_total::INTEGER AS group_total
FROM page p JOIN text x USING (line)
ORDER BY p.line`);
}

const q = (text: string): Query => ({ sql: text, params: [] });
