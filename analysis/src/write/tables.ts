// Every table of the contract as Parquet and CSV beside corpus.duckdb, for R, Python and spreadsheets: native DuckDB
// COPY … TO (DuckDB-wasm cannot write Parquet offline), each file written under a temporary name and renamed.
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { TABLES, columnsOf, tableFile, type TableName } from '../../../src/lib/db/contract/schema';
import { literal } from '../../../src/lib/db/sql';
import { tempPathFor } from './temp';

export const TABLE_FORMATS = ['parquet', 'csv'] as const;

/** Each table's row order in the files: the reading order, so that the same corpus gives the same files. */
const ORDER: Record<TableName, string> = {
	documents: 'doc_order',
	sections: 'doc_id, section_order',
	sentences: 'doc_id, sentence_id',
	tokens: 'doc_id, token_id',
	removed: 'doc_id, line, rule, text',
	document_facets: 'doc_id, facet',
	meta: 'key',
	doc_terms: 'doc_id, form, term',
	doc_sentence_stats: 'doc_id',
	term_vocab: 'word_id',
	doc_words: 'word_id, doc_id, section'
};

/** The files a corpus's tables go to, beside its database (the folder's name is the corpus's name). */
export function tablePaths(databasePath: string): { table: TableName; format: (typeof TABLE_FORMATS)[number]; path: string }[] {
	const dir = dirname(databasePath);
	const corpus = basename(dir);
	return (Object.keys(TABLES) as TableName[]).flatMap((table) => TABLE_FORMATS.map((format) => ({ table, format, path: join(dir, tableFile(corpus, table, format)) })));
}

/**
 * The SELECT list of a table's CSV file: a text cell that starts with = + - @, a tab or a carriage return is prefixed
 * with ' so that a spreadsheet does not run it as a formula (OWASP; as the app's CSV writer, `neutralise`). The
 * Parquet files keep the exact text.
 */
export function csvColumns(table: TableName): string {
	const types = TABLES[table] as Record<string, string>;
	return columnsOf(table)
		.map((c) => (types[c].startsWith('VARCHAR') ? `CASE WHEN regexp_matches("${c}", '^[=+@\\t\\r-]') THEN '''' || "${c}" ELSE "${c}" END AS "${c}"` : `"${c}"`))
		.join(', ');
}

const OPTIONS = { parquet: "FORMAT parquet, COMPRESSION zstd", csv: "FORMAT csv, HEADER true, DELIMITER ','" } as const;

/**
 * Writes the files from the attached database `schema` into temporary names; returns the step that publishes them
 * (renames, after the database itself is in place) and the one that drops them (on failure).
 */
export async function writeTables(conn: DuckDBConnection, schema: string, databasePath: string, onFile?: () => void): Promise<{ publish(): void; discard(): void }> {
	const files = tablePaths(databasePath).map((f) => ({ ...f, tmp: tempPathFor(f.path) }));
	const discard = () => files.forEach((f) => rmSync(f.tmp, { force: true }));
	try {
		for (const f of files) {
			await conn.run(`COPY (SELECT ${f.format === 'csv' ? csvColumns(f.table) : '*'} FROM ${schema}.${f.table} AS t ORDER BY ${ORDER[f.table].split(', ').map((c) => `t.${c}`).join(', ')}) TO ${literal(f.tmp)} (${OPTIONS[f.format]})`);
			onFile?.();
		}
	} catch (e) {
		discard();
		throw e;
	}
	return { publish: () => files.forEach((f) => renameSync(f.tmp, f.path)), discard };
}
