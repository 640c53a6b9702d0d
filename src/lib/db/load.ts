// The vocabulary of loading a corpus (stages, progress, errors) and the download with progress.
// Kept apart from engine.ts so pages can use it without pulling DuckDB-wasm into the server render.

/** What the loader is doing, for the loading screen. */
export type LoadStage = 'engine' | 'download' | 'attach' | 'ready';

export interface LoadProgress {
	stage: LoadStage;
	/** The WebAssembly engine has started (it starts while the database downloads). */
	engineReady: boolean;
	/** Bytes of the database received so far. */
	loaded: number;
	/** Total bytes of the database, when the server says (Content-Length). */
	total: number | null;
}

/** A failure at a named stage, with the file or URL concerned, for the error screen. */
export class LoadError extends Error {
	constructor(
		readonly stage: LoadStage,
		readonly target: string,
		message: string
	) {
		super(message);
		this.name = 'LoadError';
	}
}

export const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Rejects after `ms` with a LoadError, so a stuck worker or network shows an error, never an endless spinner. */
export function withTimeout<T>(p: Promise<T>, ms: number, stage: LoadStage, target: string, what: string): Promise<T> {
	let timer: ReturnType<typeof setTimeout>;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new LoadError(stage, target, `${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
	});
	return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** What to do when a corpus database cannot be used: said at the end of every such error. */
export const ANALYZE_HINT = 're-run `npm run analyze` for this corpus (or `npm run corpus:sotu` for SOTU), then Retry';

// A DuckDB file: a 4 KiB main header ("DUCK" at byte 8), two 4 KiB database headers, then whole blocks (16 KiB or a
// larger power of two). A size that is not whole blocks is a file cut short; DuckDB-wasm would not say so (it waits
// on a read past the end), so it is checked here before the ATTACH.
const HEADERS = 3 * 4096;
const MIN_BLOCK = 16_384;

/** Why these first bytes and this size cannot be a whole DuckDB database (a sentence ending with the fix), or null. */
export function databaseProblem(head: Uint8Array, size: number): string | null {
	const magic = head.length >= 12 && String.fromCharCode(head[8], head[9], head[10], head[11]) === 'DUCK';
	if (size === 0) return `The database file is empty: ${ANALYZE_HINT}.`;
	if (head.length >= 12 && !magic) return `The file is not a readable DuckDB database (no DuckDB header): ${ANALYZE_HINT}.`;
	if (size < HEADERS || (size - HEADERS) % MIN_BLOCK !== 0)
		return `The file is truncated (${size.toLocaleString('en-US')} bytes is not a whole number of DuckDB blocks; it was probably cut short while being written or copied): ${ANALYZE_HINT}.`;
	return null;
}

/**
 * Fetches the database at `url` into memory, reporting bytes as they arrive. A body shorter than its Content-Length,
 * or bytes that cannot be a whole DuckDB file, fail at once (DuckDB-wasm would wait on a read past the end).
 */
export async function fetchDatabase(url: string, onBytes: (loaded: number, total: number | null) => void, signal?: AbortSignal): Promise<Uint8Array> {
	let response: Response;
	try {
		response = await fetch(url, { signal });
	} catch (e) {
		throw new LoadError('download', url, `The database could not be fetched: ${errorMessage(e)}`);
	}
	if (!response.ok) {
		const hint = response.status === 404 ? ' — file not found; has this corpus been analysed? (npm run analyze)' : '';
		throw new LoadError('download', url, `The server answered ${response.status} ${response.statusText}`.trim() + hint);
	}
	const fail = (message: string | null) => {
		if (message) throw new LoadError('download', url, message);
	};
	const header = Number(response.headers.get('content-length'));
	const total = Number.isFinite(header) && header > 0 && !response.headers.get('content-encoding') ? header : null;
	if (!response.body) {
		const buf = new Uint8Array(await response.arrayBuffer());
		onBytes(buf.byteLength, total);
		fail(databaseProblem(buf.subarray(0, 16), buf.byteLength));
		return buf;
	}
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let loaded = 0;
	onBytes(0, total);
	for (;;) {
		let next: ReadableStreamReadResult<Uint8Array>;
		try {
			next = await reader.read();
		} catch (e) {
			throw new LoadError('download', url, `The download broke off after ${loaded.toLocaleString('en-US')} bytes: ${errorMessage(e)}`);
		}
		if (next.done) break;
		chunks.push(next.value);
		loaded += next.value.byteLength;
		onBytes(loaded, total);
	}
	performance.mark('tribune:db-downloaded');
	if (total !== null && loaded !== total)
		fail(`The file is truncated: ${loaded.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} bytes arrived (the server or the connection cut it short). Retry; if it persists, ${ANALYZE_HINT}.`);
	const bytes = concat(chunks, loaded);
	fail(databaseProblem(bytes.subarray(0, 16), loaded));
	return bytes;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
	if (chunks.length === 1) return chunks[0];
	const bytes = new Uint8Array(length);
	let at = 0;
	for (const c of chunks) {
		bytes.set(c, at);
		at += c.byteLength;
	}
	return bytes;
}
