// Switching corpus from the header's menu reuses the running DuckDB engine (one worker, one .wasm download; the old
// database DETACHed, the new one ATTACHed). Prints how long a switch took (a figure, not asserted).
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser, MARK, openApp } from './browser';

const base = inject('baseURL');
const siteDir = inject('siteDir');
const browser = sharedBrowser();
const COPY = 'switch-copy';

/** The corpora list the page sees: the default corpus and a copy of it under another name. */
async function listTwo(page: Page): Promise<void> {
	await page.route('**/data/corpora.json', (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify([{ name: 'default', title: 'The default corpus' }, { name: COPY, title: 'A copy' }]) })
	);
}

const loads = (page: Page) => page.evaluate(() => performance.getEntriesByName('tribune:duckdb-ready').length);

test('the corpus menu lists the corpora; switching keeps one engine and takes well under the first load', async () => {
	const dir = join(siteDir, 'data', COPY);
	mkdirSync(dir, { recursive: true });
	copyFileSync(join(siteDir, 'data', 'default', 'corpus.duckdb'), join(dir, 'corpus.duckdb'));
	const page = await browser.context.newPage();
	const workers: string[] = [];
	const wasm: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));
	page.on('request', (r) => {
		if (r.url().endsWith('.wasm')) wasm.push(r.url());
	});
	try {
		await listTwo(page);
		const t0 = Date.now();
		await openApp(page, `${base}/`);
		const first = Date.now() - t0;
		const select = page.getByTestId('corpus-select');
		expect(await select.locator('option').allTextContents()).toEqual(['The default corpus', 'A copy']);

		const switched: number[] = [];
		for (const [name, n] of [[COPY, 2], ['default', 3]] as const) {
			const t = Date.now();
			await select.selectOption(name);
			await expect.poll(() => loads(page)).toBe(n);
			await page.waitForSelector(MARK);
			switched.push(Date.now() - t);
			expect(new URL(page.url()).searchParams.get('corpus')).toBe(name === 'default' ? null : name);
		}
		expect(page.url()).not.toContain(COPY);
		// One DuckDB worker and one engine download for the page's life.
		expect(workers.length).toBe(1);
		expect(wasm.length).toBe(1);
		console.log(`[switch] first load ${first} ms; switch to the copy ${switched[0]} ms, back ${switched[1]} ms`);
	} finally {
		await page.close();
		rmSync(dir, { recursive: true, force: true });
	}
});
