// A static file server for build/ (sirv): used by `npm start`, the browser tests and the bench. The app's files are
// sent precompressed (.br/.gz written at build time, svelte.config.js) when the browser accepts it; a corpus database
// answers byte ranges (DuckDB-wasm reads a large one that way); hidden files are never served; an over-long address
// gets a page that says so.
import { open } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip as gzipCallback } from 'node:zlib';
import sirv from 'sirv';
import { URL_MAX_LENGTH } from '../src/lib/state/url-limit';

const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCallback);

/** Longest request target served: well above the app's own limit, so a hand-edited address still opens. */
export const REQUEST_TARGET_MAX = 4 * URL_MAX_LENGTH;
/** Node's limit on the request head (16 KiB by default), raised so that the 414 page below is what a long address gets. */
const MAX_HEADER_SIZE = 64 * 1024;

export interface Served {
	url: string;
	port: number;
	server: Server;
	close: () => Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
	return new Promise((resolve, reject) => {
		const onError = (e: Error) => {
			server.off('listening', onListening);
			reject(e);
		};
		const onListening = () => {
			server.off('error', onError);
			resolve((server.address() as AddressInfo).port);
		};
		server.once('error', onError);
		server.once('listening', onListening);
		server.listen(port, '127.0.0.1');
	});
}

const TYPES: Record<string, string> = { '.json': 'application/json; charset=utf-8', '.duckdb': 'application/octet-stream' };

const compressed = new Map<string, { tag: string; body: Promise<Buffer> }>();

/** `file` compressed with `encoding`, made once per version (`tag`) off the main thread; a failure is not kept. */
function compressedJson(file: string, tag: string, encoding: 'br' | 'gzip', read: () => Promise<Buffer>): Promise<Buffer> {
	const key = `${encoding} ${file}`;
	const known = compressed.get(key);
	if (known?.tag === tag) return known.body;
	const body = read().then((raw) =>
		encoding === 'br' ? brotli(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } }) : gzip(raw)
	);
	compressed.set(key, { tag, body });
	body.catch(() => compressed.get(key)?.body === body && compressed.delete(key));
	return body;
}

/** The compression to send a JSON file with: brotli, else gzip, when the request accepts it (q=0 refuses). */
export function acceptedEncoding(header: string | string[] | undefined): 'br' | 'gzip' | null {
	const accepted = new Set(
		String(header ?? '')
			.split(',')
			.map((part) => part.trim().split(';'))
			.filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q ?? ''))
			.map(([name]) => name.trim().toLowerCase())
	);
	return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null;
}

/** The single byte range asked for: [start, end] inclusive, 'unsatisfiable', or null for the whole file. */
export function parseRange(header: string | undefined, size: number): [number, number] | 'unsatisfiable' | null {
	if (!header) return null;
	const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
	// Several ranges, or another unit: the whole file (allowed by RFC 9110).
	if (!m || (m[1] === '' && m[2] === '')) return null;
	if (m[1] === '') {
		const suffix = Number(m[2]);
		if (suffix === 0 || size === 0) return 'unsatisfiable';
		return [Math.max(0, size - suffix), size - 1];
	}
	const start = Number(m[1]);
	const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
	if (start >= size || end < start) return 'unsatisfiable';
	return [start, end];
}

/** True when a path segment names a hidden file or folder (".x", also "%2Ex"): never served. */
export function isHiddenPath(pathname: string): boolean {
	let path = pathname;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		// Undecodable: checked as it is.
	}
	return path.split(/[/\\]/).some((seg) => seg.startsWith('.'));
}

function tooLong(res: ServerResponse, length: number): void {
	res.statusCode = 414;
	res.setHeader('Content-Type', 'text/plain; charset=utf-8');
	res.end(longAddressText(length));
}

const longAddressText = (length: number | null) =>
	`This address is too long${length === null ? '' : ` (${length.toLocaleString('en-US')} characters)`}: Tribune serves addresses of up to ${REQUEST_TARGET_MAX.toLocaleString('en-US')} characters, and the app itself writes at most ${URL_MAX_LENGTH.toLocaleString('en-US')}.\nOpen the app without the query (the part after "?") and choose fewer terms or documents.\n`;

function notFound(req: IncomingMessage, res: ServerResponse): void {
	res.statusCode = 404;
	res.setHeader('Content-Type', 'text/plain; charset=utf-8');
	res.end(`Not found: ${req.url}`);
}

/**
 * Sends a file under `dataDir` as it is now: the corpus files are replaced (temp file + rename), deleted and
 * created while the server runs, so nothing is cached. The file is opened first and its size, ETag and bytes all
 * come from that one open file, so a replacement or deletion mid-request cannot mix versions or crash the server.
 */
