// Per-document metrics derived inside DuckDB from tokens and sentences (aggregation in SQL, not JS loops).
// Rows are inserted in a fixed order, so that two runs on the same corpus store the same tables in the same order: the
// table's order (TABLE_ORDER in the contract), so that its files are written without a sort (write/tables.ts), except
// doc_terms (below).
import { orderBy } from '../write/tables';

/**
 * doc_terms: counts of each word (is_word) of every document, by lowercase form and by lemma, counted once every
 * document is in (one pass over `tokens`), rows in document order and then by form, count and term: by count within
 * a form, DuckDB stores the table in 15 blocks of 256 KiB instead of 20 in its TABLE_ORDER (State of the Union), so
 * its files are sorted when written instead.
 */
export const DOC_TERMS_SQL = `
INSERT INTO doc_terms
SELECT t.doc_id, t.form, t.term, t.n FROM (
	SELECT doc_id, 'lower' AS form, lower AS term, count(*)::INTEGER AS n FROM tokens WHERE is_word GROUP BY doc_id, lower
	UNION ALL
	SELECT doc_id, 'lemma' AS form, lemma AS term, count(*)::INTEGER AS n FROM tokens WHERE is_word GROUP BY doc_id, lemma
) t JOIN documents d ON d.doc_id = t.doc_id
ORDER BY d.doc_order, t.form, t.n DESC, t.term;
`;

/**
 * Run once every document is in:
 * - sections: each part of a document with its words and sentences (0 for a part left without text);
 * - doc_sentence_stats: sentence lengths in words per document, headings excluded (they are titles, not
 *   sentences); median and 90th percentile interpolated (quantile_cont, as R's type 7).
 */
export const CORPUS_METRICS_SQL = `
INSERT INTO sections
SELECT s.doc_id, s.section_order, s.section, s.date, s.year,
	coalesce(a.n_words, 0)::INTEGER, coalesce(a.n_sentences, 0)::INTEGER
FROM temp.section_stage s
LEFT JOIN (SELECT doc_id, section, sum(n_words) AS n_words, count(*) AS n_sentences FROM sentences GROUP BY doc_id, section) a
	ON a.doc_id = s.doc_id AND a.section = s.section
ORDER BY ${orderBy('sections', 's')};

INSERT INTO doc_sentence_stats
SELECT g.* FROM (
	SELECT doc_id, count(*)::INTEGER, avg(n_words), quantile_cont(n_words, 0.5), quantile_cont(n_words, 0.9), max(n_words)::INTEGER
	FROM sentences WHERE NOT is_heading
	GROUP BY doc_id
) g
ORDER BY ${orderBy('doc_sentence_stats', 'g')};
`;
