// The tables of corpus.duckdb (DESIGN.md, "The database contract"): the pipeline creates them from this, the app and
// the tests read them by these names. Add columns, never rename.

/** Column → DuckDB type, in table order; `PRIMARY KEY` where a column is one. */
export const TABLES = {
	documents: {
		doc_id: 'VARCHAR PRIMARY KEY', title: 'VARCHAR', author: 'VARCHAR', date: 'VARCHAR', year: 'INTEGER', kind: 'VARCHAR',
		published_in: 'VARCHAR', edition: 'VARCHAR', translation: 'VARCHAR', n_words: 'INTEGER', n_sentences: 'INTEGER',
		file: 'VARCHAR', n_paragraphs: 'INTEGER', doc_order: 'INTEGER'
	},
	sections: {
		doc_id: 'VARCHAR', section_order: 'INTEGER', section: 'VARCHAR', date: 'VARCHAR', year: 'INTEGER', n_words: 'INTEGER',
		n_sentences: 'INTEGER'
	},
	sentences: {
		doc_id: 'VARCHAR', sentence_id: 'INTEGER', section: 'VARCHAR', paragraph_id: 'INTEGER', text: 'VARCHAR', n_words: 'INTEGER',
		position: 'DOUBLE', is_heading: 'BOOLEAN', line: 'INTEGER'
	},
	tokens: {
		doc_id: 'VARCHAR', sentence_id: 'INTEGER', token_id: 'INTEGER', surface: 'VARCHAR', lower: 'VARCHAR', lemma: 'VARCHAR',
		pos: 'VARCHAR', is_word: 'BOOLEAN', is_stop: 'BOOLEAN', space_before: 'VARCHAR', word_index: 'INTEGER'
	},
	removed: { doc_id: 'VARCHAR', rule: 'VARCHAR', text: 'VARCHAR', line: 'INTEGER' },
	// The manifest's further columns (party, country …): one row per document and facet with a value; an empty cell
	// is no row. The facet names, in manifest order, are meta.facets.
	document_facets: { doc_id: 'VARCHAR', facet: 'VARCHAR', value: 'VARCHAR' },
	meta: { key: 'VARCHAR PRIMARY KEY', value: 'VARCHAR' },
	// Precomputed per-document metrics the views start from (derived from tokens and sentences).
	doc_terms: { doc_id: 'VARCHAR', form: 'VARCHAR', term: 'VARCHAR', n: 'INTEGER' },
	doc_sentence_stats: {
		doc_id: 'VARCHAR', n_sentences: 'INTEGER', mean_words: 'DOUBLE', median_words: 'DOUBLE', p90_words: 'DOUBLE', max_words: 'INTEGER'
	},
	// The vocabulary and its counts per document and part, which one-word term queries read instead of tokens
	// (analysis/src/count/term-tables.ts).
	term_vocab: { word_id: 'INTEGER', lower: 'VARCHAR', lemma: 'VARCHAR', n: 'INTEGER' },
	doc_words: { doc_id: 'VARCHAR', section: 'VARCHAR', word_id: 'INTEGER', n: 'INTEGER' },
	// Where each word is, by its pair's id: what phrases and occurrences read instead of matching tokens by text.
	word_positions: { word_id: 'INTEGER', doc_id: 'VARCHAR', sentence_id: 'INTEGER', token_id: 'INTEGER', word_index: 'INTEGER' }
} as const satisfies Record<string, Record<string, string>>;

export type TableName = keyof typeof TABLES;

/** The column names of a table, in order. */
export const columnsOf = (table: TableName): string[] => Object.keys(TABLES[table]);

/**
 * How each table's rows are sorted, ascending, by a key under which no two different rows tie: the order of every
 * table's Parquet and CSV files (the same corpus gives the same files), and the order the pipeline stores a table in
 * where that costs nothing (doc_terms is stored by count within a form, which DuckDB compresses better).
 * `doc_order` in a table without that column is its document's (documents.doc_order): documents in manifest order, as
 * the pipeline reads and stores them, so that `tokens` and `sentences` are written as stored, without a sort. doc_words
 * and word_positions by word_id first, so that DuckDB's min/max per row group skips most of them for a term's few ids.
 */
export const TABLE_ORDER: { readonly [T in TableName]: readonly ((keyof (typeof TABLES)[T] & string) | 'doc_order')[] } = {
	documents: ['doc_order'],
	sections: ['doc_order', 'section_order'],
	sentences: ['doc_order', 'sentence_id'],
	tokens: ['doc_order', 'token_id'],
	removed: ['doc_order', 'line', 'rule', 'text'],
	document_facets: ['doc_order', 'facet'],
	meta: ['key'],
	doc_terms: ['doc_order', 'form', 'term'],
	doc_sentence_stats: ['doc_order'],
	term_vocab: ['word_id'],
	doc_words: ['word_id', 'doc_id', 'section'],
	word_positions: ['word_id', 'doc_order', 'token_id']
};

/** The DDL that creates every table of the contract. */
export const SCHEMA_SQL = Object.entries(TABLES)
	.map(([table, cols]) => `CREATE TABLE ${table} (${Object.entries(cols).map(([c, t]) => `${c} ${t}`).join(', ')});`)
	.join('\n');

