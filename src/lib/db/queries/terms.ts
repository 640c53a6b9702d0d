// SQL for finding terms in the corpus and everything the trajectory charts plot: counts, rates, bins, DP, forms.
//
// Matching goes through the corpus vocabulary (`term_vocab`: the distinct lower/lemma pairs of words, written once by
// the pipeline), which is small, so that lemma sets, prefixes and compound parts are resolved there.
// - Counts (rates per document, part, author or group, forms, the top document) come from `termCountsCtes`: a one-word
//   term is summed from `doc_words` (each pair's count per document and part), without reading `tokens`; a phrase
//   is found in `word_positions` (consecutive words, word_index + 1, of the same sentence).
// - Occurrences (hits, bins, dispersion, passages) come from `hitsCtes`, which reads the matched pairs' places from
//   `word_positions` (sorted by pair id, so only the row groups of those ids are read; never the text of `tokens`).
// All counting happens here, in DuckDB.
import { literal, literalList, type Query } from '../sql';
import { KEPT_ROWS_MAX } from '../answers';
import { DATED_PART_DOCS, fractionalYear, griesDp, ratePer10k } from '../contract/fragments';
import type { Term, TermOptions, TermWord } from '../../terms/parse';
import { groupDocsSql, type Groups } from '../groups';

/** A query with no `?` parameters: user text has gone through `literal`. */
const q = (text: string): Query => ({ sql: text, params: [] });

function checkTerms(terms: readonly Term[]): void {
	if (!terms.length) throw new Error('A term query needs at least one term');
	for (const t of terms) if (!t.words.length) throw new Error(`Term “${t.label}” has no words`);
}

function checkBins(bins: number): void {
	if (!Number.isInteger(bins) || bins < 1 || bins > 1000) throw new RangeError(`bins is a whole number 1–1000, got ${bins}`);
}

/** The lemmas a typed word stands for: itself, and the lemma of every word form equal to it. */
const lemmaSet = (w: string) => `(SELECT lemma FROM term_vocab WHERE lower = ${literal(w)} UNION SELECT ${literal(w)})`;

/** Predicate on a part of a compound (column `part` of the `parts` CTE). */
function partPredicate(w: TermWord, opts: TermOptions): string {
	if (w.prefix) return `starts_with(part, ${literal(w.text)})`;
	if (opts.lemma) return `(part = ${literal(w.text)} OR part IN (SELECT lower FROM term_vocab WHERE lemma IN ${lemmaSet(w.text)}))`;
	return `part = ${literal(w.text)}`;
}

/** Predicate on a vocabulary entry `v` (lower, lemma) for one word of a term. */
function wordPredicate(w: TermWord, opts: TermOptions): string {
	const t = literal(w.text);
	let p: string;
	if (w.prefix) p = opts.lemma ? `(starts_with(v.lower, ${t}) OR starts_with(v.lemma, ${t}))` : `starts_with(v.lower, ${t})`;
	else p = opts.lemma ? `v.lemma IN ${lemmaSet(w.text)}` : `v.lower = ${t}`;
	// A term that itself has a hyphen names a compound; only plain words look inside compounds.
	if (opts.parts && !w.text.includes('-')) p = `(${p} OR v.lower IN (SELECT lower FROM parts WHERE ${partPredicate(w, opts)}))`;
	return p;
}

/**
 * A term's occurrences among `tw` (the words that match some word of some term): a phrase's k-th word is the word
 * k places after its first, in the same sentence. Joining the matched words only (not every word) keeps a phrase cheap.
 */
function hitsSelect(term: Term, index: number, tw = 'tw'): string {
	const n = term.words.length;
	const from = [`${tw} w0`];
	for (let k = 1; k < n; k++) {
		from.push(
			`JOIN ${tw} w${k} ON w${k}.term = ${index} AND w${k}.pos = ${k} AND w${k}.doc_id = w0.doc_id AND w${k}.sentence_id = w0.sentence_id AND w${k}.word_index = w0.word_index + ${k}`
		);
	}
	const last = `w${n - 1}`;
	const form = n === 1 ? 'w0.lower' : `concat_ws(' ', ${term.words.map((_, k) => `w${k}.lower`).join(', ')})`;
	return `SELECT ${index} AS term, w0.doc_id, w0.sentence_id, w0.token_id AS start_token, ${last}.token_id AS end_token,
		w0.word_index AS start_word, ${last}.word_index AS end_word, ${form} AS form
	FROM ${from.join('\n\t\t')}
	WHERE w0.term = ${index} AND w0.pos = 0`;
}

