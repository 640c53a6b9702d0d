// The one Node query runner over a corpus.duckdb (native DuckDB, @duckdb/node-api) for the tests, scripts and
// benchmarks: it runs the app's Query objects and gives the same plain rows as the browser's runner (BIGINT → number).
import { DuckDBInstance, DuckDBListValue, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { literal, type Query, type QueryRunner } from '../../src/lib/db/sql';

// LIST columns come back as arrays, as the browser's runner (src/lib/db/arrow.ts) gives them.
const plain = (v: unknown): unknown =>
	typeof v === 'bigint' ? Number(v) : Array.isArray(v) ? v.map(plain) : v instanceof DuckDBListValue ? v.items.map(plain) : v;

export class NodeRunner implements QueryRunner {
	private constructor(
		private readonly instance: DuckDBInstance,
		private readonly con: DuckDBConnection
	) {}

	/** An empty in-memory database, for SQL over VALUES (the contract's fragments on worked examples). */
	static async memory(): Promise<NodeRunner> {
		const instance = await DuckDBInstance.create(':memory:');
		return new NodeRunner(instance, await instance.connect());
	}

	/** Opens a database file read-only, ATTACHed as the app does (so a file being replaced is never locked for writing). */
	static async open(path: string): Promise<NodeRunner> {
		const instance = await DuckDBInstance.create(':memory:');
		const con = await instance.connect();
		try {
			await con.run(`ATTACH ${literal(path)} AS corpus (READ_ONLY); USE corpus;`);
		} catch (e) {
			con.closeSync();
			instance.closeSync();
			throw e;
		}
		return new NodeRunner(instance, con);
	}

	async run<T extends Record<string, unknown>>(query: Query): Promise<T[]> {
		const reader = await this.con.runAndReadAll(query.sql, query.params as DuckDBValue[]);
		return reader.getRowObjectsJS().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)]))) as T[];
	}

	/** Runs SQL text without parameters (static SQL written by the caller, never user text). */
	rows<T extends Record<string, unknown>>(text: string): Promise<T[]> {
		return this.run<T>({ sql: text, params: [] });
	}

	close(): void {
		this.con.closeSync();
		this.instance.closeSync();
	}
}

/** Opens `path`, runs `use` with the runner, and closes it whatever happens. */
export async function withDatabase<T>(path: string, use: (db: NodeRunner) => Promise<T>): Promise<T> {
	const db = await NodeRunner.open(path);
	try {
		return await use(db);
	} finally {
		db.close();
	}
}
