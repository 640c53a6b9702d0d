// Opening a corpus: its runner at once, over the attach that DuckDB-wasm's engine (engine.ts, imported on first use)
// does while the page draws from the corpus's summary.
import { ANALYZE_HINT, LoadError, errorMessage, type LoadProgress } from './load';
import { WasmRunner } from './runner';

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
	// Imported here, in the browser only: DuckDB-wasm has no place in the server render, and the page's first chart
	// (drawn from summary.json) does not wait for its script.
	const session = import('./engine').then(({ attach }) => attach(url, onProgress, timeoutMs));
	const runner: WasmRunner = new WasmRunner(session, async (ask) => {
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