/** A term's hits without the forms the user left out (the one place exclusions apply: every term query). */
function withoutForms(select: string, forms: readonly string[] | undefined): string {
	return forms?.length ? `SELECT * FROM (${select}) WHERE form NOT IN ${literalList(forms)}` : select;
}

/**
 * `WHERE NOT (…)` leaving out the forms the user left out, on rows with the term's index in `term` and its form in
 * `form` (columns as SQL), or '' when none is.
 */
function leftOutWhere(terms: readonly Term[], opts: TermOptions, term: string, form: string): string {
	const left = terms.flatMap((t, i) => {
		const forms = opts.exclude?.[t.label];
		return forms?.length ? [`(${term} = ${i} AND ${form} IN ${literalList(forms)})`] : [];
	});
	return left.length ? `\n\tWHERE NOT (${left.join(' OR ')})` : '';
}

/** Some term is a phrase: its occurrences are found among the matched places (`tw`), not word by word. */
const hasPhrase = (terms: readonly Term[]) => terms.some((t) => t.words.length > 1);

/** A word matched by equality alone (not a prefix, not looked for inside compounds). */
const plainWord = (w: TermWord, opts: TermOptions) => !w.prefix && !(opts.parts && !w.text.includes('-'));

/**
 * The vocabulary pairs each word of each term matches: `wm(term, pos, word_id, lower, lemma)`, and `parts` if
 * needed. The plain words of all terms are matched together, by joins (two reads of the vocabulary whatever their
 * number); the others each by their own predicate. DuckDB-wasm reads the vocabulary's strings at ~10 ms a read on
 * the State of the Union (28,000 pairs): a read per word and two per lemma set cost three terms ~60 ms a query.
 */
function matchCtes(terms: readonly Term[], opts: TermOptions): string {
	const typed: string[] = [];
	const wm: string[] = [];
	terms.forEach((t, i) =>
		t.words.forEach((w, k) => {
			if (plainWord(w, opts)) typed.push(`(${i}, ${k}, ${literal(w.text)})`);
			else wm.push(`SELECT ${i} AS term, ${k} AS pos, v.word_id, v.lower, v.lemma FROM term_vocab v WHERE ${wordPredicate(w, opts)}`);
		})
	);
	const ctes: string[] = [];
	if (opts.parts) ctes.push(`parts AS (SELECT DISTINCT lower, unnest(string_split(lower, '-')) AS part FROM term_vocab WHERE contains(lower, '-'))`);
	if (typed.length) {
		ctes.push(`typed_words(term, pos, w) AS (VALUES ${typed.join(', ')})`);
		if (opts.lemma) {
			// A typed word stands for itself and the lemma of every form equal to it (lemmaSet), all pairs of those lemmas.
			ctes.push(`typed_lemmas AS (SELECT t.term, t.pos, v.lemma FROM typed_words t JOIN term_vocab v ON v.lower = t.w UNION SELECT term, pos, w FROM typed_words)`);
			wm.unshift(`SELECT l.term, l.pos, v.word_id, v.lower, v.lemma FROM term_vocab v JOIN typed_lemmas l ON v.lemma = l.lemma`);
		} else wm.unshift(`SELECT t.term, t.pos, v.word_id, v.lower, v.lemma FROM term_vocab v JOIN typed_words t ON v.lower = t.w`);
	}
	ctes.push(`wm AS (
	${wm.join('\n\tUNION ALL ')}
)`);
	return ctes.join(',\n');
}

/** A document id as SQL (`literal`), or undefined for every document. */
const docSqlOf = (docId: string | undefined) => (docId === undefined ? undefined : literal(docId));

/**
 * The places of the pairs `wm` matched (of one document, `docSql` being its id as SQL):
 * `found(word_id, doc_id, sentence_id, token_id, word_index)`, read by id from `word_positions`.
 */
const foundCte = (docSql: string | undefined) =>
	`found AS (SELECT word_id, doc_id, sentence_id, token_id, word_index FROM word_positions WHERE word_id IN (SELECT word_id FROM wm)${
		docSql === undefined ? '' : ` AND doc_id = ${docSql}`
	})`;

/** The places of `found` with the term word they match: `tw(term, pos, doc_id, sentence_id, token_id, word_index, lower)`. */
const TW_CTE = `tw AS MATERIALIZED (
	SELECT m.term, m.pos, w.doc_id, w.sentence_id, w.token_id, w.word_index, m.lower
	FROM found w JOIN wm m ON m.word_id = w.word_id
)`;

const termsCte = (terms: readonly Term[]) => `terms(term, label) AS (VALUES ${terms.map((t, i) => `(${i}, ${literal(t.label)})`).join(', ')})`;

