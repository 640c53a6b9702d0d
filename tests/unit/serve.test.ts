// scripts/serve.ts: byte ranges on the corpus files (DuckDB-wasm's probe and reads), hidden files never served,
// precompressed app files, an over-long address answered with a page that says so; and the build's last step
// (scripts/build/output.js): hidden files left out, .br/.gz written.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isHiddenPath, parseRange, REQUEST_TARGET_MAX, serve, type Served } from '../../scripts/serve';
import { precompress, removeHidden } from '../../scripts/build/output.js';
import { URL_MAX_LENGTH } from '../../src/lib/state/url-limit';

describe('parseRange', () => {
	test('one range, open-ended, suffix; past the end is unsatisfiable; several ranges mean the whole file', () => {
		expect(parseRange(undefined, 100)).toBeNull();
		expect(parseRange('bytes=0-9', 100)).toEqual([0, 9]);
		expect(parseRange('bytes=0-', 100)).toEqual([0, 99]);
		expect(parseRange('bytes=90-200', 100)).toEqual([90, 99]);
		expect(parseRange('bytes=-10', 100)).toEqual([90, 99]);
		expect(parseRange('bytes=-500', 100)).toEqual([0, 99]);
		expect(parseRange('bytes=100-', 100)).toBe('unsatisfiable');
		expect(parseRange('bytes=9-3', 100)).toBe('unsatisfiable');
		expect(parseRange('bytes=0-1,5-6', 100)).toBeNull();
		expect(parseRange('items=0-1', 100)).toBeNull();
	});
});

test('isHiddenPath: any segment starting with ".", also percent-encoded', () => {
	expect(isHiddenPath('/data/default/corpus.duckdb')).toBe(false);
	expect(isHiddenPath('/data/.corpus.duckdb.123.tmp')).toBe(true);
	expect(isHiddenPath('/data/default/.rows/x.parquet')).toBe(true);
	expect(isHiddenPath('/data/%2Ecorpus.duckdb.wal')).toBe(true);
	expect(isHiddenPath('/.env')).toBe(true);
});

