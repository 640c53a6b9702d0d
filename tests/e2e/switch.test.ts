// Switching corpus from the header's menu reuses the running DuckDB engine (one worker, one .wasm download; the new
// database ATTACHed beside the old one, which stays attached): switching back downloads nothing. Prints how long a
// switch took (a figure, not asserted; `npm run bench` measures it properly).
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

const ready = (page: Page) => page.evaluate(() => performance.getEntriesByName('tribune:corpus-ready').length);
const attached = (page: Page) => page.evaluate(() => performance.getEntriesByName('tribune:attached').length);

test('the corpus menu lists the corpora; switching keeps one engine and takes well under the first load', async () => {
	const dir = join(siteDir, 'data', COPY);
	mkdirSync(dir, { recursive: true });
	copyFileSync(join(siteDir, 'data', 'default', 'corpus.duckdb'), join(dir, 'corpus.duckdb'));
	const page = await browser.context.newPage();
	const workers: string[] = [];
	const wasm: string[] = [];
	const databases: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));
	page.on('request', (r) => {
		if (r.url().endsWith('.wasm')) wasm.push(r.url());
		if (r.url().endsWith('/corpus.duckdb')) databases.push(new URL(r.url()).pathname.split('/').at(-2)!);
	});
	try {
		await listTwo(page);
		const t0 = Date.now();
		await openApp(page, `${base}/`);
		const first = Date.now() - t0;
		const select = page.getByTestId('corpus-select');
		expect(await select.locator('option').allTextContents()).toEqual(['The default corpus', 'A copy']);

		const switched: number[] = [];
		for (const [name, n] of [[COPY, 2], ['default', 3], [COPY, 4]] as const) {
			const t = Date.now();
			await select.selectOption(name);
			await expect.poll(() => ready(page)).toBe(n);
			await page.waitForSelector(MARK);
			await page.waitForFunction(() => !document.querySelector('section[aria-busy="true"]'), null, { polling: 50 });
			switched.push(Date.now() - t);
			// The address is written when the page is next idle.
			await expect.poll(() => new URL(page.url()).searchParams.get('corpus')).toBe(name === 'default' ? null : name);
			expect(await page.getByTestId('corpus-select').inputValue()).toBe(name);
		}
		expect(page.url()).toContain(COPY);
		// One DuckDB worker and one engine download for the page's life; each database downloaded and ATTACHed once:
		// switching back finds it still attached.
		// (The app's own workers, for the contrast and the bootstrap, are not DuckDB's.)
		expect(workers.filter((u) => !/\/(contrast|bootstrap)\.worker-/.test(u))).toHaveLength(1);
		expect(wasm.length).toBe(1);
		expect(databases).toEqual(['default', COPY]);
		expect(await attached(page)).toBe(2);
		console.log(`[switch] first load ${first} ms; switch to the copy ${switched[0]} ms, back ${switched[1]} ms, to the copy again ${switched[2]} ms (every view drawn)`);
	} finally {
		await page.close();
		rmSync(dir, { recursive: true, force: true });
	}
});
