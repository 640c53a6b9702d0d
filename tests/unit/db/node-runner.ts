// A QueryRunner over native DuckDB (@duckdb/node-api), to run the app's query builders in unit tests.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Query, QueryRunner } from '../../../src/lib/db/sql';

const plain = (v: unknown): unknown => (typeof v === 'bigint' ? Number(v) : Array.isArray(v) ? v.map(plain) : v);

export class NodeDbRunner implements QueryRunner {
	private constructor(
		private readonly db: DuckDBInstance,
		private readonly con: DuckDBConnection
	) {}

	static async open(path: string): Promise<NodeDbRunner> {
		const db = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
		return new NodeDbRunner(db, await db.connect());
	}

	async run<T extends Record<string, unknown>>(query: Query): Promise<T[]> {
		const stmt = await this.con.prepare(query.sql);
		query.params.forEach((p, i) => {
			const at = i + 1;
			if (p === null) stmt.bindNull(at);
			else if (typeof p === 'number') Number.isInteger(p) ? stmt.bindBigInt(at, BigInt(p)) : stmt.bindDouble(at, p);
			else if (typeof p === 'boolean') stmt.bindBoolean(at, p);
			else stmt.bindVarchar(at, p);
		});
		const rows = (await stmt.runAndReadAll()).getRowObjects();
		return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])) as T);
	}

	close(): void {
		this.con.closeSync();
		this.db.closeSync();
	}
}