/**
 * The common table expressions every occurrence query starts with, ending in
 * `hits(term, doc_id, sentence_id, start_token, end_token, start_word, end_word, form)`: one row per occurrence,
 * and `terms(term, label)`. `docId` limits the hits to one document.
 */
export function hitsCtes(terms: readonly Term[], opts: TermOptions, docId?: string): string {
	checkTerms(terms);
	return `WITH
${matchCtes(terms, opts)},
${foundCte(docSqlOf(docId))},
${hasPhrase(terms) ? `${TW_CTE},\n` : ''}${hitsCte(terms, opts, 'tw')},
${termsCte(terms)}`;
}

/**
 * `hits` from `found` (one-word terms) or from the matched places `tw` (named so: phrases), the forms left out left out.
 */
const hitsCte = (terms: readonly Term[], opts: TermOptions, tw: string) =>
	hasPhrase(terms)
		? `hits AS (
	${terms.map((t, i) => withoutForms(hitsSelect(t, i, tw), opts.exclude?.[t.label])).join('\n\tUNION ALL ')}
)`
		: oneWordHits(terms, opts);

/**
 * `hits` when every term is one word: the words joined to their matches once, without the materialised `tw` and a
 * select per term that phrases need (DuckDB-wasm, warmed, on a SOTU document: ~15 ms against ~22; the
 * inside-one-document chart waits for it after every new term). The same rows as hitsSelect's: a one-word hit starts and ends on its word.
 */
function oneWordHits(terms: readonly Term[], opts: TermOptions): string {
	return `hits AS (
	SELECT m.term, w.doc_id, w.sentence_id, w.token_id AS start_token, w.token_id AS end_token,
		w.word_index AS start_word, w.word_index AS end_word, m.lower AS form
	FROM found w JOIN wm m ON m.word_id = w.word_id${leftOutWhere(terms, opts, 'm.term', 'm.lower')}
)`;
}

/**
 * The common table expressions every count query starts with, ending in `counts(term, doc_id, section, form, n)`:
 * how often each form of each term occurs in each part (`sentences.section`) of each document, only where it does,
 * and `terms(term, label)`. A one-word term is summed from `doc_words`; only phrases read `word_positions`. Forms the user
 * left out are left out here as in `hitsCtes` (so counts and occurrences agree), unless `withExcluded`.
 */
export function termCountsCtes(terms: readonly Term[], opts: TermOptions, withExcluded = false): string {
	checkTerms(terms);
	const exclude = withExcluded ? undefined : opts.exclude;
	const phrases = hasPhrase(terms);
	const parts = terms.map((t, i) => {
		const left = exclude?.[t.label];
		if (t.words.length === 1) {
			const not = left?.length ? ` AND m.lower NOT IN ${literalList(left)}` : '';
			return `SELECT m.term, dw.doc_id, dw.section, m.lower AS form, dw.n
	FROM wm m JOIN doc_words dw ON dw.word_id = m.word_id WHERE m.term = ${i}${not}`;
		}
		return `SELECT h.term, h.doc_id, se.section, h.form, count(*) AS n
	FROM (${withoutForms(hitsSelect(t, i), left)}) h
	LEFT JOIN sentences se ON se.doc_id = h.doc_id AND se.sentence_id = h.sentence_id
	GROUP BY ALL`;
	});
	return `WITH
${matchCtes(terms, opts)},
${phrases ? `${foundCte(undefined)},\n${TW_CTE},\n` : ''}counts AS (
	SELECT term, doc_id, section, form, sum(n) AS n FROM (
	${parts.join('\n\tUNION ALL ')}
	) GROUP BY ALL
),
${termsCte(terms)}`;
}

/** How often a form of a term occurs in a part of a document (only where it does). */
export interface TermCountRow extends Record<string, unknown> {
	term: number;
	doc_id: string;
	/** The part (`sentences.section`), or null. */
	section: string | null;
	form: string;
	n: number;
}

/**
 * Every term's counts per document, part and form, the forms the user left out included (they are dropped in
 * src/lib/terms/counts.ts, so that the forms box can list them): the one counts query of a term change, whose
 * answer the forms box, the top document and the pooled rates share (the runner runs one SQL text once). Its key is
 * its own SQL, which the left-out forms do not change; the browser's runner asks `together` (countsWithTopHitsQuery)
 * in its place, and so has the top document's hits too.
 */
