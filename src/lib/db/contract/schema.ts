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
	meta: { key: 'VARCHAR PRIMARY KEY', value: 'VARCHAR' },
	// Precomputed per-document metrics the views start from (derived from tokens and sentences).
	doc_terms: { doc_id: 'VARCHAR', form: 'VARCHAR', term: 'VARCHAR', n: 'INTEGER' },
	doc_sentence_stats: {
		doc_id: 'VARCHAR', n_sentences: 'INTEGER', mean_words: 'DOUBLE', median_words: 'DOUBLE', p90_words: 'DOUBLE', max_words: 'INTEGER'
	}
} as const satisfies Record<string, Record<string, string>>;

export type TableName = keyof typeof TABLES;

/** The column names of a table, in order. */
export const columnsOf = (table: TableName): string[] => Object.keys(TABLES[table]);

/** The DDL that creates every table of the contract. */
export const SCHEMA_SQL = Object.entries(TABLES)
	.map(([table, cols]) => `CREATE TABLE ${table} (${Object.entries(cols).map(([c, t]) => `${c} ${t}`).join(', ')});`)
	.join('\n');
