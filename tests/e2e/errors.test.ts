// Failures show what went wrong and a Retry that works: a missing database, a corrupt one, an engine that will not start.
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launch, MARK, openApp, type Browser } from './browser';

const base = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

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
	expect(new URL(page.url()).searchParams.get('corpus')).toBeNull();
	await page.close();
});

test('a corrupt database file shows that it is not readable; Retry works', async () => {
	const page = await browser.context.newPage();
	const junk = Buffer.alloc(300_000, 0x5a);
	await page.route('**/corpus.duckdb', (route) => route.fulfill({ status: 200, body: junk, contentType: 'application/octet-stream' }));
	await openApp(page, `${base}/`, true);
	expect(await page.getByTestId('load-error-message').textContent()).toMatch(/not a readable DuckDB database/);
	await page.unroute('**/corpus.duckdb');
	await page.getByTestId('retry').click();
	await page.waitForSelector(MARK, { timeout: 60_000 });
	await page.close();
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
	await page.route('**/corpus.duckdb', async (route) => {
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