export function termCountsQuery(terms: readonly Term[], opts: TermOptions): Query {
	const counts = q(`${termCountsCtes(terms, { lemma: opts.lemma, parts: opts.parts }, true)}
SELECT term::INTEGER AS term, doc_id, section, form, n::INTEGER AS n
FROM counts ORDER BY term, doc_id, section NULLS FIRST, form`);
	return { ...counts, together: { query: countsWithTopHitsQuery(terms, opts), split: (rows) => splitCountsAndTopHits(rows, counts, terms, opts) } };
}

/**
 * termCountsQuery's rows and the hits in the top document (termHitsQuery of topHitDocQuery's document, the forms left
 * out left out of both), as one query: `kind` 'count' rows, then 'hit' rows. A new term's inside-one-document chart
 * needs that document's hits, and the document is known only from the counts: asked apart, the second question waited
 * for the first answer and for the page to draw it (~20–40 ms of a new term on this machine). The counts' matched
 * places (`tw`, phrases) are read again for the document, not the vocabulary nor word_positions.
 */
export function countsWithTopHitsQuery(terms: readonly Term[], opts: TermOptions): Query {
	const top = '(SELECT doc_id FROM top)';
	const hits = hasPhrase(terms) ? `tw_top AS (SELECT * FROM tw WHERE doc_id = ${top}),\n${hitsCte(terms, opts, 'tw_top')}` : `${foundCte(top)},\n${hitsCte(terms, opts, 'tw')}`;
	return q(`${termCountsCtes(terms, { lemma: opts.lemma, parts: opts.parts }, true)},
top AS (
	SELECT c.doc_id FROM counts c JOIN documents d USING (doc_id)${leftOutWhere(terms, opts, 'c.term', 'c.form')}
	GROUP BY c.doc_id, d.doc_order
	ORDER BY sum(c.n) DESC, d.doc_order, c.doc_id
	LIMIT 1
),
${hits},
dw AS (${docWords(top)})
SELECT * FROM (
	SELECT 'count' AS kind, term::INTEGER AS term, doc_id, section, form, n::INTEGER AS n, NULL::VARCHAR AS label,
		NULL::INTEGER AS sentence_id, NULL::INTEGER AS start_token, NULL::INTEGER AS end_token, NULL::INTEGER AS start_word,
		NULL::INTEGER AS end_word, NULL::DOUBLE AS position
	FROM counts
	UNION ALL
	SELECT 'hit', h.term::INTEGER, h.doc_id, NULL, h.form, NULL, t.label, h.sentence_id::INTEGER, h.start_token::INTEGER,
		h.end_token::INTEGER, h.start_word::INTEGER, h.end_word::INTEGER, (h.start_word / dw.n)::DOUBLE
	FROM hits h JOIN dw USING (doc_id) JOIN terms t ON t.term = h.term
)
-- counts as termCountsQuery orders them, hits as termHitsQuery (one document)
ORDER BY kind, CASE WHEN kind = 'count' THEN term ELSE start_token END, CASE WHEN kind = 'count' THEN doc_id END,
	section NULLS FIRST, CASE WHEN kind = 'count' THEN form END, CASE WHEN kind = 'hit' THEN term END`);
}

/** countsWithTopHitsQuery's rows as termCountsQuery's answer and, when some document has a hit, its termHitsQuery's. */
function splitCountsAndTopHits(rows: readonly Record<string, unknown>[], counts: Query, terms: readonly Term[], opts: TermOptions) {
	const own: Record<string, unknown>[] = [];
	const hits: Record<string, unknown>[] = [];
	for (const { kind, term, doc_id, section, form, n, label, sentence_id, start_token, end_token, start_word, end_word, position } of rows) {
		if (kind === 'count') own.push({ term, doc_id, section, form, n });
		else hits.push({ term, label, doc_id, sentence_id, start_token, end_token, start_word, end_word, form, position });
	}
	const out = [{ query: counts, rows: own }];
	if (hits.length) out.push({ query: termHitsQuery(terms, opts, String(hits[0].doc_id)), rows: hits });
	return out;
}

/** One occurrence of a term. Token ids and word indexes are 0-based within the document. */
export interface HitRow extends Record<string, unknown> {
	term: number;
	/** The term as typed (so that rows can be matched to the terms they were asked for). */
	label: string;
	doc_id: string;
	sentence_id: number;
	start_token: number;
	end_token: number;
	start_word: number;
	end_word: number;
	/** The matched words, lower-cased, joined by a space. */
	form: string;
	/** Start of the occurrence as a fraction 0–1 of the document's words. */
	position: number;
}

/**
 * Every occurrence, in document order; `docId` for one document (the dispersion strip). One document's hits are also
 * the rows of every document's that are its (`within`): a runner that has asked for every document's (after a term
 * change, when allHitsWorthAsking) takes them from there instead of asking the engine at each selection change.
 */
