// Tables the term queries read instead of scanning `tokens` (issue 14): their SQL, run once by the writer after every
// document is in (write/writer.ts, `finish`), in the writer's transaction.
//
// - term_vocab: the corpus vocabulary, one row per distinct (lower, lemma) pair of words with an integer id. Every
//   term is matched against it (lemma sets, prefixes, compound parts), instead of a SELECT DISTINCT over every token
//   in each query (29,000 pairs against 1.96 M tokens on the State of the Union).
// - doc_words: how often each pair occurs in each document and dated part (sentences.section); one-word terms are
//   counted from it (400,000 rows on the State of the Union). Rows sorted by word_id, so that DuckDB's min/max of
//   each row group skips most of the table for the few ids a term matches.
// - word_positions: every word's place (document, sentence, token, word index) by its pair's id, sorted by id: phrases
//   and occurrences (bins, dispersion, passages) read the few ids a term matches instead of comparing the text of all
//   1.96 M tokens (on the State of the Union, "united states" counted in 31 ms against 163, DuckDB-wasm, warmed).
// tests/unit/db/terms-tables.test.ts checks the three tables against `tokens`.
export const TERM_TABLES_SQL = `
INSERT INTO term_vocab
SELECT (row_number() OVER (ORDER BY lower, lemma) - 1)::INTEGER AS word_id, lower, lemma, n::INTEGER
FROM (SELECT lower, coalesce(lemma, lower) AS lemma, count(*) AS n FROM tokens WHERE is_word GROUP BY ALL)
ORDER BY word_id;

INSERT INTO doc_words
SELECT t.doc_id, se.section, v.word_id, count(*)::INTEGER AS n
FROM tokens t
LEFT JOIN sentences se ON se.doc_id = t.doc_id AND se.sentence_id = t.sentence_id
JOIN term_vocab v ON v.lower = t.lower AND v.lemma = coalesce(t.lemma, t.lower)
WHERE t.is_word
GROUP BY ALL
ORDER BY v.word_id, t.doc_id, se.section;

INSERT INTO word_positions
SELECT v.word_id, t.doc_id, t.sentence_id, t.token_id, t.word_index
FROM tokens t
JOIN documents d ON d.doc_id = t.doc_id
JOIN term_vocab v ON v.lower = t.lower AND v.lemma = coalesce(t.lemma, t.lower)
WHERE t.is_word
ORDER BY v.word_id, d.doc_order, t.token_id;
`;
