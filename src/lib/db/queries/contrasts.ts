// Keyword contrasts between groups A and B: every term's counts, rates, G², Log Ratio, weighted log-odds and its
// dispersion in each group, in DuckDB over doc_terms; the p-values and Benjamini–Hochberg in TypeScript (below).
import { literal, type Query } from '../sql';
import { groupDocsSql, type Groups } from '../groups';
import { ratePer10k } from '../contract/fragments';
import { chiSquareQuantile } from '../../stats/gamma';
import { g2Significance } from '../../stats/log-likelihood';
import { normalQuantile } from '../../stats/normal';

export interface ContrastOptions {
	/** Count word forms (`lower`) or lemmas (`coalesce(lemma, lower)`). */
	by: 'word' | 'lemma';
	/**
	 * Keep stop words. When false, a term is left out if any of its tokens in the corpus is a stop word (is_stop),
	 * so a lemma such as `be` goes as a whole rather than keeping only its non-stop forms. The words c and d stay
	 * all the words of A and B either way: leaving terms out of the list does not shrink the texts.
	 */
	stopWords: boolean;
	/** The minimum-frequency guard: a term is tested only when a + b ≥ minFreq. */
	minFreq: number;
	/**
	 * α0, the total of the informative Dirichlet prior; each term's α = α0 × its whole-corpus count / the corpus's
	 * words. null: α0 = the corpus's words, so α is the term's count in the whole corpus (every document, in a
	 * group or not), as in Monroe, Colaresi & Quinn's (2008) example and tidylo.
	 */
	alpha0: number | null;
	/** Confidence level of the Log Ratio interval. */
	level: number;
}

export type Side = 'A' | 'B';

export const CONTRAST_DEFAULTS: ContrastOptions = { by: 'word', stopWords: false, minFreq: 5, alpha0: null, level: 0.95 };

/** One term as DuckDB computes it (see `contrastQuery`). */
export interface ContrastRow extends Record<string, unknown> {
	term: string;
	/** Count in A and in B. */
	a: number;
	b: number;
	/** Words in A and in B. */
	c: number;
	d: number;
	/** Documents in A and in B. */
	docs_a: number;
	docs_b: number;
	/** Count in the whole corpus (every document), the base of the prior. */
	corpus_count: number;
	/** Per 10,000 words. */
	rate_a: number;
	rate_b: number;
	/** Signed G²: + where a/c > b/d. */
	g2: number;
	/** log2((a/c)/(b/d)), zero counts taken as 0.5, with its interval at `level`. */
	log_ratio: number;
	log_ratio_lower: number;
	log_ratio_upper: number;
	/** The term's prior α, and the log-odds δ, its variance σ² and z = δ/σ. */
	alpha: number;
	log_odds: number;
	log_odds_var: number;
	log_odds_z: number;
	/** Signed G² on documents: df_a of docs_a against df_b of docs_b (Egbert & Biber's text dispersion keyness). */
	df_g2: number;
	/** Documents of A (of B) that contain the term. */
	df_a: number;
	df_b: number;
	/** Gries' DP and DPnorm of the term across the group's documents (all of them, zeros included); null when a (or b) = 0. */
	dp_a: number | null;
	dp_norm_a: number | null;
	dp_b: number | null;
	dp_norm_b: number | null;
	/** The document of the group holding most of the term's occurrences there (ties: smaller doc_id), its count of the term and its words; null when a (or b) = 0. */
	top_doc_a: string | null;
	top_n_a: number | null;
	top_words_a: number | null;
	top_doc_b: string | null;
	top_n_b: number | null;
	top_words_b: number | null;
}

/** A contrast row with the p-values, their Benjamini–Hochberg adjustments and the one-document flag. */
export interface Contrast extends ContrastRow {
	/** P(χ²₁ ≥ |G²|) and its BH-adjusted value over every term tested. */
	p: number;
	q: number;
	/** The same for the document-frequency G². */
	df_p: number;
	df_q: number;
	/** The side whose keyness comes from one document (see `oneDocumentSide`), or null. */
	one_doc: Side | null;
}

