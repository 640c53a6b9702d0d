// DuckDB-wasm in the browser: one engine (worker) for the page's life, started from the app's own bundle; each corpus
// fetched with progress, checked whole, ATTACHed read-only under a name of its own,
// and a QueryRunner over it (its own connection, prepared statements, plain JS rows). Switching corpus DETACHes the
// old database and ATTACHes the new one in the running engine: no new worker, no second compile of the .wasm.
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Query, QueryRunner } from './sql';
import { toPlainRows } from './arrow';
import { Answers } from './answers';
import { agreesWith, sameRows, type Ask, type GivenAnswer } from './summary';
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

/** Questions put to the engine and not yet answered, by every runner (they share one worker). */
let asking = 0;
let whenIdle: (() => void)[] = [];

/** Resolves once no question is waiting for the engine and the page has had a moment (the main thread idle). */
async function engineIdle(): Promise<void> {
	while (asking > 0) await new Promise<void>((r) => whenIdle.push(r));
	await new Promise<void>((r) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => r(), { timeout: 1000 }) : setTimeout(r, 0)));
	// A question may have come in meanwhile: it goes first.
	if (asking > 0) return engineIdle();
}

/** What a runner runs on once its database is attached. */
export interface Session {
	db: duckdb.AsyncDuckDB;
	conn: duckdb.AsyncDuckDBConnection;
	/** The database's name in the engine's catalog, and the file registered for it. */
	alias: string;
	file: string;
	/** Bytes of the database held in the engine's memory while it stays attached. */
	bytes: number;
}

/**
 * Runs Query objects on one DuckDB-wasm connection; statements with parameters are prepared once and reused. It exists
 * from the start of a load: questions asked before the database is attached wait for it, unless their answers were
 * given in advance (`seed`, from the corpus's summary.json), which are checked against the database before any other
 * question reaches it.
 */
export class WasmRunner implements QueryRunner {
	private prepared = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
	/** Answers by query, in flight and answered: the database is attached read-only, so an answer never goes stale
	 *  (the documents asked by the loader, the timeline and the table at once: one run; every view's first queries
	 *  when the page switches back to this corpus: none). */
	private answers = new Answers();
	private given: GivenAnswer[] = [];
	/** Answers given unchecked (the views' first answers): checked at idle, after `ready` (checkGiven). */
	private trusted: GivenAnswer[] = [];
	private closed: Promise<void> | null = null;
	private attached: Session | null = null;
	/** The database is attached: answers given from now on could not be checked before the views' questions. */
	private checking = false;
	/** The session once checked (`check`, then the answers given in advance): every question waits for it. */
	private opened: Promise<Session>;
	/**
	 * Resolves once the database is attached and checked: true, or false when an answer given in advance was not the
	 * database's (they are all forgotten then, before any view's question runs); rejects with what stopped it.
	 */
	readonly ready: Promise<boolean>;

	constructor(
		private readonly session: Promise<Session>,
		/** Run first on the attached database (is it a Tribune corpus?): a failure is the load's. */
		check: (ask: Ask) => Promise<void> = async () => {}
	) {
		let agreed = true;
		this.opened = session.then(async (s) => {
			this.checking = true;
			const direct: Ask = (q) => this.askOn(s, q);
			await check(direct);
			const given = this.given;
			this.given = [];
			if (given.length && !(await agreesWith(direct, given))) {
				agreed = false;
				this.answers.clear();
				this.trusted = [];
			}
			this.attached = s;
			return s;
		});
		this.ready = this.opened.then(() => agreed);
		this.ready.catch(() => undefined);
	}

	/** Attached in the running engine: it can be shown again without a download (a corpus switched back to). */
	get alive(): boolean {
		return this.closed === null && this.attached !== null && live === this.attached.db;
	}

	get bytes(): number {
		return this.attached?.bytes ?? 0;
	}

	run<T extends Record<string, unknown>>(query: Query): Promise<T[]> {
		return this.answers.get<T>(query, () => this.ask<T>(query));
	}

	/** Asks the database itself, past any answer kept or given in advance. */
	async ask<T extends Record<string, unknown>>(query: Query): Promise<T[]> {
		const session = await this.opened;
		asking++;
		try {
			return await this.askOn<T>(session, query);
		} finally {
			if (--asking === 0) {
				const waiting = whenIdle;
				whenIdle = [];
				for (const wake of waiting) wake();
			}
		}
	}