export function termHitsQuery(terms: readonly Term[], opts: TermOptions, docId?: string): Query {
	const own = termHitsSql(terms, opts, docId);
	if (docId === undefined) return own;
	return { ...own, within: { query: termHitsSql(terms, opts), pick: (rows) => rows.filter((r) => r.doc_id === docId) } };
}

/**
 * The most hits for which every document's are asked at once after a term change (allHitsWorthAsking): as many as a
 * runner keeps, since an answer it does not keep could not serve the clicks after it.
 */
export const ALL_HITS_MAX = KEPT_ROWS_MAX;

/** Whether every document's hits are few enough to ask for at once (counts: termCountsQuery's rows). */
export const allHitsWorthAsking = (counts: readonly { n: number }[]): boolean => {
	let total = 0;
	for (const c of counts) total += c.n;
	return total > 0 && total <= ALL_HITS_MAX;
};

function termHitsSql(terms: readonly Term[], opts: TermOptions, docId?: string): Query {
	return q(`${hitsCtes(terms, opts, docId)},
dw AS (${docWords(docSqlOf(docId))})
SELECT h.term::INTEGER AS term, t.label, h.doc_id, h.sentence_id::INTEGER AS sentence_id, h.start_token::INTEGER AS start_token,
	h.end_token::INTEGER AS end_token, h.start_word::INTEGER AS start_word, h.end_word::INTEGER AS end_word, h.form,
	(h.start_word / dw.n)::DOUBLE AS position
FROM hits h JOIN dw USING (doc_id) JOIN terms t ON t.term = h.term
ORDER BY h.doc_id, h.start_token, h.term`);
}

/** The document with the most occurrences of all the terms together (ties: corpus order); no row when none. */
export function topHitDocQuery(terms: readonly Term[], opts: TermOptions): Query {
	return q(`${termCountsCtes(terms, opts)}
SELECT c.doc_id, sum(c.n)::INTEGER AS n
FROM counts c JOIN documents d USING (doc_id)
GROUP BY c.doc_id, d.doc_order
ORDER BY n DESC, d.doc_order, c.doc_id
LIMIT 1`);
}

/** A term in a document, or in one dated part of it: the count, the words and the rate. */
export interface TermDocRow extends Record<string, unknown> {
	term: number;
	label: string;
	doc_id: string;
	/** The dated part (a section) this row counts, or null for the whole document. */
	section: string | null;
	/** Unique per plotted unit: the doc id, or `doc id#section order` for a dated part. */
	unit: string;
	title: string;
	author: string;
	/** The year of the document, or of the part. */
	year: number;
	/** Fractional year for the year axis. */
	when: number;
	date: string;
	doc_order: number;
	/** Words of the document, or of the part. */
	n_words: number;
	count: number;
	/** Per 10,000 words; null when the unit has no words. */
	rate: number | null;
}

export interface DocRateOptions {
	/**
	 * Count each dated part of a document apart (a 1904 preface to a 1902 text is its own point at 1904, with its
	 * own words), for documents with more than one dated section; other documents are unchanged.
	 */
	datedParts?: boolean;
}

/** Every term × every document (or dated part), zeros included, ordered by term, then year and corpus order. */
export function termDocRatesQuery(terms: readonly Term[], opts: TermOptions, { datedParts = false }: DocRateOptions = {}): Query {
	// `split`: the documents counted per dated part (none when datedParts is off).
	const split = datedParts
		? DATED_PART_DOCS
		: `SELECT NULL::VARCHAR AS doc_id WHERE false`;
	return q(`${termCountsCtes(terms, opts)},
split AS (${split}),
units AS (
	SELECT d.doc_id, NULL::VARCHAR AS section, -1 AS section_order, d.doc_id AS unit, d.title, d.author, d.year, d.date,
		d.doc_order, d.n_words
	FROM documents d WHERE d.doc_id NOT IN (SELECT doc_id FROM split)
	UNION ALL
	SELECT d.doc_id, s.section, s.section_order, d.doc_id || '#' || s.section_order AS unit, d.title, d.author,
		coalesce(s.year, d.year) AS year, coalesce(s.date, d.date) AS date, d.doc_order, s.n_words
	FROM documents d JOIN sections s USING (doc_id) WHERE d.doc_id IN (SELECT doc_id FROM split)
),
unit_counts AS (
	SELECT c.term, c.doc_id, CASE WHEN sp.doc_id IS NULL THEN NULL ELSE c.section END AS section, sum(c.n) AS n
	FROM counts c LEFT JOIN split sp ON sp.doc_id = c.doc_id
	GROUP BY ALL
)
SELECT t.term::INTEGER AS term, t.label, u.doc_id, u.section, u.unit, u.title, u.author, u.year::INTEGER AS year, ${fractionalYear('u')} AS "when", u.date,
	coalesce(u.doc_order, 0)::INTEGER AS doc_order, u.n_words::INTEGER AS n_words, coalesce(c.n, 0)::INTEGER AS count,
	${ratePer10k('coalesce(c.n, 0)', 'u.n_words')} AS rate
FROM terms t CROSS JOIN units u LEFT JOIN unit_counts c ON c.term = t.term AND c.doc_id = u.doc_id AND c.section IS NOT DISTINCT FROM u.section
ORDER BY t.term, u.year, u.date, u.doc_order, u.doc_id, u.section_order`);
}