describe('the server', () => {
	let dir: string;
	let site: Served;
	const db = Buffer.from(Array.from({ length: 50_000 }, (_, i) => i % 251));
	const js = 'console.log("tribune");\n'.repeat(200);

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'h4-serve-'));
		mkdirSync(join(dir, 'data', 'c', '.rows'), { recursive: true });
		mkdirSync(join(dir, '_app'), { recursive: true });
		writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
		writeFileSync(join(dir, 'data', 'c', 'corpus.duckdb'), db);
		writeFileSync(join(dir, 'data', '.corpus.duckdb.77.tmp'), 'partial');
		writeFileSync(join(dir, 'data', 'c', 'corpus.duckdb.wal'), 'not hidden, served');
		writeFileSync(join(dir, 'data', 'c', '.rows', 'part.parquet'), 'rows');
		writeFileSync(join(dir, '.secret'), 'no');
		writeFileSync(join(dir, '_app', 'app.js'), js);
		await precompress(dir, { skip: ['data'] });
		site = await serve(dir, 0);
	});
	afterAll(async () => {
		await site?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	test('a database answers byte ranges: 206 with Content-Range, the HEAD probe DuckDB-wasm sends, 416 past the end', async () => {
		const url = `${site.url}/data/c/corpus.duckdb`;
		const whole = await fetch(url);
		expect(whole.status).toBe(200);
		expect(whole.headers.get('accept-ranges')).toBe('bytes');
		expect(Buffer.from(await whole.arrayBuffer()).equals(db)).toBe(true);

		const part = await fetch(url, { headers: { Range: 'bytes=1000-1999' } });
		expect(part.status).toBe(206);
		expect(part.headers.get('content-range')).toBe(`bytes 1000-1999/${db.length}`);
		expect(part.headers.get('content-length')).toBe('1000');
		expect(Buffer.from(await part.arrayBuffer()).equals(db.subarray(1000, 2000))).toBe(true);

		// DuckDB-wasm's first request: HEAD with "Range: bytes=0-", good iff 206 with the whole length.
		const probe = await fetch(url, { method: 'HEAD', headers: { Range: 'bytes=0-' } });
		expect(probe.status).toBe(206);
		expect(probe.headers.get('content-length')).toBe(String(db.length));

		const past = await fetch(url, { headers: { Range: `bytes=${db.length}-` } });
		expect(past.status).toBe(416);
		expect(past.headers.get('content-range')).toBe(`bytes */${db.length}`);

		// A range asked against another version (If-Range with an old tag) gets the whole current file.
		const stale = await fetch(url, { headers: { Range: 'bytes=0-9', 'If-Range': 'W/"old"' } });
		expect(stale.status).toBe(200);
		expect((await stale.arrayBuffer()).byteLength).toBe(db.length);
	});

	test('hidden files and folders are never served (404), in data/ or elsewhere, however the path is spelled', async () => {
		for (const path of ['/data/.corpus.duckdb.77.tmp', '/data/c/.rows/part.parquet', '/data/%2Ecorpus.duckdb.77.tmp', '/.secret', '/data/c/../.corpus.duckdb.77.tmp']) {
			const r = await fetch(`${site.url}${path}`);
			expect(r.status, path).toBe(404);
			await r.arrayBuffer();
		}
		expect((await fetch(`${site.url}/data/c/corpus.duckdb.wal`)).status).toBe(200);
	});

	test('app files are sent precompressed when the browser accepts it, plain otherwise', async () => {
		const url = `${site.url}/_app/app.js`;
		const get = (enc: string) =>
			new Promise<{ enc: string | undefined; type: string | undefined; body: Buffer }>((resolve, reject) => {
				// node:http, not fetch: fetch would decode the body and hide what was sent.
				import('node:http').then(({ get }) =>
					get(url, { headers: { 'Accept-Encoding': enc } }, (res) => {
						const chunks: Buffer[] = [];
						res.on('data', (c) => chunks.push(c));
						res.on('end', () => resolve({ enc: res.headers['content-encoding'], type: res.headers['content-type'], body: Buffer.concat(chunks) }));
					}).on('error', reject)
				);
			});
		const brotli = await get('gzip, deflate, br');
		expect(brotli.enc).toBe('br');
		expect(brotli.type).toMatch(/javascript/);
		expect(brotliDecompressSync(brotli.body).toString()).toBe(js);
		expect(brotli.body.length).toBeLessThan(js.length / 10);
		const gz = await get('gzip');
		expect(gz.enc).toBe('gzip');
		expect(gunzipSync(gz.body).toString()).toBe(js);
		const plain = await get('identity');
		expect(plain.enc).toBeUndefined();
		expect(plain.body.toString()).toBe(js);
	});

	test('a corpus’s JSON (summary.json) is compressed as it is sent when the browser accepts it: always the file as it is now', async () => {
		const url = `${site.url}/data/c/summary.json`;
		const get = (enc: string) =>
			new Promise<{ enc: string | undefined; vary: string | undefined; body: Buffer }>((resolve, reject) => {
				import('node:http').then(({ get }) =>
					get(url, { headers: { 'Accept-Encoding': enc } }, (res) => {
						const chunks: Buffer[] = [];
						res.on('data', (c) => chunks.push(c));
						res.on('end', () => resolve({ enc: res.headers['content-encoding'], vary: res.headers.vary, body: Buffer.concat(chunks) }));
					}).on('error', reject)
				);
			});
		const first = JSON.stringify({ answers: Array.from({ length: 500 }, (_, i) => ({ term: `t${i % 50}`, n: i })) });
		writeFileSync(join(dir, 'data', 'c', 'summary.json'), first);
		const brotli = await get('gzip, deflate, br');
		expect(brotli.enc).toBe('br');
		expect(brotli.vary).toBe('Accept-Encoding');
		expect(brotliDecompressSync(brotli.body).toString()).toBe(first);
		expect(brotli.body.length).toBeLessThan(first.length / 5);
		// Rewritten by a new analysis while the server runs: the next answer is the new file.
		const second = first.replaceAll('t1', 'u1');
		writeFileSync(join(dir, 'data', 'c', 'summary.json'), second);
		expect(gunzipSync((await get('gzip, br;q=0')).body).toString()).toBe(second);
		const plain = await get('identity');
		expect(plain.enc).toBeUndefined();
		expect(plain.body.toString()).toBe(second);
		// fetch decodes it: what the app reads.
		expect(await (await fetch(url)).text()).toBe(second);
	});

	/** Sends a raw request (no client-side limits) and returns the status line and body. */
	function raw(target: string, extraHeader = ''): Promise<{ status: number; body: string }> {
		return new Promise((resolve, reject) => {
			const { port } = site;
			const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extraHeader}Connection: close\r\n\r\n`));
			let text = '';
			socket.on('data', (d) => (text += d.toString()));
			socket.on('end', () => resolve({ status: Number(text.split(' ')[1]), body: text.slice(text.indexOf('\r\n\r\n') + 4) }));
			socket.on('error', reject);
		});
	}

	test('an address longer than the server serves gets 414 with a page that says what happened; the app limit is well under', async () => {
		expect(URL_MAX_LENGTH).toBeLessThan(REQUEST_TARGET_MAX);
		const ok = await raw(`/?q=${'a'.repeat(20_000)}`);
		expect(ok.status).toBe(200);
		const long = await raw(`/?q=${'a'.repeat(REQUEST_TARGET_MAX)}`);
		expect(long.status).toBe(414);
		expect(long.body).toContain('This address is too long');
		expect(long.body).toContain(URL_MAX_LENGTH.toLocaleString('en-US'));
		// Headers past Node's raised limit: 431, still with a body (Node alone sends none).
		const huge = await raw('/', `X-Big: ${'b'.repeat(70_000)}\r\n`);
		expect(huge.status).toBe(431);
		expect(huge.body).toContain('This address is too long');
	});
});

describe('the build output', () => {
	test('removeHidden deletes hidden files and folders at any depth and keeps the rest', () => {
		const dir = mkdtempSync(join(tmpdir(), 'h4-out-'));
		try {
			mkdirSync(join(dir, 'data', 'sotu', '.rows'), { recursive: true });
			writeFileSync(join(dir, 'data', '.corpus.duckdb.123.tmp'), 'x');
			writeFileSync(join(dir, 'data', 'sotu', 'corpus.duckdb'), 'x');
			writeFileSync(join(dir, 'data', 'sotu', '.corpus.duckdb.wal'), 'x');
			writeFileSync(join(dir, 'data', 'sotu', '.rows', 'a.parquet'), 'x');
			expect(removeHidden(dir).sort()).toEqual(['data/.corpus.duckdb.123.tmp', 'data/sotu/.corpus.duckdb.wal', 'data/sotu/.rows'].sort());
			expect(existsSync(join(dir, 'data', 'sotu', 'corpus.duckdb'))).toBe(true);
			expect(existsSync(join(dir, 'data', 'sotu', '.rows'))).toBe(false);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('precompress writes .br and .gz that decode to the file, skips small files and the skipped folder', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'h4-out-'));
		try {
			mkdirSync(join(dir, 'data'));
			const text = 'function f() { return 1; }\n'.repeat(100);
			writeFileSync(join(dir, 'big.js'), text);
			writeFileSync(join(dir, 'small.js'), 'x()');
			writeFileSync(join(dir, 'data', 'corpora.json'), JSON.stringify({ a: 'b'.repeat(2000) }));
			expect(await precompress(dir, { skip: ['data'] })).toEqual(['big.js']);
			expect(brotliDecompressSync(readFileSync(join(dir, 'big.js.br'))).toString()).toBe(text);
			expect(gunzipSync(readFileSync(join(dir, 'big.js.gz'))).toString()).toBe(text);
			expect(existsSync(join(dir, 'small.js.br'))).toBe(false);
			expect(existsSync(join(dir, 'data', 'corpora.json.br'))).toBe(false);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