function check(o: ContrastOptions): void {
	if (!Number.isInteger(o.minFreq) || o.minFreq < 1) throw new RangeError(`minFreq is a whole number ≥ 1, got ${o.minFreq}`);
	if (o.alpha0 !== null && !(o.alpha0 > 0 && Number.isFinite(o.alpha0))) throw new RangeError(`α0 must be > 0, got ${o.alpha0}`);
	if (!(o.level > 0 && o.level < 1)) throw new RangeError(`level is in (0, 1), got ${o.level}`);
}

/**
 * Signed G² (Rayson & Garside 2000) as SQL over DOUBLE expressions: counts x, y of sizes m, n.
 * E1 = m(x+y)/(m+n), E2 = n(x+y)/(m+n); G² = 2[x ln(x/E1) + y ln(y/E2)], 0 ln 0 = 0; + where x/m ≥ y/n.
 */
function signedG2(x: string, y: string, m: string, n: string): string {
	const term = (k: string, size: string) => `CASE WHEN ${k} = 0 THEN 0 ELSE ${k} * ln(${k} * (${m} + ${n}) / (${size} * (${x} + ${y}))) END`;
	return `(CASE WHEN ${x} / ${m} >= ${y} / ${n} THEN 1 ELSE -1 END * greatest(0, 2 * (${term(x, m)} + ${term(y, n)})))::DOUBLE`;
}

/** The CTEs both contrast queries share: `grp(doc_id, grp)`, `gdocs(doc_id, grp, n_words, group_words, doc_rank)`. */
function groupCtes(groups: Groups): string {
	return `grp AS (${groupDocsSql(groups)}),
gdocs AS (
	SELECT g.doc_id, g.grp, coalesce(d.n_words, 0)::DOUBLE AS n_words,
		sum(coalesce(d.n_words, 0)) OVER (PARTITION BY g.grp)::DOUBLE AS group_words, row_number() OVER (ORDER BY g.doc_id) AS doc_rank
	FROM grp g JOIN documents d USING (doc_id)
)`;
}

/** A term of the stop-word list as the contrast counts it (see `contrastStopTermsQuery`). */
export interface StopTermRow extends Record<string, unknown> {
	term: string;
}

/** The column of `tokens` a contrast counts, and its name in doc_terms.form. */
const TERM_OF = { word: { tokens: 'lower', form: 'lower' }, lemma: { tokens: 'coalesce(lemma, lower)', form: 'lemma' } } as const;

/**
 * The terms any of whose tokens is a stop word (is_stop): what "stop words left out" leaves out. It does not depend on
 * the groups, so the view asks it once per corpus and counting (`by`) and hands the answer to every `contrastQuery`,
 * which then reads no token at all.
 */
export function contrastStopTermsQuery(by: ContrastOptions['by']): Query {
	const t = TERM_OF[by];
	if (!t) throw new RangeError(`Unknown count ${by}`);
	return { sql: `SELECT DISTINCT ${t.tokens} AS term FROM tokens WHERE is_word AND is_stop ORDER BY term`, params: [] };
}

/**
 * Every term of the corpus with a + b ≥ minFreq, when both groups have words (no rows otherwise: ask
 * `contrastGroupsQuery` why). Counts come from doc_terms (each document's count of each word form and lemma, written by
 * the pipeline), so a selection change aggregates about a row per document and term instead of every token:
 * - G², Log Ratio and the weighted log-odds as in DESIGN.md (stat_g2, stat_log_ratio, stat_log_odds).
 * - Log Ratio's interval: the Wald interval of a ratio of two Poisson rates, as for an incidence-rate ratio in
 *   epidemiology (e.g. Rothman, Greenland & Lash, Modern Epidemiology): ln(a/c ÷ b/d) ± z₍₁₋α/2₎ √(1/a + 1/b), with
 *   0.5 for a zero count, divided by ln 2 to be in Log Ratio's units (the same as `logRatio` in src/lib/stats).
 * - Dispersion: document frequency in each group and Gries' DP across each group's documents, every document
 *   of the group a part (zeros included), s_i its share of the group's words. A document without the term adds
 *   |0 − s_i| = s_i, so the documents without it add 1 − Σ(s_i of those with it) together, and no row is made for
 *   them (terms × documents would be millions of rows at two million words); min s_i is the group's smallest share;
 *   a one-document group has DPnorm 0 (contract: stat_dp, griesDp).
 * `stopTerms`: the answer of `contrastStopTermsQuery` (needed when stop words are left out; without it the query
 * finds them in `tokens` itself, which is slower).
 * Ordered by G² (strongest for A first), then term.
 */