/** A part of a document counted on its own (the documents with dated parts apart): termDocRatesQuery's units. */
export interface DatedPartRow extends Record<string, unknown> {
	doc_id: string;
	section: string;
	section_order: number;
	/** The part's date and year, else its document's. */
	year: number;
	date: string;
	when: number;
	n_words: number;
}

/**
 * Every part of the documents counted per dated part, with its date (its document's where it has none): what
 * termDocRatesQuery's units hold for them. Asked once per corpus, so that a new term's rates per dated part are
 * shaped from its counts (docPartRatesFromCounts) instead of a second query per term.
 */
export function datedPartUnitsQuery(): Query {
	return q(`SELECT u.doc_id, u.section, u.section_order::INTEGER AS section_order, u.year::INTEGER AS year, u.date,
	${fractionalYear('u')} AS "when", u.n_words::INTEGER AS n_words
FROM (
	SELECT s.doc_id, s.section, s.section_order, coalesce(s.year, d.year) AS year, coalesce(s.date, d.date) AS date, s.n_words
	FROM documents d JOIN sections s USING (doc_id) WHERE d.doc_id IN (${DATED_PART_DOCS})
) u
ORDER BY u.doc_id, u.section_order`);
}

/** How many documents have more than one dated section (the trajectory then offers dated parts). */
export function datedPartsCountQuery(): Query {
	return q(`SELECT count(*)::INTEGER AS n FROM (${DATED_PART_DOCS})`);
}

/** A term in all of one author's documents. */
export interface TermAuthorRow extends Record<string, unknown> {
	term: number;
	label: string;
	author: string;
	n_docs: number;
	first_year: number;
	last_year: number;
	n_words: number;
	count: number;
	rate: number | null;
}

/** Every term × every author: counts and words summed over the author's documents. */
export function termAuthorRatesQuery(terms: readonly Term[], opts: TermOptions): Query {
	return q(`${termCountsCtes(terms, opts)},
doc_counts AS (SELECT term, doc_id, sum(n) AS n FROM counts GROUP BY term, doc_id),
per_doc AS (
	SELECT t.term, t.label, d.author, d.year, d.n_words, coalesce(c.n, 0) AS n
	FROM terms t CROSS JOIN documents d LEFT JOIN doc_counts c ON c.term = t.term AND c.doc_id = d.doc_id
)
SELECT term::INTEGER AS term, label, author, count(*)::INTEGER AS n_docs, min(year)::INTEGER AS first_year,
	max(year)::INTEGER AS last_year, sum(n_words)::INTEGER AS n_words, sum(n)::INTEGER AS count,
	${ratePer10k('sum(n)', 'sum(n_words)')} AS rate
FROM per_doc GROUP BY term, label, author
ORDER BY term, first_year, author`);
}

/** What documents are pooled by: each decade of their year, or each value of a facet (document_facets). */
export type PoolBy = { kind: 'decade' } | { kind: 'facet'; facet: string };

/** The label of the documents with no year (decades) or no value for the facet. */
export const NO_VALUE = '(none)';

/** A term in all the documents of one decade or facet value, pooled: the count, the words and the rate. */
export interface TermPoolRow extends Record<string, unknown> {
	term: number;
	label: string;
	/** The decade ("1910s") or the facet's value; NO_VALUE for the documents without one. */
	grp: string;
	n_docs: number;
	first_year: number | null;
	last_year: number | null;
	n_words: number;
	count: number;
	rate: number | null;
}

/**
 * Every term × decade (documents by their year: 1910–1919 is "1910s") or × value of a facet, counts and words summed
 * over the documents, ordered by term then the first year of the pool. Whole documents, as the author level.
 */
