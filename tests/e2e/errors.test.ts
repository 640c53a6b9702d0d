// Failures show what went wrong and a Retry that works: a missing database, a corrupt one, an engine that will not start.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve';
import { expect, inject, test } from 'vitest';
import { sharedBrowser, MARK, openApp } from './browser';

const base = inject('baseURL');
const siteDir = inject('siteDir');
const browser = sharedBrowser();

test('a missing database (404) shows the URL and the error; Retry loads it once it is there', async () => {
	const page = await browser.context.newPage();
	await page.route('**/corpus.duckdb', (route) => route.fulfill({ status: 404, body: 'Not found' }));
	await openApp(page, `${base}/`, true);
	expect(await page.getByTestId('load-error-target').textContent()).toContain('data/default/corpus.duckdb');
	expect(await page.getByTestId('load-error-message').textContent()).toContain('404');
	await page.unroute('**/corpus.duckdb');
	await page.getByTestId('retry').click();
	await page.waitForSelector(MARK, { timeout: 60_000 });
	await page.close();
});

test('a corpus that was never analysed is a real 404 from the server, with a way back to the default corpus', async () => {
	const page = await browser.context.newPage();
	await openApp(page, `${base}/?corpus=not-analysed`, true);
	expect(await page.getByTestId('load-error-target').textContent()).toContain('data/not-analysed/corpus.duckdb');
	expect(await page.getByTestId('load-error-message').textContent()).toContain('404');
	await page.getByRole('button', { name: 'Open the default corpus' }).click();
	await page.waitForSelector(MARK, { timeout: 60_000 });
	await expect.poll(() => new URL(page.url()).searchParams.get('corpus')).toBeNull();
	await page.close();
});

test('a corrupt database file shows that it is not readable; Retry works', async () => {
	const page = await browser.context.newPage();
	const junk = Buffer.alloc(300_000, 0x5a);
	await page.route('**/corpus.duckdb', (route) => route.fulfill({ status: 200, body: junk, contentType: 'application/octet-stream' }));
	await openApp(page, `${base}/`, true);
	expect(await page.getByTestId('load-error-message').textContent()).toMatch(/not a readable DuckDB database.*npm run analyze/);
	await page.unroute('**/corpus.duckdb');
	await page.getByTestId('retry').click();
	await page.waitForSelector(MARK, { timeout: 60_000 });
	await page.close();
});

test('a database one byte short is reported as truncated at once, with what to do', async () => {
	const page = await browser.context.newPage();
	const short = readFileSync(join(siteDir, 'data', 'default', 'corpus.duckdb')).subarray(0, -1);
	await page.route('**/corpus.duckdb', (route) => route.fulfill({ status: 200, body: short, contentType: 'application/octet-stream' }));
	await openApp(page, `${base}/`, true);
	const message = await page.getByTestId('load-error-message').textContent();
	expect(message).toMatch(/truncated/);
	expect(message).toContain('npm run analyze');
	await page.unroute('**/corpus.duckdb');
	await page.getByTestId('retry').click();
	await page.waitForSelector(MARK, { timeout: 60_000 });
	await page.close();
});

test('a site whose app script is gone (rebuilt under a running server) says so, not "Loading…" for ever', async () => {
	// A copy of the site without the app's entry chunk (and its .br/.gz), as after a rebuild renamed it.
	const dir = mkdtempSync(join(tmpdir(), 'tribune-broken-'));
	cpSync(siteDir, dir, { recursive: true, filter: (src) => !src.includes(join('data', 'sotu')) });
	const entry = join(dir, '_app', 'immutable', 'entry');
	const gone = readdirSync(entry).filter((f) => /^app\.[^.]+\.js(\.br|\.gz)?$/.test(f));
	expect(gone.length).toBeGreaterThan(0);
	for (const f of gone) rmSync(join(entry, f));
	const served = await serve(dir, 0);
	const page = await browser.context.newPage();
	try {
		await page.goto(`${served.url}/`);
		const alert = page.getByTestId('app-load-error');
		await alert.waitFor({ timeout: 60_000 });
		const text = await alert.textContent();
		expect(text).toContain('could not load its own scripts');
		expect(text).toContain('npm start');
		expect(await alert.getByRole('button', { name: 'Reload' }).count()).toBe(1);
	} finally {
		await page.close();
		await served.close();
		rmSync(dir, { recursive: true, force: true });
	}
});

