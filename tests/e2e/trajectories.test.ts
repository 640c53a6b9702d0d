// Term trajectories in a browser: type a term, the charts change, a point opens KWIC lines that all contain the
// term (as many as its count), a line opens the Reader at its sentence; bins, the author view, reload.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openApp, type Browser } from './browser';
import { readDb } from './db';

const base = inject('baseURL');
const siteDir = inject('siteDir');
const POINT = '[data-testid="trajectory-point"]';
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

async function fresh(query = ''): Promise<Page> {
	const page = await browser.context.newPage();
	await openApp(page, `${base}/${query}`);
	await page.waitForSelector(POINT, { timeout: 60_000 });
	return page;
}

/** Types terms into the term box and waits until both term charts show them. */
async function typeTerms(page: Page, text: string, labels: string[]): Promise<void> {
	await page.fill('[data-testid="term-input"]', text);
	await page.press('[data-testid="term-input"]', 'Enter');
	const key = labels.join(',');
	await page.waitForFunction(
		(k) => ['trajectories', 'document-profile'].every((id) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-drawn')?.startsWith(k + '|')),
		key,
		{ timeout: 30_000 }
	);
}

const pointCounts = (page: Page, term: string) =>
	page.$$eval(`${POINT}[data-term="${term}"]`, (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-group')!, Number(e.getAttribute('data-count'))])));

describe('term trajectories', () => {
	test('opens with uprising, soviet, discipline: one point per term and document', async () => {
		const page = await fresh();
		const docs = await readDb<{ n: number }>(siteDir, 'SELECT count(*)::INTEGER AS n FROM documents');
		for (const term of ['uprising', 'soviet', 'discipline']) expect(Object.keys(await pointCounts(page, term))).toHaveLength(docs[0].n);
		expect((await pointCounts(page, 'uprising'))['lenin-1906-moscow-uprising']).toBeGreaterThan(0);
		await page.close();
	});

	test('type a term, see the chart change, click a point, read its KWIC lines and open the Reader', async () => {
		const page = await fresh();
		await typeTerms(page, 'barricade*', ['barricade*']);
		expect(new URL(page.url()).searchParams.get('terms')).toBe('barricade*');
		expect(await page.locator(`${POINT}[data-term="uprising"]`).count()).toBe(0);

		// The counts on the chart are the database's, counted here independently over the tokens.
		const expected = await readDb<{ doc_id: string; n: number }>(
			siteDir,
			`SELECT d.doc_id, count(t.token_id)::INTEGER AS n FROM documents d LEFT JOIN tokens t ON t.doc_id = d.doc_id AND t.is_word
			 AND (starts_with(t.lower, 'barricade') OR starts_with(t.lemma, 'barricade')) GROUP BY d.doc_id`
		);
		const shown = await pointCounts(page, 'barricade*');
		expect(shown).toEqual(Object.fromEntries(expected.map((r) => [r.doc_id, r.n])));

		// The point with the most occurrences opens exactly those occurrences.
		const [docId, count] = Object.entries(shown).sort((a, b) => b[1] - a[1])[0];
		expect(count).toBeGreaterThan(0);
		await page.click(`${POINT}[data-term="barricade*"][data-group="${docId}"]`);
		await page.waitForSelector('[data-testid="kwic-line"]');
		await expect.poll(() => page.locator('[data-testid="kwic-line"]').count()).toBe(Math.min(count, 100));
		const lines = await page.$$eval('[data-testid="kwic-line"]', (rows) =>
			rows.map((r) => ({ doc: r.getAttribute('data-doc-id'), sentence: Number(r.getAttribute('data-sentence')), match: r.querySelector('[data-testid="kwic-match"]')!.textContent!.trim(), text: r.textContent! }))
		);
		for (const l of lines) {
			expect(l.doc).toBe(docId);
			expect(l.match.toLowerCase()).toMatch(/^barricade/);
			expect(l.text.toLowerCase()).toContain('barricade');
		}
		expect(await page.textContent('[data-testid="passages-count"]')).toContain(String(count));

		// A line opens the Reader at its sentence, in view, with the match highlighted.
		const pick = lines[Math.min(2, lines.length - 1)];
		await page.locator('[data-testid="kwic-match"]').nth(Math.min(2, lines.length - 1)).click();
		const reader = page.locator('[data-testid="reader"]');
		await reader.waitFor();
		await expect.poll(() => reader.getAttribute('data-sentence')).toBe(String(pick.sentence));
		const sentence = reader.locator(`.sentence[data-sentence="${pick.sentence}"]`);
		await expect.poll(() => sentence.locator('mark').count()).toBeGreaterThan(0);
		expect((await sentence.locator('mark').first().textContent())!.toLowerCase()).toMatch(/^barricade/);
		const inView = () =>
			sentence.evaluate((el) => {
				const body = el.closest('.body')!.getBoundingClientRect();
				const r = el.getBoundingClientRect();
				return r.bottom > body.top && r.top < body.bottom;
			});
		await expect.poll(inView).toBe(true);
		const url = new URL(page.url());
		expect([url.searchParams.get('read'), url.searchParams.get('rs')]).toEqual([docId, String(pick.sentence)]);

		// Next match moves on (and wraps round), and the URL follows.
		if (count > 1) {
			const before = await page.textContent('[data-testid="reader-position"]');
			await page.click('[data-testid="reader-next"]');
			await expect.poll(() => page.textContent('[data-testid="reader-position"]')).not.toBe(before);
		}

		// Reload restores the passages and the Reader.
		await page.reload();
		await page.waitForSelector('[data-testid="reader"] mark', { timeout: 60_000 });
		expect(await page.locator('[data-testid="kwic-line"]').count()).toBe(Math.min(count, 100));
		await page.close();
	});

	test('a bin opens exactly the occurrences in it, and DP is shown per term', async () => {
		const page = await fresh('?doc=lenin-1906-moscow-uprising&bins=5');
		await page.waitForSelector('[data-testid="bin-bar"]');
		const bars = await page.$$eval('[data-testid="bin-bar"]', (els) => els.map((e) => Number(e.getAttribute('data-count'))));
		expect(bars).toHaveLength(15);
		const i = bars.findIndex((c) => c > 0);
		await page.locator('[data-testid="bin-bar"]').nth(i).click();
		await page.waitForSelector('[data-testid="kwic-line"]');
		await expect.poll(() => page.locator('[data-testid="kwic-line"]').count()).toBe(bars[i]);
		const dp = await page.$$eval('[data-testid="dp-table"] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-dp')));
		expect(dp).toHaveLength(3);
		expect(Number(dp[0])).toBeGreaterThan(0);
		// One tick per occurrence in the document.
		const ticks = await page.locator('[data-testid="occurrence-tick"]').count();
		expect(ticks).toBe(bars.reduce((a, b) => a + b, 0));
		await page.close();
	});

	test('the year axis cuts the same long empty stretch out of the timeline and the trajectories, with years on both sides', async () => {
		const page = await fresh();
		const breaks = (chart: string) =>
			page.$$eval(`${chart} [data-testid="axis-break"]`, (els) => els.map((e) => [Number(e.getAttribute('data-from')), Number(e.getAttribute('data-to'))]));
		const ticks = (chart: string) => page.$$eval(`${chart} .axis.x text:not(.label)`, (els) => els.map((e) => Number(e.textContent)));
		const cut = await breaks('#timeline');
		// The default corpus: 1902–1918, then 2017.
		expect(cut).toHaveLength(1);
		expect(await breaks('[data-testid="trajectories"]')).toEqual(cut);
		const years = (await readDb<{ year: number }>(siteDir, 'SELECT DISTINCT year FROM documents')).map((r) => r.year);
		const [[from, to]] = cut;
		expect(years.filter((y) => y > from && y < to)).toEqual([]);
		for (const chart of ['#timeline', '[data-testid="trajectories"]']) {
			const t = await ticks(chart);
			expect(t.some((y) => y < from) && t.some((y) => y > to), chart).toBe(true);
		}
		await page.close();
	});

	test('the author view pools documents per author', async () => {
		const page = await fresh('?level=authors');
		const authors = await readDb<{ author: string }>(siteDir, 'SELECT DISTINCT author FROM documents');
		const groups = await pointCounts(page, 'uprising');
		expect(Object.keys(groups).sort()).toEqual(authors.map((a) => a.author).sort());
		await page.click(`${POINT}[data-term="uprising"][data-group="V. I. Lenin"]`);
		await page.waitForSelector('[data-testid="kwic-line"]');
		const docs = await page.$$eval('[data-testid="kwic-line"]', (rows) => [...new Set(rows.map((r) => r.getAttribute('data-doc-id')))]);
		expect(docs.every((d) => d!.startsWith('lenin-'))).toBe(true);
		expect(await page.locator('[data-testid="kwic-line"]').count()).toBe(groups['V. I. Lenin']);
		await page.close();
	});
});