export function contrastQuery(groups: Groups, options: Partial<ContrastOptions> = {}, stopTerms?: readonly string[]): Query {
	const o = { ...CONTRAST_DEFAULTS, ...options };
	check(o);
	const t = TERM_OF[o.by];
	if (!t) throw new RangeError(`Unknown count ${o.by}`);
	const z = normalQuantile(1 - (1 - o.level) / 2);
	const alpha0 = o.alpha0 === null ? 's.corpus_words' : `${literal(o.alpha0)}::DOUBLE`;
	const lr = 'log2((x.a1 / x.c) / (x.b1 / x.d))';
	const halfWidth = `${literal(z)} * sqrt(1 / x.a1 + 1 / x.b1) / ln(2)`;
	const delta = 'ln((x.a + x.alpha) / (x.c + x.alpha0 - x.a - x.alpha)) - ln((x.b + x.alpha) / (x.d + x.alpha0 - x.b - x.alpha))';
	const variance = '1 / (x.a + x.alpha) + 1 / (x.b + x.alpha)';
	const stops = o.stopWords
		? null
		: stopTerms === undefined
			? contrastStopTermsQuery(o.by).sql.replace(/ ORDER BY term$/, '')
			: stopTerms.length
				? `SELECT * FROM (VALUES ${stopTerms.map((w) => `(${literal(w)})`).join(', ')}) v(term)`
				: `SELECT NULL::VARCHAR AS term WHERE false`;
	// The document holding most of a term's occurrences in a group, ties to the first doc_id: one BIGINT key
	// (count above, rank below; both < 2³¹) is much cheaper to compare than a (count, −rank) struct.
	const topKey = '(dt.n::BIGINT * 2147483648 - g.doc_rank)';
	return {
		sql: `WITH
${groupCtes(groups)},
sizes AS (
	SELECT coalesce(sum(n_words) FILTER (WHERE grp = 'A'), 0) AS c, coalesce(sum(n_words) FILTER (WHERE grp = 'B'), 0) AS d,
		count(*) FILTER (WHERE grp = 'A') AS docs_a, count(*) FILTER (WHERE grp = 'B') AS docs_b,
		(SELECT sum(n_words) FROM documents)::DOUBLE AS corpus_words
	FROM gdocs
),
dt AS (SELECT doc_id, term, n FROM doc_terms WHERE form = ${literal(t.form)}),${stops === null ? '' : `\nstops AS (${stops}),`}
tested AS (
	SELECT dt.term, sum(dt.n)::DOUBLE AS corpus_count,
		coalesce(sum(dt.n) FILTER (WHERE g.grp = 'A'), 0)::DOUBLE AS a, coalesce(sum(dt.n) FILTER (WHERE g.grp = 'B'), 0)::DOUBLE AS b,
		count(*) FILTER (WHERE g.grp = 'A')::DOUBLE AS df_a, count(*) FILTER (WHERE g.grp = 'B')::DOUBLE AS df_b
	FROM dt LEFT JOIN gdocs g USING (doc_id)${stops === null ? '' : '\n\tWHERE dt.term NOT IN (SELECT term FROM stops)'}
	GROUP BY dt.term
	HAVING a + b >= ${literal(o.minFreq)}
),
gmin AS (SELECT grp, count(*) AS docs, min(n_words / group_words) AS s_min FROM gdocs GROUP BY grp),
covered AS (
	SELECT t.term, g.grp, sum(g.n_words / g.group_words) AS s_present,
		sum(abs(dt.n / CASE g.grp WHEN 'A' THEN t.a ELSE t.b END - g.n_words / g.group_words)) AS dev,
		arg_max(g.doc_id, ${topKey}) AS top_doc, max(dt.n)::INTEGER AS top_n, arg_max(g.n_words, ${topKey})::INTEGER AS top_words
	FROM tested t JOIN dt USING (term) JOIN gdocs g USING (doc_id)
	GROUP BY t.term, g.grp
),
disp AS (
	SELECT c.term, c.grp, c.top_doc, c.top_n, c.top_words, (0.5 * (c.dev + greatest(0, 1 - c.s_present)))::DOUBLE AS dp,
		(CASE WHEN m.docs = 1 THEN 0 ELSE least(1, 0.5 * (c.dev + greatest(0, 1 - c.s_present)) / (1 - m.s_min)) END)::DOUBLE AS dp_norm
	FROM covered c JOIN gmin m USING (grp)
),
stats AS (
	SELECT t.*, s.c, s.d, s.docs_a::DOUBLE AS docs_a, s.docs_b::DOUBLE AS docs_b, s.corpus_words,
		${alpha0} * t.corpus_count / s.corpus_words AS alpha, ${alpha0} AS alpha0,
		CASE WHEN t.a = 0 THEN 0.5 ELSE t.a END AS a1, CASE WHEN t.b = 0 THEN 0.5 ELSE t.b END AS b1
	FROM tested t CROSS JOIN sizes s
	WHERE s.c > 0 AND s.d > 0
)
SELECT x.term, x.a::INTEGER AS a, x.b::INTEGER AS b, x.c::INTEGER AS c, x.d::INTEGER AS d,
	x.docs_a::INTEGER AS docs_a, x.docs_b::INTEGER AS docs_b, x.corpus_count::INTEGER AS corpus_count,
	${ratePer10k('x.a', 'x.c')} AS rate_a, ${ratePer10k('x.b', 'x.d')} AS rate_b,
	${signedG2('x.a', 'x.b', 'x.c', 'x.d')} AS g2,
	(${lr})::DOUBLE AS log_ratio,
	(${lr} - ${halfWidth})::DOUBLE AS log_ratio_lower,
	(${lr} + ${halfWidth})::DOUBLE AS log_ratio_upper,
	x.alpha::DOUBLE AS alpha,
	(${delta})::DOUBLE AS log_odds,
	(${variance})::DOUBLE AS log_odds_var,
	((${delta}) / sqrt(${variance}))::DOUBLE AS log_odds_z,
	${signedG2('x.df_a', 'x.df_b', 'x.docs_a', 'x.docs_b')} AS df_g2,
	x.df_a::INTEGER AS df_a, x.df_b::INTEGER AS df_b,
	da.dp AS dp_a, da.dp_norm AS dp_norm_a, db.dp AS dp_b, db.dp_norm AS dp_norm_b,
	da.top_doc AS top_doc_a, da.top_n AS top_n_a, da.top_words AS top_words_a,
	db.top_doc AS top_doc_b, db.top_n AS top_n_b, db.top_words AS top_words_b
FROM stats x
LEFT JOIN disp da ON da.term = x.term AND da.grp = 'A'
LEFT JOIN disp db ON db.term = x.term AND db.grp = 'B'
ORDER BY g2 DESC, x.term`,
		params: []
	};
}