/** What one row of a table is, and what each column holds: the data dictionary of the Data page. */
export const DESCRIPTIONS: { [T in TableName]: { row: string; columns: Record<keyof (typeof TABLES)[T], string> } } = {
	documents: {
		row: 'a text of the corpus (a line of manifest.csv)',
		columns: {
			doc_id: 'the manifest’s id', title: 'title as given in the manifest', author: 'author as given in the manifest',
			date: 'ISO date, may be partial (1917, 1917-10)', year: 'year of the date', kind: 'speech, article, letter, book …',
			published_in: 'where it was published', edition: 'the edition the text was taken from', translation: 'translator or translation used',
			n_words: 'words in the cleaned text (tokens with a letter)', n_sentences: 'sentences in the cleaned text',
			file: 'the raw text file, relative to the corpus folder', n_paragraphs: 'paragraphs in the cleaned text',
			doc_order: 'position in the manifest, 0-based'
		}
	},
	sections: {
		row: 'a part of a document dated apart (a later preface, a postscript) or the main text',
		columns: {
			doc_id: 'the document', section_order: 'order of the part in the document, 0-based', section: 'the part’s heading (empty for the main text)',
			date: 'the part’s ISO date, may be partial', year: 'year of the part’s date', n_words: 'words in the part', n_sentences: 'sentences in the part'
		}
	},
	sentences: {
		row: 'a sentence of running text, after cleaning',
		columns: {
			doc_id: 'the document', sentence_id: '0-based, in reading order within the document', section: 'the part it belongs to (sections.section)',
			paragraph_id: '0-based paragraph within the document', text: 'the cleaned sentence, whitespace collapsed', n_words: 'words in the sentence',
			position: 'start of the sentence as a fraction 0–1 of the document’s words', is_heading: 'true for a heading (left out of length statistics)',
			line: '1-based line of the raw file where the sentence starts'
		}
	},
	tokens: {
		row: 'a token (word, number or punctuation)',
		columns: {
			doc_id: 'the document', sentence_id: 'the sentence (sentences.sentence_id)', token_id: '0-based within the document',
			surface: 'the token as written', lower: 'surface in lower case, apostrophe written \'', lemma: 'dictionary form (see the lemma definition in meta)',
			pos: 'part of speech (Universal Dependencies tag, wink-nlp)', is_word: 'true when it holds at least one letter (counted as a word)',
			is_stop: 'true for a stop word (wink-nlp’s list)', space_before: 'the whitespace written before it (to rebuild the text)',
			word_index: '0-based index among the document’s words (NULL for a non-word)'
		}
	},
	removed: {
		row: 'a span of the raw text taken out by a cleaning rule',
		columns: { doc_id: 'the document', rule: 'the name of the cleaning rule (meta.cleaning_rules)', text: 'the text taken out', line: '1-based line of the raw file' }
	},
	document_facets: {
		row: 'a document’s value of a facet: a further column of manifest.csv (party, country …); an empty cell has no row',
		columns: { doc_id: 'the document', facet: 'the column’s name in the manifest (listed in meta.facets)', value: 'the cell, trimmed' }
	},
	meta: {
		row: 'a fact about the corpus and how it was made, or a statistic’s definition',
		columns: { key: 'pipeline_version, wink_model_version, corpus_hash, def_* and stat_* definitions …', value: 'the value, as text' }
	},
	doc_terms: {
		row: 'a term’s count in a document (precomputed from tokens)',
		columns: { doc_id: 'the document', form: 'lower (word form) or lemma', term: 'the word form or lemma', n: 'occurrences in the document' }
	},
	doc_sentence_stats: {
		row: 'a document’s sentence-length summary (headings excluded)',
		columns: {
			doc_id: 'the document', n_sentences: 'sentences counted', mean_words: 'mean length in words', median_words: 'median length (R type 7)',
			p90_words: '90th percentile of length (R type 7)', max_words: 'longest sentence in words'
		}
	},
	term_vocab: {
		row: 'a distinct pair of word form and lemma in the corpus (precomputed from tokens)',
		columns: {
			word_id: '0-based id, in order of lower then lemma', lower: 'the word form, lower-cased (tokens.lower)',
			lemma: 'its lemma (tokens.lemma)', n: 'occurrences in the corpus'
		}
	},
	doc_words: {
		row: 'a word form and lemma pair’s count in one part of a document (precomputed from tokens)',
		columns: {
			doc_id: 'the document', section: 'the part (sentences.section)', word_id: 'the pair (term_vocab.word_id)',
			n: 'occurrences in the part'
		}
	},
	word_positions: {
		row: 'a word of the corpus by its pair of word form and lemma (precomputed from tokens)',
		columns: {
			word_id: 'the pair (term_vocab.word_id)', doc_id: 'the document', sentence_id: 'the sentence (sentences.sentence_id)',
			token_id: 'the token (tokens.token_id)', word_index: 'the word’s index among the document’s words (tokens.word_index)'
		}
	}
};

/** A corpus folder name as it appears in file names: lower case, runs of other characters as one hyphen. */
export const fileSlug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'corpus';

/** The file a table is exported to beside corpus.duckdb: `default-tokens.parquet`. */
export const tableFile = (corpus: string, table: TableName, format: 'parquet' | 'csv'): string => `${fileSlug(corpus)}-${table}.${format}`;
