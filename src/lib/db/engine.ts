// DuckDB-wasm in the browser: one engine (worker) for the page's life, started from the app's own bundle; each corpus
// fetched with progress, checked whole, ATTACHed read-only under a name of its own, with its own connection (the
// session a runner.ts WasmRunner asks). Switching corpus DETACHes the old database and ATTACHes the new one in the
// running engine: no new worker, no second compile of the .wasm.
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Session } from './runner';
import { workerScript } from './worker-script';
import { ANALYZE_HINT, LoadError, errorMessage, fetchDatabase, withTimeout, type LoadProgress } from './load';

const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

interface Engine {
	db: duckdb.AsyncDuckDB;
	worker: Worker;
	wasmUrl: string;
}

let running: Promise<Engine> | null = null;
/** The engine that answers now: a runner over any other (stopped after a failure) is dead. */
let live: duckdb.AsyncDuckDB | null = null;
let attachments = 0;
/** Attach and detach run one at a time: two quick corpus switches must not interleave their statements. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
	const next = queue.then(task, task);
	queue = next.catch(() => undefined);
	return next;
}

function detach(db: duckdb.AsyncDuckDB, conn: duckdb.AsyncDuckDBConnection | null, alias: string, file: string): Promise<void> {
	return serial(async () => {
		await conn?.close().catch(() => undefined);
		// A database cannot be detached by the connection that USEs it: a fresh one does it.
		const admin = await db.connect();
		try {
			await admin.query(`DETACH DATABASE IF EXISTS ${alias}`);
		} finally {
			await admin.close().catch(() => undefined);
		}
		await db.dropFile(file).catch(() => undefined);
	}).catch(() => undefined);
}

/** The DuckDB worker, started from the wrapper in worker-script.ts (errors surfaced, the .wasm requested at once). */
function startWorker(workerUrl: string, wasmUrl: string): Worker {
	const url = URL.createObjectURL(new Blob([workerScript(workerUrl, wasmUrl)], { type: 'text/javascript' }));
	try {
		return new Worker(url);
	} finally {
		setTimeout(() => URL.revokeObjectURL(url), 10_000);
	}
}

async function startEngine(timeoutMs: number): Promise<Engine> {
	// selectBundle only tests the browser's features (with tiny inline modules): it fetches no bundle.
	const bundle = await duckdb.selectBundle(BUNDLES);
	const wasmUrl = new URL(bundle.mainModule, location.href).href;
	const worker = startWorker(new URL(bundle.mainWorker!, location.href).href, wasmUrl);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	const failed = new Promise<never>((_, reject) => {
		worker.addEventListener('error', (ev) => {
			ev.preventDefault();
			// A worker that fails later (out of memory, a crash) is not reused: the next load starts a new one.
			running = null;
			if (live === db) live = null;
			reject(new LoadError('engine', wasmUrl, `The DuckDB engine (WebAssembly) did not start: ${ev.message || 'its worker could not load'}. Reload the page; if it persists, restart \`npm start\``));
		});
	});
	failed.catch(() => undefined);
	try {
		await withTimeout(Promise.race([db.instantiate(wasmUrl), failed]), timeoutMs, 'engine', wasmUrl, 'Starting the DuckDB engine');
		await db.open({ query: { castDecimalToDouble: true } });
		const conn = await db.connect();
		await conn.query(`SET autoload_known_extensions=false; SET autoinstall_known_extensions=false;`);
		await conn.close();
	} catch (e) {
		await db.terminate().catch(() => worker.terminate());
		throw e instanceof LoadError ? e : new LoadError('engine', wasmUrl, `The DuckDB engine (WebAssembly) did not start: ${errorMessage(e)}. Reload the page; if it persists, restart \`npm start\``);
	}
	performance.mark('tribune:engine-ready');
	live = db;
	return { db, worker, wasmUrl };
}

/** The page's engine: started on first use, reused for every corpus after; started again after a failure. */
function engine(timeoutMs: number): Promise<Engine> {
	if (!running) {
		const started = startEngine(timeoutMs);
		running = started;
		started.catch(() => {
			if (running === started) running = null;
		});
	}
	return running;
}

/** Stops the page's engine (a stuck worker); the next load starts a new one. */
function stopEngine(db: duckdb.AsyncDuckDB): void {
	running = null;
	if (live === db) live = null;
	queue = Promise.resolve();
	db.terminate().catch(() => undefined);
}

/**
 * Starts (or reuses) the engine and downloads the corpus side by side, then ATTACHes it read-only on a connection of
 * its own: the session its runner asks (open.ts).
 */
export async function attach(url: string, onProgress: (p: LoadProgress) => void, timeoutMs: number): Promise<Session> {
	const progress: LoadProgress = { stage: 'engine', engineReady: false, loaded: 0, total: null };
	const report = (p: Partial<LoadProgress>) => onProgress(Object.assign(progress, p));
	report({});
	const abort = new AbortController();
	const started = engine(timeoutMs).then((e) => {
		report({ engineReady: true });
		return e;
	});

	let lastBytes = Date.now();
	let stallTimer: ReturnType<typeof setInterval> | undefined;
	const stalled = new Promise<never>((_, reject) => {
		stallTimer = setInterval(() => {
			if (Date.now() - lastBytes > timeoutMs) reject(new LoadError('download', url, `No data arrived for ${Math.round(timeoutMs / 1000)} s`));
		}, 500);
	});
	const download = fetchDatabase(
		url,
		(loaded, total) => {
			lastBytes = Date.now();
			report({ stage: progress.stage === 'engine' ? 'download' : progress.stage, loaded, total });
		},
		abort.signal
	);

	const id = ++attachments;
	const alias = `corpus_${id}`;
	const file = `corpus-${id}.duckdb`;
	let engineDb: duckdb.AsyncDuckDB | undefined;
	let conn: duckdb.AsyncDuckDBConnection | undefined;
	try {
		const [{ db }, bytes] = await Promise.all([started, Promise.race([download, stalled])]);
		engineDb = db;
		clearInterval(stallTimer);
		performance.mark('tribune:attach-start');
		report({ stage: 'attach', loaded: bytes.byteLength, total: bytes.byteLength });
		conn = await serial(async () => {
			const c = await db.connect();
			try {
				await withTimeout(
					(async () => {
						await db.registerFileBuffer(file, bytes);
						await c.query(`ATTACH '${file}' AS ${alias} (READ_ONLY)`);
						await c.query(`USE ${alias}`);
					})(),
					timeoutMs,
					'attach',
					url,
					'Opening the database'
				);
			} catch (e) {
				if (e instanceof LoadError) stopEngine(db); // timed out: the worker is stuck, Retry starts a new one
				else await c.close().catch(() => undefined);
				throw e instanceof LoadError ? e : new LoadError('attach', url, `The file is not a readable DuckDB database: ${errorMessage(e)} — ${ANALYZE_HINT}.`);
			}
			return c;
		});
		performance.mark('tribune:attached');
		const c = conn;
		return { conn: c, bytes: bytes.byteLength, alive: () => live === db, detach: () => detach(db, c, alias, file) };
	} catch (e) {
		clearInterval(stallTimer);
		abort.abort();
		download.catch(() => undefined);
		started.catch(() => undefined);
		if (engineDb && !conn) void detach(engineDb, null, alias, file);
		throw e instanceof LoadError ? e : new LoadError('engine', url, errorMessage(e));
	}
}
