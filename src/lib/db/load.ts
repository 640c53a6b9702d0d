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

/** Fetches `url` into memory, reporting bytes as they arrive. */
export async function fetchBytes(url: string, onBytes: (loaded: number, total: number | null) => void, signal?: AbortSignal): Promise<Uint8Array> {
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
	const header = Number(response.headers.get('content-length'));
	const total = Number.isFinite(header) && header > 0 ? header : null;
	if (!response.body) {
		const buf = new Uint8Array(await response.arrayBuffer());
		onBytes(buf.byteLength, total);
		return buf;
	}
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let loaded = 0;
	onBytes(0, total);
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		loaded += value.byteLength;
		onBytes(loaded, total);
	}
	performance.mark('tribune:db-downloaded');
	if (loaded === 0) throw new LoadError('download', url, 'The database file is empty');
	const bytes = new Uint8Array(loaded);
	let at = 0;
	for (const c of chunks) {
		bytes.set(c, at);
		at += c.byteLength;
	}
	return bytes;
}