export function termPooledRatesQuery(terms: readonly Term[], opts: TermOptions, by: PoolBy): Query {
	const pool =
		by.kind === 'decade'
			? `SELECT doc_id, coalesce(((year // 10) * 10)::VARCHAR || 's', ${literal(NO_VALUE)}) AS grp FROM documents`
			: `SELECT d.doc_id, coalesce(f.value, ${literal(NO_VALUE)}) AS grp
	FROM documents d LEFT JOIN document_facets f ON f.doc_id = d.doc_id AND f.facet = ${literal(by.facet)}`;
	return q(`${termCountsCtes(terms, opts)},
pool AS (${pool}),
doc_counts AS (SELECT term, doc_id, sum(n) AS n FROM counts GROUP BY term, doc_id),
per_doc AS (
	SELECT t.term, t.label, p.grp, d.year, d.n_words, coalesce(c.n, 0) AS n
	FROM terms t CROSS JOIN documents d JOIN pool p ON p.doc_id = d.doc_id
	LEFT JOIN doc_counts c ON c.term = t.term AND c.doc_id = d.doc_id
)
SELECT term::INTEGER AS term, label, grp, count(*)::INTEGER AS n_docs, min(year)::INTEGER AS first_year,
	max(year)::INTEGER AS last_year, sum(n_words)::INTEGER AS n_words, sum(n)::INTEGER AS count,
	${ratePer10k('sum(n)', 'sum(n_words)')} AS rate
FROM per_doc GROUP BY term, label, grp
ORDER BY term, first_year NULLS LAST, grp`);
}

/** Parts of a document for bins: `bins` parts, fewer when the document has fewer words. */
const binOf = (wordIndex: string, bins: number, words: string) => `(${wordIndex} * least(${bins}, ${words}) // ${words})`;

/**
 * Each document's words `dw(doc_id, n)`: documents.n_words, which is the count of its words (word_index runs 0 … n − 1,
 * the contract), so that no query counts them again from `tokens`. `docId`: that document only.
 */
const docWords = (docSql: string | undefined) =>
	`SELECT doc_id, n_words AS n FROM documents${docSql === undefined ? '' : ` WHERE doc_id = ${docSql}`}`;

/**
 * The bins of the documents of `dw`: `bw(doc_id, bin, words, first_word, last_word)`, by arithmetic on n instead of
 * grouping the words. With k = least(bins, n), word i is in bin ⌊i·k / n⌋ (binOf), so bin b holds the words
 * ⌈b·n / k⌉ … ⌈(b + 1)·n / k⌉ − 1 (each bin at least one word, as k ≤ n; a document without words has none).
 */
const binWords = (bins: number, dw: string) => `SELECT doc_id, bin, next - first AS words, first AS first_word, next - 1 AS last_word
	FROM (
		SELECT doc_id, bin, (bin * n + k - 1) // k AS first, ((bin + 1) * n + k - 1) // k AS next
		FROM (SELECT doc_id, n, k, unnest(range(k)) AS bin FROM (SELECT doc_id, n, least(${bins}, n) AS k FROM ${dw}))
	)`;

/** A term in one bin of a document's length. */
export interface TermBinRow extends Record<string, unknown> {
	term: number;
	label: string;
	bin: number;
	/** Words in this bin (the part's size for DP). */
	words: number;
	count: number;
	rate: number | null;
	/** The bin's first and last word (0-based word_index) and its span as fractions of the document. */
	first_word: number;
	last_word: number;
	start: number;
	end: number;
}

/** The rate along one document: `bins` equal parts by word_index (bin = ⌊word_index × bins / words⌋), zeros included. */
export function termBinsQuery(terms: readonly Term[], opts: TermOptions, docId: string, bins: number): Query {
	checkBins(bins);
	return q(`${hitsCtes(terms, opts, docId)},
dw AS (SELECT n FROM (${docWords(docSqlOf(docId))})),
bw AS (SELECT bin, words, first_word, last_word FROM (${binWords(bins, `(${docWords(docSqlOf(docId))})`)})),
hc AS (SELECT h.term, ${binOf('h.start_word', bins, 'dw.n')} AS bin, count(*) AS n FROM hits h, dw GROUP BY ALL)
SELECT t.term::INTEGER AS term, t.label, bw.bin::INTEGER AS bin, bw.words::INTEGER AS words, coalesce(hc.n, 0)::INTEGER AS count,
	${ratePer10k('coalesce(hc.n, 0)', 'bw.words')} AS rate, bw.first_word::INTEGER AS first_word, bw.last_word::INTEGER AS last_word,
	(bw.first_word / dw.n)::DOUBLE AS start, ((bw.last_word + 1) / dw.n)::DOUBLE AS "end"
FROM terms t CROSS JOIN bw CROSS JOIN dw LEFT JOIN hc ON hc.term = t.term AND hc.bin = bw.bin
ORDER BY t.term, bw.bin`);
}