/** Every document of the corpus, in doc_id order (its index in `TermCountsRow.docs`), with its words. */
export interface ContrastDocRow extends Record<string, unknown> {
	doc_id: string;
	/** documents.n_words, 0 when unknown (as `contrastQuery` counts it). */
	n_words: number;
}

/** The documents a `TermCountsRow` indexes: asked once per corpus. */
export function contrastDocsQuery(): Query {
	return { sql: `SELECT doc_id, coalesce(n_words, 0)::INTEGER AS n_words FROM documents ORDER BY doc_id`, params: [] };
}

/** One term of the corpus with its count in every document that has it. */
export interface TermCountsRow extends Record<string, unknown> {
	term: string;
	/**
	 * One number per document that has the term: its index in `contrastDocsQuery`'s rows (doc_id order) × 2³² + the
	 * term's count there (`pairDoc`, `pairCount`), in no particular order. One list keeps each index with its count
	 * (two lists would have to be sorted alike, which costs DuckDB ten times the query); exact up to 2²¹ documents.
	 */
	pairs: number[];
}

const PAIR = 4294967296;
/** The document index and the count of a `TermCountsRow` pair. */
export const pairDoc = (pair: number): number => Math.floor(pair / PAIR);
export const pairCount = (pair: number): number => pair % PAIR;

