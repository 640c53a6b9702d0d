// The database contract of corpus.duckdb (see DESIGN.md): one place for the pipeline's DDL.
// The browser and the tests rely on these names and meanings; add columns, never rename.

export const PIPELINE_VERSION = '0.1.0';

export const SCHEMA_SQL = `
CREATE TABLE documents (
	doc_id VARCHAR PRIMARY KEY, title VARCHAR, author VARCHAR, date VARCHAR, year INTEGER, kind VARCHAR,
	published_in VARCHAR, edition VARCHAR, translation VARCHAR, n_words INTEGER, n_sentences INTEGER,
	file VARCHAR, n_paragraphs INTEGER, doc_order INTEGER
);
CREATE TABLE sections (
	doc_id VARCHAR, section_order INTEGER, section VARCHAR, date VARCHAR, year INTEGER,
	n_words INTEGER, n_sentences INTEGER
);
CREATE TABLE sentences (
	doc_id VARCHAR, sentence_id INTEGER, section VARCHAR, paragraph_id INTEGER, text VARCHAR,
	n_words INTEGER, position DOUBLE, is_heading BOOLEAN, line INTEGER
);
CREATE TABLE tokens (
	doc_id VARCHAR, sentence_id INTEGER, token_id INTEGER, surface VARCHAR, lower VARCHAR, lemma VARCHAR,
	pos VARCHAR, is_word BOOLEAN, is_stop BOOLEAN, space_before VARCHAR, word_index INTEGER
);
CREATE TABLE removed (doc_id VARCHAR, rule VARCHAR, text VARCHAR, line INTEGER);
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
-- Precomputed per-document metrics the views start from (derived from tokens / sentences).
CREATE TABLE doc_terms (doc_id VARCHAR, form VARCHAR, term VARCHAR, n INTEGER);
CREATE TABLE doc_sentence_stats (
	doc_id VARCHAR, n_sentences INTEGER, mean_words DOUBLE, median_words DOUBLE, p90_words DOUBLE, max_words INTEGER
);
`;