	/**
	 * Asks the database the questions whose answers were given unchecked (the views' first answers, drawn before it was
	 * attached), one at a time and only while no other question waits for the engine, so that a user's question waits
	 * for one of them at most. True when every answer is the database's; at the first that is not, every answer kept is
	 * forgotten and false is returned (the views must ask again). Besides the check, the engine has then run the views'
	 * queries once: its WebAssembly is compiled to the fast tier only for code that has run, so the first questions a
	 * user asks no longer run on the baseline code.
	 */
	async checkGiven(): Promise<boolean> {
		await this.opened;
		const list = this.trusted;
		this.trusted = [];
		for (const { query, rows } of list) {
			await engineIdle();
			if (this.closed) return true;
			if (!sameRows(rows, await this.ask(query))) {
				this.answers.clear();
				return false;
			}
		}
		return true;
	}

	private async askOn<T extends Record<string, unknown>>({ conn }: Session, query: Query): Promise<T[]> {
		if (query.params.length === 0) return toPlainRows<T>(await conn.query(query.sql));
		let stmt = this.prepared.get(query.sql);
		if (!stmt) {
			stmt = conn.prepare(query.sql);
			this.prepared.set(query.sql, stmt);
			stmt.catch(() => this.prepared.delete(query.sql));
		}
		return toPlainRows<T>(await (await stmt).query(...query.params));
	}

	/**
	 * Gives the answer to `query` in advance (what the database would answer), before the database is attached;
	 * false (and nothing kept) once it is: the database answers as fast, and the answer could not be checked first.
	 * `checked`: asked of the database before any other question (the corpus's facts, which name the database); the
	 * other answers are the same file's, trusted once those agree, forgotten with them when they do not, and asked
	 * again at idle once the database is ready (checkGiven).
	 */
	seed(query: Query, rows: unknown[], checked = true): boolean {
		if (this.checking) return false;
		this.answers.seed(query, rows);
		(checked ? this.given : this.trusted).push({ query, rows });
		return true;
	}

	/** Closes the connection and DETACHes the database (its memory is freed); the engine keeps running. */
	close(): Promise<void> {
		this.answers.clear();
		this.closed ??= this.session.then(
			(s) => detach(s.db, s.conn, s.alias, s.file),
			() => undefined
		);
		return this.closed;
	}
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

export interface OpenOptions {
	/** URL of corpus.duckdb. */
	url: string;
	onProgress: (p: LoadProgress) => void;
	/** Milliseconds allowed for the engine to start, for the attach, and between two chunks of the download. */
	timeoutMs?: number;
}

/**
 * Starts (or reuses) DuckDB-wasm and the download side by side, ATTACHes the corpus read-only, checks it is a Tribune
 * database. Returns its runner at once (questions wait for the attach; `runner.ready` says when it is done or why it
 * failed), so the page can draw from answers given in advance meanwhile. The file is read whole: DuckDB-wasm 1.32 does
 * not ATTACH a database over HTTP ranges without its httpfs extension (fetched from extensions.duckdb.org, which an
 * offline app must not do; duckdb/duckdb-wasm#1979 is still open): a registered URL is "database does not exist" (its
 * runtime checks only buffers and handles), an http:// path is not routed to its web filesystem.
 */
export function openCorpus({ url, onProgress, timeoutMs = 30_000 }: OpenOptions): WasmRunner {
	const runner: WasmRunner = new WasmRunner(attach(url, onProgress, timeoutMs), async (ask) => {
		try {
			// Both tables every view needs, in one round trip to the worker.
			await ask({ sql: 'SELECT (SELECT count(*) FROM documents) AS docs, (SELECT count(*) FROM meta) AS meta', params: [] });
		} catch (e) {
			void runner.close();
			throw new LoadError('attach', url, `The database is not a Tribune corpus (missing tables): ${errorMessage(e)} — ${ANALYZE_HINT}.`);
		}
	});
	runner.ready.then(() => onProgress({ stage: 'ready', engineReady: true, loaded: runner.bytes, total: runner.bytes }), () => undefined);
	return runner;
}


async function attach(url: string, onProgress: (p: LoadProgress) => void, timeoutMs: number): Promise<Session> {
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
		return { db, conn, alias, file, bytes: bytes.byteLength };
	} catch (e) {
		clearInterval(stallTimer);
		abort.abort();
		download.catch(() => undefined);
		started.catch(() => undefined);
		if (engineDb && !conn) void detach(engineDb, null, alias, file);
		throw e instanceof LoadError ? e : new LoadError('engine', url, errorMessage(e));
	}
}
