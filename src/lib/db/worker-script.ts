// The script the DuckDB worker starts from (a blob: URL, engine.ts), around DuckDB-wasm's own worker script.

/**
 * The wrapper of DuckDB-wasm's worker script at `workerUrl`:
 * - a failure inside the worker (e.g. the .wasm cannot be fetched or compiled, which DuckDB only logs as an unhandled
 *   rejection) is thrown again, so the page gets an `error` event instead of a silent hang;
 * - the .wasm at `wasmUrl` is requested as the worker starts, while DuckDB's 0.8 MB script downloads and runs
 *   (~0.5 s of CPU), not after it: DuckDB's own request for it (on `instantiate`) gets that response, so it is
 *   downloaded once whatever the HTTP cache does (nothing else is asked twice);
 * - without TransformStream, DuckDB-wasm compiles that response itself instead of a copy piped through a stream for
 *   progress events the app does not use: the bytes are not read by JavaScript on the worker's thread, and V8 keeps
 *   the compiled module beside the HTTP cache entry for the next visit (it does that only for a real response).
 *   DuckDB's notice that it has no progress events is expected, and not logged.
 */
export function workerScript(workerUrl: string, wasmUrl: string): string {
	const wasm = JSON.stringify(wasmUrl);
	return `self.addEventListener('unhandledrejection', (e) => { setTimeout(() => { throw e.reason instanceof Error ? e.reason : new Error(String(e.reason)); }); });
(() => {
	let early = fetch(${wasm}, { credentials: 'same-origin' });
	early.catch(() => undefined);
	const fetchAny = self.fetch;
	self.fetch = function (input, init) {
		const url = typeof input === 'string' ? input : input && input.url;
		if (early && url === ${wasm}) {
			const answer = early;
			early = null;
			return answer;
		}
		return fetchAny.call(self, input, init);
	};
	self.TransformStream = undefined;
	const warn = console.warn;
	console.warn = (...a) => { if (!/^instantiating without progress handler/.test(String(a[0]))) warn.apply(console, a); };
})();
importScripts(${JSON.stringify(workerUrl)});`;
}