test('a WebAssembly engine that will not start is reported, not an endless spinner', async () => {
	const page = await browser.context.newPage();
	await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
	await openApp(page, `${base}/`, true);
	expect(await page.getByTestId('load-error-message').textContent()).toMatch(/engine|worker|WebAssembly/i);
	await page.unroute('**/*.wasm');
	await page.getByTestId('retry').click();
	await page.waitForSelector(MARK, { timeout: 60_000 });
	await page.close();
});

test('while loading, the page says what it loads and how many bytes have arrived', async () => {
	const page = await browser.context.newPage();
	let release!: () => void;
	const gate = new Promise<void>((r) => (release = r));
	// The summary too: the page would be drawn from it (it is asked for at the app's start) before the screen is read.
	for (const file of ['**/corpus.duckdb', '**/summary.json'])
		await page.route(file, async (route) => {
			await gate;
			await route.continue();
		});
	await page.goto(`${base}/`);
	const loading = page.getByTestId('loading');
	await expect.poll(() => loading.textContent()).toContain('Corpus database');
	expect(await loading.textContent()).toContain('DuckDB engine');
	release();
	await page.waitForSelector(MARK, { timeout: 60_000 });
	await page.close();
});

test('a database created after the server started is served, and Retry then loads it', async () => {
	const dir = join(siteDir, 'data', 'late-corpus');
	rmSync(dir, { recursive: true, force: true });
	const page = await browser.context.newPage();
	await openApp(page, `${base}/?corpus=late-corpus`, true);
	expect(await page.getByTestId('load-error-message').textContent()).toContain('404');
	mkdirSync(dir, { recursive: true });
	copyFileSync(join(siteDir, 'data', 'default', 'corpus.duckdb'), join(dir, 'corpus.duckdb'));
	try {
		await page.getByTestId('retry').click();
		await page.waitForSelector(MARK, { timeout: 60_000 });
	} finally {
		await page.close();
		rmSync(dir, { recursive: true, force: true });
	}
});

test('the server sends a replaced database whole and fresh, 404s a deleted one and survives a deletion mid-download', async () => {
	const dir = join(siteDir, 'data', 'swap-corpus');
	const file = join(dir, 'corpus.duckdb');
	const url = `${base}/data/swap-corpus/corpus.duckdb`;
	mkdirSync(dir, { recursive: true });
	try {
		const first = Buffer.alloc(100_000, 1);
		writeFileSync(file, first);
		const r1 = await fetch(url);
		expect(r1.status).toBe(200);
		expect(Buffer.from(await r1.arrayBuffer()).equals(first)).toBe(true);
		const etag1 = r1.headers.get('etag');

		// Re-analysed: a bigger file written beside it and renamed over it.
		const second = Buffer.alloc(3_000_000, 2);
		writeFileSync(file + '.tmp', second);
		renameSync(file + '.tmp', file);
		const r2 = await fetch(url);
		expect(r2.status).toBe(200);
		expect(Number(r2.headers.get('content-length'))).toBe(second.length);
		expect(r2.headers.get('etag')).not.toBe(etag1);
		expect(Buffer.from(await r2.arrayBuffer()).equals(second)).toBe(true);
		// A conditional request with the old tag gets the new file, with the current one a 304.
		expect((await fetch(url, { headers: { 'If-None-Match': etag1! } })).status).toBe(200);
		expect((await fetch(url, { headers: { 'If-None-Match': r2.headers.get('etag')! } })).status).toBe(304);

		// Deleted while a download is under way: that download completes, the next request is a 404.
		const r3 = await fetch(url);
		rmSync(file);
		expect(Buffer.from(await r3.arrayBuffer()).equals(second)).toBe(true);
		expect((await fetch(url)).status).toBe(404);

		// And created again: served.
		writeFileSync(file, first);
		const r4 = await fetch(url);
		expect(r4.status).toBe(200);
		expect(Buffer.from(await r4.arrayBuffer()).equals(first)).toBe(true);
		// The app itself is still served (the server did not crash).
		expect((await fetch(`${base}/`)).status).toBe(200);
		expect(readFileSync(file).length).toBe(first.length);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
