// A static file server for build/ (sirv): used by `npm start`, the browser tests and the bench.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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

/**
 * Serves `dir` on 127.0.0.1. `port` 0 takes any free port; a busy fixed port falls back to a free one.
 * The database files are sent uncached so a re-analysed corpus is always fetched fresh.
 */
export async function serve(dir: string, port = 0): Promise<Served> {
	const files = sirv(dir, {
		dev: false,
		etag: true,
		extensions: ['html'],
		setHeaders(res, pathname) {
			if (pathname.endsWith('.duckdb')) res.setHeader('Content-Type', 'application/octet-stream');
			if (pathname.endsWith('.duckdb') || pathname.endsWith('corpora.json')) res.setHeader('Cache-Control', 'no-cache');
		}
	});
	const server = createServer((req, res) =>
		files(req, res, () => {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/plain; charset=utf-8');
			res.end(`Not found: ${req.url}`);
		})
	);
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
