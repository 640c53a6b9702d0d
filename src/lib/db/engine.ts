// DuckDB-wasm start-up in the browser: the engine from the app's own bundle, the corpus file fetched with
// progress and ATTACHed read-only, and a QueryRunner over it (prepared statements, plain JS rows).
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Query, QueryRunner } from './sql';
import { toPlainRows } from './arrow';
import { LoadError, errorMessage, fetchBytes, withTimeout, type LoadProgress } from './load';

const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

/** Runs Query objects on one DuckDB-wasm connection; statements with parameters are prepared once and reused. */
export class WasmRunner implements QueryRunner {
	private prepared = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
	constructor(
		readonly db: duckdb.AsyncDuckDB,
		private readonly conn: duckdb.AsyncDuckDBConnection,
		private readonly worker: Worker
	) {}

	async run<T extends Record<string, unknown>>(query: Query): Promise<T[]> {
		if (query.params.length === 0) return toPlainRows<T>(await this.conn.query(query.sql));
		let stmt = this.prepared.get(query.sql);
		if (!stmt) {
			stmt = this.conn.prepare(query.sql);
			this.prepared.set(query.sql, stmt);
			stmt.catch(() => this.prepared.delete(query.sql));
		}
		return toPlainRows<T>(await (await stmt).query(...query.params));
	}

	/** Stops the worker; the runner cannot be used afterwards. */
	async close(): Promise<void> {
		try {
			await this.db.terminate();
		} catch {
			this.worker.terminate();
		}
	}
}

/**
 * The DuckDB worker, wrapped so that a failure inside it (e.g. the .wasm cannot be fetched or compiled, which the
 * worker only logs as an unhandled rejection) surfaces as an `error` event here instead of a silent hang.
 */
function startWorker(workerUrl: string): Worker {
	const wrapper = `self.addEventListener('unhandledrejection', (e) => { setTimeout(() => { throw e.reason instanceof Error ? e.reason : new Error(String(e.reason)); }); });
importScripts(${JSON.stringify(workerUrl)});`;
	const url = URL.createObjectURL(new Blob([wrapper], { type: 'text/javascript' }));
	try {
		return new Worker(url);
	} finally {
		setTimeout(() => URL.revokeObjectURL(url), 10_000);
	}
}

export interface OpenOptions {
	/** URL of corpus.duckdb. */
	url: string;
	onProgress: (p: LoadProgress) => void;
	/** Milliseconds allowed for the engine to start, for the attach, and between two chunks of the download. */
	timeoutMs?: number;
}

/** Starts DuckDB-wasm and the download side by side, ATTACHes the corpus read-only, checks it is a Tribune database. */
export async function openCorpus({ url, onProgress, timeoutMs = 30_000 }: OpenOptions): Promise<WasmRunner> {
	const progress: LoadProgress = { stage: 'engine', engineReady: false, loaded: 0, total: null };
	const report = (p: Partial<LoadProgress>) => onProgress(Object.assign(progress, p));
	report({});
	const abort = new AbortController();
	let worker: Worker | undefined;
	let db: duckdb.AsyncDuckDB | undefined;

	const started = (async () => {
		const bundle = await duckdb.selectBundle(BUNDLES);
		const wasmUrl = new URL(bundle.mainModule, location.href).href;
		worker = startWorker(new URL(bundle.mainWorker!, location.href).href);
		const failed = new Promise<never>((_, reject) => {
			worker!.addEventListener('error', (ev) => {
				ev.preventDefault();
				reject(new LoadError('engine', wasmUrl, `The DuckDB engine (WebAssembly) did not start: ${ev.message || 'its worker could not load'}`));
			});
		});
		db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
		try {
			await withTimeout(Promise.race([db.instantiate(wasmUrl), failed]), timeoutMs, 'engine', wasmUrl, 'Starting the DuckDB engine');
			await db.open({ query: { castDecimalToDouble: true } });
		} catch (e) {
			throw e instanceof LoadError ? e : new LoadError('engine', wasmUrl, `The DuckDB engine (WebAssembly) did not start: ${errorMessage(e)}`);
		}
		performance.mark('tribune:engine-ready');
		report({ engineReady: true });
		return db;
	})();

	let lastBytes = Date.now();
	let stallTimer: ReturnType<typeof setInterval> | undefined;
	const stalled = new Promise<never>((_, reject) => {
		stallTimer = setInterval(() => {
			if (Date.now() - lastBytes > timeoutMs) reject(new LoadError('download', url, `No data arrived for ${Math.round(timeoutMs / 1000)} s`));
		}, 500);
	});
	const download = fetchBytes(
		url,
		(loaded, total) => {
			lastBytes = Date.now();
			report({ stage: progress.stage === 'engine' ? 'download' : progress.stage, loaded, total });
		},
		abort.signal
	);

	try {
		const [engine, bytes] = await Promise.all([
			started,
			Promise.race([download, stalled])
		]);
		clearInterval(stallTimer);
		performance.mark('tribune:attach-start');
		report({ stage: 'attach', loaded: bytes.byteLength, total: bytes.byteLength });
		const conn = await engine.connect();
		try {
			await withTimeout(
				(async () => {
					await engine.registerFileBuffer('corpus.duckdb', bytes);
					await conn.query(`SET autoload_known_extensions=false; SET autoinstall_known_extensions=false;`);
					await conn.query(`ATTACH 'corpus.duckdb' AS corpus (READ_ONLY)`);
					await conn.query(`USE corpus`);
				})(),
				timeoutMs,
				'attach',
				url,
				'Opening the database'
			);
		} catch (e) {
			throw e instanceof LoadError ? e : new LoadError('attach', url, `The file is not a readable DuckDB database: ${errorMessage(e)}`);
		}
		const runner = new WasmRunner(engine, conn, worker!);
		try {
			await runner.run({ sql: 'SELECT count(*) AS n FROM documents', params: [] });
			await runner.run({ sql: 'SELECT count(*) AS n FROM meta', params: [] });
		} catch (e) {
			throw new LoadError('attach', url, `The database is not a Tribune corpus (missing tables): ${errorMessage(e)}`);
		}
		report({ stage: 'ready' });
		return runner;
	} catch (e) {
		clearInterval(stallTimer);
		abort.abort();
		download.catch(() => undefined);
		started.catch(() => undefined);
		db?.terminate().catch(() => undefined);
		worker?.terminate();
		throw e instanceof LoadError ? e : new LoadError('engine', url, errorMessage(e));
	}
}
