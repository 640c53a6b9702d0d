// The DuckDB worker's wrapper script (worker-script.ts), run against a fake worker global: the .wasm is requested
// before DuckDB's script is even loaded, DuckDB's own request for it gets that response (one download), any other
// request goes to the network, TransformStream is gone (DuckDB then compiles the real response, which V8 can cache),
// and a rejection inside the worker is thrown again (the page's `error` event).
import { describe, expect, it, vi } from 'vitest';
import { workerScript } from '../../../src/lib/db/worker-script';

const WASM = 'http://127.0.0.1:4173/_app/immutable/assets/duckdb-eh.abc.wasm';
const WORKER = 'http://127.0.0.1:4173/_app/immutable/assets/duckdb-browser-eh.worker.abc.js';

function run() {
	const log: string[] = [];
	const listeners: Record<string, (e: unknown) => void> = {};
	const self: Record<string, unknown> = {
		TransformStream: class {},
		addEventListener: (type: string, f: (e: unknown) => void) => (listeners[type] = f),
		fetch: vi.fn(async (input: unknown) => {
			const url = typeof input === 'string' ? input : (input as { url: string }).url;
			log.push(`fetch ${url}`);
			return { url };
		})
	};
	const consoleWarn = vi.fn();
	const fakeConsole = { warn: consoleWarn };
	const importScripts = (url: string) => log.push(`importScripts ${url}`);
	// As in a worker: the global object is `self`, and free names (fetch, console) are its properties.
	new Function('self', 'fetch', 'console', 'importScripts', workerScript(WORKER, WASM))(self, self.fetch, fakeConsole, importScripts);
	return { self, log, listeners, consoleWarn, fakeConsole };
}

describe('the DuckDB worker script', () => {
	it('requests the .wasm before loading DuckDB, and hands that response to DuckDB’s own request', async () => {
		const { self, log } = run();
		expect(log).toEqual([`fetch ${WASM}`, `importScripts ${WORKER}`]);
		const fetch = self.fetch as (input: unknown) => Promise<{ url: string }>;
		// DuckDB asks with a Request for the same address: the response already asked for, no second request.
		expect(await fetch({ url: WASM })).toEqual({ url: WASM });
		expect(log.filter((l) => l.startsWith('fetch'))).toHaveLength(1);
		// Anything else (and the .wasm a second time) is a request of its own.
		await fetch('http://127.0.0.1:4173/other');
		await fetch({ url: WASM });
		expect(log.filter((l) => l.startsWith('fetch'))).toEqual([`fetch ${WASM}`, 'fetch http://127.0.0.1:4173/other', `fetch ${WASM}`]);
	});

	it('leaves DuckDB no TransformStream, and keeps its other warnings', () => {
		const { self, fakeConsole, consoleWarn } = run();
		expect(self.TransformStream).toBeUndefined();
		fakeConsole.warn('instantiating without progress handler since transform streams are unavailable');
		fakeConsole.warn('something else');
		expect(consoleWarn.mock.calls).toEqual([['something else']]);
	});

	it('throws a rejection inside the worker again, for the page to see', () => {
		vi.useFakeTimers();
		try {
			const { listeners } = run();
			listeners.unhandledrejection({ reason: new Error('wasm 404') });
			expect(() => vi.runAllTimers()).toThrow('wasm 404');
		} finally {
			vi.useRealTimers();
		}
	});
});
