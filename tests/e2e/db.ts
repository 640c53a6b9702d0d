// Reads the built corpus database with native DuckDB, to compare what the page shows with the data.
import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';

export async function readDb<T>(siteDir: string, query: string, corpus = 'default'): Promise<T[]> {
	const db = await DuckDBInstance.create(join(siteDir, 'data', corpus, 'corpus.duckdb'), { access_mode: 'READ_ONLY' });
	const con = await db.connect();
	try {
		return (await con.runAndReadAll(query)).getRowObjectsJson() as T[];
	} finally {
		con.closeSync();
		db.closeSync();
	}
}
