// A static file server for build/ (sirv): used by `npm start`, the browser tests and the bench.
import { open } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve, sep } from 'node:path';
import sirv from 'sirv';

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
		res.setHeader('Content-Length', st.size);
		if (req.method === 'HEAD') {
			await handle.close();
			return void res.end();
		}
		const stream = handle.createReadStream();
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
		setHeaders(res, pathname) {
			if (pathname.startsWith('/_app/immutable/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
		}
	});
	const server = createServer((req, res) => {
		const pathname = (req.url ?? '/').split('?')[0];
		if (pathname.startsWith('/data/') && (req.method === 'GET' || req.method === 'HEAD')) {
			sendData(dataDir, pathname.slice('/data'.length), req, res).catch(() => res.destroy());
			return;
		}
		files(req, res, () => notFound(req, res));
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