async function sendData(dataDir: string, pathname: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
	let rel: string;
	try {
		rel = decodeURIComponent(pathname);
	} catch {
		return notFound(req, res);
	}
	const file = resolve(dataDir, '.' + rel);
	if (!file.startsWith(dataDir + sep)) return notFound(req, res);
	let handle;
	try {
		handle = await open(file, 'r');
	} catch {
		return notFound(req, res);
	}
	try {
		const st = await handle.stat();
		if (!st.isFile()) {
			await handle.close();
			return notFound(req, res);
		}
		const etag = `W/"${st.ino.toString(16)}-${st.size.toString(16)}-${Math.round(st.mtimeMs).toString(16)}"`;
		res.setHeader('ETag', etag);
		res.setHeader('Last-Modified', st.mtime.toUTCString());
		res.setHeader('Cache-Control', 'no-cache');
		const ext = file.slice(file.lastIndexOf('.'));
		res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
		if (req.headers['if-none-match'] === etag) {
			await handle.close();
			res.statusCode = 304;
			return void res.end();
		}
		const encoding = ext === '.json' && !req.headers.range ? acceptedEncoding(req.headers['accept-encoding']) : null;
		if (encoding) {
			// view-answers.json holds every view's first answers (MBs on a large corpus, a seventh of it compressed): compressed
			// once per version of the file (its tag), so that no compressed copy can outlive the file it was made from.
			const body = await compressedJson(file, etag, encoding, () => handle.readFile());
			await handle.close();
			res.setHeader('Vary', 'Accept-Encoding');
			res.setHeader('Content-Encoding', encoding);
			res.setHeader('Content-Length', body.length);
			return void res.end(req.method === 'HEAD' ? undefined : body);
		}
		res.setHeader('Accept-Ranges', 'bytes');
		// If-Range with another version's tag: the whole current file, not a piece of it mixed with the old one.
		const ifRange = req.headers['if-range'];
		const range = ifRange && ifRange !== etag ? null : parseRange(req.headers.range, st.size);
		if (range === 'unsatisfiable') {
			await handle.close();
			res.statusCode = 416;
			res.setHeader('Content-Range', `bytes */${st.size}`);
			return void res.end();
		}
		const [start, end] = range ?? [0, st.size - 1];
		if (range) {
			res.statusCode = 206;
			res.setHeader('Content-Range', `bytes ${start}-${end}/${st.size}`);
		}
		res.setHeader('Content-Length', st.size === 0 ? 0 : end - start + 1);
		if (req.method === 'HEAD' || st.size === 0) {
			await handle.close();
			return void res.end();
		}
		const stream = handle.createReadStream({ start, end });
		stream.on('error', () => res.destroy());
		res.on('close', () => stream.destroy());
		stream.pipe(res);
	} catch {
		await handle.close().catch(() => {});
		if (!res.headersSent) notFound(req, res);
		else res.destroy();
	}
}

/**
 * Serves `dir` on 127.0.0.1. `port` 0 takes any free port; a busy fixed port falls back to a free one.
 * The app (fixed once built) is indexed at start, its hashed assets cached for good; `data/` (the corpora,
 * re-analysed while the server runs) is read afresh on every request.
 */
export async function serve(dir: string, port = 0): Promise<Served> {
	const dataDir = resolve(dir, 'data');
	const files = sirv(dir, {
		dev: false,
		etag: true,
		extensions: ['html'],
		// The .br/.gz beside a file (written at build time) are sent when the browser accepts them.
		brotli: true,
		gzip: true,
		setHeaders(res, pathname) {
			if (pathname.startsWith('/_app/immutable/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
		}
	});
	const server = createServer({ maxHeaderSize: MAX_HEADER_SIZE }, (req, res) => {
		const target = req.url ?? '/';
		if (target.length > REQUEST_TARGET_MAX) return tooLong(res, target.length);
		const pathname = target.split('?')[0];
		if (isHiddenPath(pathname)) return notFound(req, res);
		if (pathname.startsWith('/data/') && (req.method === 'GET' || req.method === 'HEAD')) {
			sendData(dataDir, pathname.slice('/data'.length), req, res).catch(() => res.destroy());
			return;
		}
		files(req, res, () => notFound(req, res));
	});
	// A request head over MAX_HEADER_SIZE: Node would answer a bare 431; this one says what happened.
	server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
		if (!socket.writable) return socket.destroy();
		const body = err.code === 'HPE_HEADER_OVERFLOW' ? longAddressText(null) : 'Bad request\n';
		const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
		socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
	});
	let actual: number;
	try {
		actual = await listen(server, port);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw e;
		actual = await listen(server, 0);
	}
	const url = `http://127.0.0.1:${actual}`;
	return {
		url,
		port: actual,
		server,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections?.();
				server.close(() => resolve());
			})
	};
}