/**
 * Every term's count in every document (doc_terms, one counting), fetched once per corpus and counting so that a
 * selection change needs no query but the groups' members (shared with every view): `contrastFromCounts`
 * (src/lib/stats/contrast-counts.ts) gives the same rows as `contrastQuery` from it. One row per term, in the
 * database's order of terms (a term's pairs in no set order: ordering them would cost a sort per term). Its size
 * grows with the distinct (document, term) pairs, not the tokens: on the State of the Union (1.78 M words) 395,345
 * pairs by word form in 27,379 terms (332,665 in 20,517 by lemma), 8 bytes each: ~3.2 MB over the wire and about as
 * much as JS arrays, plus the terms.
 */
export function contrastCountsQuery(by: ContrastOptions['by']): Query {
	const t = TERM_OF[by];
	if (!t) throw new RangeError(`Unknown count ${by}`);
	return {
		sql: `WITH d AS (SELECT doc_id, row_number() OVER (ORDER BY doc_id) - 1 AS i FROM documents)
SELECT dt.term, list(d.i * ${PAIR}.0 + dt.n)::DOUBLE[] AS pairs
FROM doc_terms dt JOIN d USING (doc_id)
WHERE dt.form = ${literal(t.form)}
GROUP BY dt.term
ORDER BY dt.term`,
		params: []
	};
}

/** A group's size: documents and words (two rows, A then B, zeros for an empty group). */
export interface ContrastGroupRow extends Record<string, unknown> {
	grp: Side;
	docs: number;
	words: number;
}

/** How many documents and words each group has, to say when a group is empty or too small to compare. */
export function contrastGroupsQuery(groups: Groups): Query {
	return {
		sql: `WITH
${groupCtes(groups)}
SELECT s.grp, count(g.doc_id)::INTEGER AS docs, coalesce(sum(g.n_words), 0)::INTEGER AS words
FROM (VALUES ('A'), ('B')) s(grp) LEFT JOIN gdocs g ON g.grp = s.grp
GROUP BY s.grp ORDER BY s.grp`,
		params: []
	};
}

/** χ²₁ at p = .05 (3.841): the G² a term needs to count as key in the one-document test. */
export const KEY_G2 = chiSquareQuantile(0.95, 1);

/**
 * Text-dispersion flag (after Egbert & Biber 2019, who ask a key term to be spread over a group's texts): a key term
 * (|G²| ≥ 3.84, p < .05) is flagged on its side when that group has at least two documents and, without the one
 * document holding most of its occurrences there, the rest of the group uses it no more often per word than the other
 * group does. The test is the direction of the difference, not its significance: leaving a document out shrinks the
 * group, and a significance test would flag well-spread terms of a small group only for the power lost.
 */
export function oneDocumentSide(
	row: Pick<ContrastRow, 'g2' | 'a' | 'b' | 'c' | 'd' | 'docs_a' | 'docs_b' | 'top_n_a' | 'top_words_a' | 'top_n_b' | 'top_words_b'>
): Side | null {
	if (Math.abs(row.g2) < KEY_G2) return null;
	const side: Side = row.g2 > 0 ? 'A' : 'B';
	const [docs, topN, topWords, count, words, other, otherWords] =
		side === 'A' ? [row.docs_a, row.top_n_a, row.top_words_a, row.a, row.c, row.b, row.d] : [row.docs_b, row.top_n_b, row.top_words_b, row.b, row.d, row.a, row.c];
	if (docs < 2 || topN === null || topWords === null) return null;
	if (words - topWords <= 0) return side;
	return (count - topN) / (words - topWords) <= other / otherWords ? side : null;
}

/**
 * Adds the p-values and BH adjustments, in TypeScript because DuckDB has no erfc or incomplete gamma
 * (P(χ²₁ ≥ x) = erfc(√(x/2))): the same `chiSquareSurvival` every other p-value in the app uses.
 * BH runs over every term tested (all the rows: the terms that passed the guard), not only those drawn.
 */
export function withSignificance(rows: readonly ContrastRow[]): Contrast[] {
	const { p, q } = g2Significance(rows.map((r) => r.g2));
	const df = g2Significance(rows.map((r) => r.df_g2));
	return rows.map((r, i) => ({ ...r, p: p[i], q: q[i], df_p: df.p[i], df_q: df.q[i], one_doc: oneDocumentSide(r) }));
}