/** Gries' DP of a term in a document, parts = bins. */
export interface TermDispersionRow extends Record<string, unknown> {
	term: number;
	doc_id: string;
	count: number;
	parts: number;
	dp: number;
	dp_norm: number;
}

/**
 * DP = ½ Σ|p_i − s_i| and DPnorm = DP / (1 − min s_i) for every term × document where the term occurs,
 * with the same bins as termBinsQuery (griesDp in the contract's fragments; the definition is meta.stat_dp).
 * `docId` limits it to one document (the inside-one-document view), as termBinsQuery.
 */
export function termDispersionQuery(terms: readonly Term[], opts: TermOptions, bins: number, docId?: string): Query {
	checkBins(bins);
	const dp = griesDp('p', 's');
	return q(`${hitsCtes(terms, opts, docId)},
dw AS (${docWords(docSqlOf(docId))}),
bw AS (${binWords(bins, '(SELECT * FROM dw WHERE doc_id IN (SELECT doc_id FROM hits))')}),
hc AS (SELECT h.term, h.doc_id, ${binOf('h.start_word', bins, 'dw.n')} AS bin, count(*) AS n FROM hits h JOIN dw USING (doc_id) GROUP BY ALL),
tot AS (SELECT term, doc_id, sum(n) AS total FROM hc GROUP BY ALL),
grid AS (
	SELECT tot.term, tot.doc_id, tot.total, bw.bin, bw.words / dw.n AS s, coalesce(hc.n, 0) / tot.total AS p
	FROM tot JOIN bw USING (doc_id) JOIN dw USING (doc_id)
	LEFT JOIN hc ON hc.term = tot.term AND hc.doc_id = tot.doc_id AND hc.bin = bw.bin
)
SELECT term::INTEGER AS term, doc_id, any_value(total)::INTEGER AS count, count(*)::INTEGER AS parts,
	${dp.dp} AS dp, ${dp.dpNorm} AS dp_norm
FROM grid GROUP BY term, doc_id
ORDER BY term, doc_id`);
}

/** A form (lower-cased words) that matched a term, and how often. */
export interface TermFormRow extends Record<string, unknown> {
	term: number;
	form: string;
	count: number;
	n_docs: number;
}

/**
 * The forms behind each term, most frequent first: what "soviet*" or lemma "soviet" actually found. Forms the user
 * left out are listed too (so that they can be put back); `opts.exclude` is ignored here.
 */
export function termFormsQuery(terms: readonly Term[], opts: TermOptions): Query {
	return q(`${termCountsCtes(terms, opts, true)}
SELECT term::INTEGER AS term, form, sum(n)::INTEGER AS count, count(DISTINCT doc_id)::INTEGER AS n_docs
FROM counts GROUP BY term, form
ORDER BY term, count DESC, form`);
}

/** A term in all the documents of group A or of group B, pooled: the count, the words and the rate. */
export interface TermGroupRow extends Record<string, unknown> {
	term: number;
	label: string;
	grp: 'A' | 'B';
	n_docs: number;
	n_words: number;
	count: number;
	rate: number | null;
}

/**
 * Every term × group (A, B): counts and words summed over the group's documents (groups as SQL, src/lib/db/groups.ts;
 * a group with no documents has no row). Whole documents: a group is a set of documents, not of dated parts.
 */
export function termGroupRatesQuery(terms: readonly Term[], opts: TermOptions, groups: Groups): Query {
	return q(`${termCountsCtes(terms, opts)},
g AS (${groupDocsSql(groups)}),
gw AS (SELECT g.grp, count(*) AS n_docs, sum(d.n_words) AS n_words FROM g JOIN documents d USING (doc_id) GROUP BY g.grp),
gc AS (SELECT c.term, g.grp, sum(c.n) AS n FROM counts c JOIN g USING (doc_id) GROUP BY ALL)
SELECT t.term::INTEGER AS term, t.label, gw.grp, gw.n_docs::INTEGER AS n_docs, gw.n_words::INTEGER AS n_words,
	coalesce(gc.n, 0)::INTEGER AS count, ${ratePer10k('coalesce(gc.n, 0)', 'gw.n_words')} AS rate
FROM terms t CROSS JOIN gw LEFT JOIN gc ON gc.term = t.term AND gc.grp = gw.grp
ORDER BY t.term, gw.grp`);
}
