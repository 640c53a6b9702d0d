// Every contract table as Parquet and CSV beside corpus.duckdb: read back with DuckDB, the same rows as the database
// (row count and a checksum of every column), plain file names, and the CSV opens with its header on the first line
// (an empty text is written "" and a NULL as nothing, so the CSV keeps them apart); every file's rows in the table's
// order (TABLE_ORDER), also where the manifest does not list the documents by id.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fixtureDb } from '../../fixtures/corpus-db';
import { NodeRunner } from '../../../scripts/db/node-runner';
import { literal } from '../../../src/lib/db/sql';
import { TABLES, TABLE_ORDER, columnsOf, type TableName } from '../../../src/lib/db/contract/schema';
import { csvColumns, orderBy, tablePaths } from '../../../analysis/src/write/tables';

let path: string;
beforeAll(async () => {
	path = await fixtureDb('tiny');
});

/** Row count and, per column, an order-independent checksum of its values as text (NULL counted apart). */
const fingerprint = (from: string, table: TableName) =>
	`SELECT count(*)::BIGINT AS n, ${columnsOf(table)
		.map((c) => `sum(hash(CAST("${c}" AS VARCHAR)))::HUGEINT::VARCHAR AS "${c}", count("${c}")::BIGINT AS "${c}_n"`)
		.join(', ')} FROM ${from}`;

describe('table files', () => {
	it('one Parquet and one CSV per table, named <corpus>-<table>.<format>, no spaces', () => {
		const files = tablePaths(path);
		expect(files).toHaveLength(Object.keys(TABLES).length * 2);
		for (const f of files) expect(basename(f.path)).toMatch(/^[a-z0-9-]+-[a-z_]+\.(parquet|csv)$/);
		expect(files.map((f) => basename(f.path))).toContain(`tiny-tokens.parquet`);
	});

	it('each Parquet file holds the table’s rows: same count, same checksum of every column', async () => {
		const db = await NodeRunner.open(path);
		try {
			for (const f of tablePaths(path).filter((x) => x.format === 'parquet')) {
				const [want] = await db.run({ sql: fingerprint(f.table, f.table), params: [] });
				const [got] = await db.run({ sql: fingerprint(`read_parquet(${literal(f.path)})`, f.table), params: [] });
				expect(got, f.table).toEqual(want);
				// tiny has no span removed and no facet column: those two tables are empty there.
				if (f.table !== 'removed' && f.table !== 'document_facets') expect(Number(want.n), f.table).toBeGreaterThan(0);
			}
		} finally {
			db.close();
		}
	});

	it('each CSV file: the header is its first line, and read with the table’s types it holds the same rows', async () => {
		const db = await NodeRunner.open(path);
		try {
			for (const f of tablePaths(path).filter((x) => x.format === 'csv')) {
				expect(readFileSync(f.path, 'utf8').split('\n', 1)[0], f.table).toBe(columnsOf(f.table).join(','));
				const types = Object.entries(TABLES[f.table]).map(([c, t]) => `'${c}': '${t.replace(' PRIMARY KEY', '')}'`);
				const csv = `read_csv(${literal(f.path)}, header = true, auto_detect = false, allow_quoted_nulls = false, columns = {${types.join(', ')}})`;
				// The CSV's formula cells carry a leading ' (neutralised), so it is compared with the table neutralised alike.
				const [want] = await db.run({ sql: fingerprint(`(SELECT ${csvColumns(f.table)} FROM ${f.table})`, f.table), params: [] });
				const [got] = await db.run({ sql: fingerprint(csv, f.table), params: [] });
				expect(got, f.table).toEqual(want);
			}
		} finally {
			db.close();
		}
	});
});

describe('row order of the table files', () => {
	/** The columns that show a row's place: TABLE_ORDER's, with the document's id for its doc_order. */
	const keys = (table: TableName) => [...new Set(TABLE_ORDER[table].map((c) => (c === 'doc_order' && table !== 'documents' ? 'doc_id' : c)))];
	const asText = (table: TableName) => keys(table).map((c) => `CAST("${c}" AS VARCHAR) AS "${c}"`).join(', ');

	it('every file lists its rows in TABLE_ORDER: documents in manifest order, not by id', async () => {
		// The manifest of `lanes` lists 2016, 1965, 1953, 1975: manifest order and id order differ.
		const path = await fixtureDb('lanes');
		const db = await NodeRunner.open(path);
		try {
			const ids = await db.run({ sql: 'SELECT doc_id FROM documents ORDER BY doc_order', params: [] });
			expect(ids.map((r) => r.doc_id)).not.toEqual(ids.map((r) => r.doc_id).sort());
			for (const f of tablePaths(path)) {
				const cells = f.format === 'csv' ? csvColumns(f.table) : '*';
				const [want, got] = await Promise.all([
					db.run({ sql: `SELECT ${asText(f.table)} FROM (SELECT ${cells}, row_number() OVER (ORDER BY ${orderBy(f.table, 't')}) AS rn FROM ${f.table} AS t) ORDER BY rn`, params: [] }),
					db.run({
						sql:
							f.format === 'csv'
								? `SELECT ${asText(f.table)} FROM read_csv(${literal(f.path)}, header = true, all_varchar = true, allow_quoted_nulls = false, quote = '"', escape = '"', delim = ',', sample_size = -1)`
								: `SELECT ${asText(f.table)} FROM read_parquet(${literal(f.path)}, file_row_number = true) ORDER BY file_row_number`,
						params: []
					})
				]);
				expect(got, `${f.table}.${f.format}`).toEqual(want);
			}
		} finally {
			db.close();
		}
	});
});
