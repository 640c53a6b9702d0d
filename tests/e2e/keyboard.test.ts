// The dashboard from the keyboard alone: a skip link per view, one tab stop per chart with arrows, Home and End
// inside, a timeline mark chosen with Enter, and a year range marked with arrows and Shift+arrows on the brush.
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser, MARK, openApp, urlGroupA } from './browser';
import { readDb } from './db';

const base = inject('baseURL');
const siteDir = inject('siteDir');
const browser = sharedBrowser();

async function fresh(query = ''): Promise<Page> {
	const page = await browser.context.newPage();
	await page.setViewportSize({ width: 1280, height: 900 });
	await openApp(page, `${base}/${query}`);
	return page;
}

/** What has the keyboard focus: its test id, doc id, the chart it is in, and whether it is a mark. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const e = document.activeElement;
		return {
			testid: e?.getAttribute('data-testid') ?? null,
			docId: e?.getAttribute('data-doc-id') ?? null,
			id: e?.id ?? null,
			section: e?.closest('section.panel')?.id ?? null,
			mark: !!e?.matches('[data-mark-button]'),
			chart: e?.closest('svg') ? [...document.querySelectorAll('svg')].indexOf(e.closest('svg')!) : -1
		};
	});

/** Presses Tab until `done` holds for what has focus (at most `max` times); returns how many presses it took. */
async function tabUntil(page: Page, done: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 60, key = 'Tab'): Promise<number> {
	for (let i = 1; i <= max; i++) {
		await page.keyboard.press(key);
		if (done(await focused(page))) return i;
	}
	throw new Error(`focus did not get there in ${max} presses of ${key}`);
}

describe('keyboard', () => {
	test('a skip link per view, shown when focused, moves focus to the next view', async () => {
		const page = await fresh();
		await tabUntil(page, (f) => f.testid === 'skip-timeline');
		const link = page.getByTestId('skip-timeline');
		expect(await link.textContent()).toBe('Skip to Documents');
		await expect.poll(() => link.evaluate((e) => getComputedStyle(e).opacity)).toBe('1');
		const box = (await link.boundingBox())!;
		expect(box.height).toBeGreaterThan(10);
		await page.keyboard.press('Enter');
		expect((await focused(page)).id).toBe('documents-h');
		// Every view but the last has one.
		const ids = await page.$$eval('section.panel', (s) => s.map((x) => [x.id, !!x.querySelector(':scope > .skip-link')] as const));
		expect(ids.slice(0, -1).every(([, has]) => has)).toBe(true);
		await page.close();
	});

	test('a timeline mark is reached with Tab and chosen with Enter; arrows move between marks; Tab leaves the chart', async () => {
		const docs = await readDb<{ doc_id: string }>(siteDir, 'SELECT doc_id FROM documents');
		const page = await fresh();
		await tabUntil(page, (f) => f.section === 'timeline' && f.mark);
		const first = await focused(page);
		// One tab stop in the chart.
		expect(await page.$$eval(`#timeline ${MARK}`, (m) => m.filter((e) => e.getAttribute('tabindex') === '0').length)).toBe(1);
		await page.keyboard.press('Enter');
		await expect.poll(() => urlGroupA(page)).toEqual([first.docId]);
		// Arrows visit every mark once, in order, and stop at the end; Home goes back to the first.
		const visited = [first.docId];
		for (let i = 1; i < docs.length; i++) {
			await page.keyboard.press('ArrowRight');
			visited.push((await focused(page)).docId);
		}
		expect(new Set(visited).size).toBe(docs.length);
		await page.keyboard.press('ArrowRight');
		expect((await focused(page)).docId).toBe(visited[visited.length - 1]);
		await page.keyboard.press('Home');
		expect((await focused(page)).docId).toBe(first.docId);
		await page.keyboard.press('End');
		const last = await focused(page);
		expect(last.docId).toBe(visited[visited.length - 1]);
		// The focused mark is now the chart's tab stop; Tab goes on out of the chart, Shift+Tab comes back to it.
		expect(await page.$$eval(`#timeline ${MARK}`, (m) => m.filter((e) => e.getAttribute('tabindex') === '0').map((e) => e.getAttribute('data-doc-id')))).toEqual([last.docId]);
		await page.keyboard.press('Tab');
		const after = await focused(page);
		expect(after.chart === last.chart && after.mark).toBe(false);
		await page.keyboard.press('Shift+Tab');
		expect((await focused(page)).docId).toBe(last.docId);
		await page.close();
	});

	test('every chart with marks is one tab stop', async () => {
		const page = await fresh('?terms=soviet');
		await page.waitForSelector('[data-testid="trajectory-point"]', { timeout: 60_000 });
		const stops = await page.$$eval('svg', (svgs) =>
			svgs
				.map((s) => [s.querySelectorAll('[data-mark-button]').length, s.querySelectorAll('[data-mark-button][tabindex="0"]').length])
				.filter(([n]) => n > 0)
		);
		expect(stops.length).toBeGreaterThan(1);
		for (const [, tabbable] of stops) expect(tabbable).toBe(1);
		// Into the trajectories: one Tab reaches a point, arrows move along the chart.
		await tabUntil(page, (f) => f.testid === 'trajectory-point', 200);
		const a = await focused(page);
		await page.keyboard.press('ArrowRight');
		const b = await focused(page);
		expect(b.testid).toBe('trajectory-point');
		expect(b.chart).toBe(a.chart);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBeTruthy();
		await page.close();
	});

	test('a year range is marked on the timeline with arrows and Shift+arrows and chosen with Enter', async () => {
		const docs = await readDb<{ doc_id: string; year: number }>(siteDir, 'SELECT doc_id, year::INTEGER AS year FROM documents ORDER BY date');
		const page = await fresh();
		await tabUntil(page, (f) => f.testid === 'brush');
		await page.keyboard.press('ArrowRight');
		const range = page.getByTestId('brush-range');
		const start = Number(await range.textContent());
		expect(start).toBeLessThanOrEqual(docs[0].year);
		// Widen to the second document's year.
		const to = docs[1].year;
		for (let i = start; i < to; i++) await page.keyboard.press('Shift+ArrowRight');
		expect(await range.textContent()).toBe(`${start}–${to}`);
		await page.keyboard.press('Enter');
		const want = docs.filter((d) => d.year >= start && d.year <= to).map((d) => d.doc_id);
		expect(want.length).toBeGreaterThanOrEqual(2);
		await expect.poll(() => [...urlGroupA(page)].sort()).toEqual([...want].sort());
		await page.close();
	});
});
