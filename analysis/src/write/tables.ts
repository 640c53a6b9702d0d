// Every table of the contract as Parquet and CSV beside corpus.duckdb, for R, Python and spreadsheets: native DuckDB
// COPY … TO (DuckDB-wasm cannot write Parquet offline), each file written under a temporary name and renamed.
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { TABLES, TABLE_ORDER, columnsOf, tableFile, type TableName } from '../../../src/lib/db/contract/schema';
import { literal } from '../../../src/lib/db/sql';
import { tempPathFor } from './temp';

export const TABLE_FORMATS = ['parquet', 'csv'] as const;

/** The files a corpus's tables go to, beside its database (the folder's name is the corpus's name). */
export function tablePaths(databasePath: string): { table: TableName; format: (typeof TABLE_FORMATS)[number]; path: string }[] {
	const dir = dirname(databasePath);
	const corpus = basename(dir);
	return (Object.keys(TABLES) as TableName[]).flatMap((table) => TABLE_FORMATS.map((format) => ({ table, format, path: join(dir, tableFile(corpus, table, format)) })));
}

/**
 * The ORDER BY list of a table's rows (TABLE_ORDER) in a query that reads it as `alias`: a document's doc_order, in a
 * table that has no such column, looked up in `documents` (of `schema`, if given).
 */
export function orderBy(table: TableName, alias: string, schema?: string): string {
	const documents = schema ? `${schema}.documents` : 'documents';
	return TABLE_ORDER[table]
		.map((c) => (c === 'doc_order' && table !== 'documents' ? `(SELECT d.doc_order FROM ${documents} AS d WHERE d.doc_id = ${alias}.doc_id)` : `${alias}.${c}`))
		.join(', ');
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
 * The query a table's file is written from: its rows in TABLE_ORDER. A table the caller stored in that order
 * (`stored`) is read as stored: DuckDB keeps a scan's order (preserve_insertion_order, its default) also on several
 * threads, so the rows need no sort (on the State of the Union, sorting `tokens` for each of its two files cost about
 * as much as writing the file).
 */
export function tableQuery(schema: string, table: TableName, format: (typeof TABLE_FORMATS)[number], stored: boolean): string {
	const from = `SELECT ${format === 'csv' ? csvColumns(table) : '*'} FROM ${schema}.${table} AS t`;
	return stored ? from : `${from} ORDER BY ${orderBy(table, 't', schema)}`;
}

/**
 * Writes the files from the attached database `schema` into temporary names; returns the step that publishes them
 * (renames, after the database itself is in place) and the one that drops them (on failure). `stored`: the tables
 * whose rows are stored in TABLE_ORDER (see tableQuery).
 */
export async function writeTables(
	conn: DuckDBConnection,
	schema: string,
	databasePath: string,
	{ stored = new Set(), onFile }: { stored?: ReadonlySet<TableName>; onFile?: () => void } = {}
): Promise<{ publish(): void; discard(): void }> {
	const files = tablePaths(databasePath).map((f) => ({ ...f, tmp: tempPathFor(f.path) }));
	const discard = () => files.forEach((f) => rmSync(f.tmp, { force: true }));
	try {
		// A scan's order is what `stored` relies on; say so rather than trust the setting's default.
		await conn.run('SET preserve_insertion_order = true');
		for (const f of files) {
			await conn.run(`COPY (${tableQuery(schema, f.table, f.format, stored.has(f.table))}) TO ${literal(f.tmp)} (${OPTIONS[f.format]})`);
			onFile?.();
		}
	} catch (e) {
		discard();
		throw e;
	}
	return { publish: () => files.forEach((f) => renameSync(f.tmp, f.path)), discard };
}
