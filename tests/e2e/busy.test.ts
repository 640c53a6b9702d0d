// Every view's region says when it is working: its <section> carries aria-busy="true" from the moment one of its
// queries is asked until the answer is drawn, and false again after — on a term change and on a brush of the timeline.
// Text no query can hold (a NUL in the address's terms) is refused with a notice naming it; nothing spins.
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser, openApp, brushTimeline } from './browser';

const base = inject('baseURL');
const browser = sharedBrowser();

async function fresh(query = ''): Promise<Page> {
	const page = await browser.context.newPage();
	await page.setViewportSize({ width: 1440, height: 1000 });
	await openApp(page, `${base}/${query}`);
	await idle(page);
	return page;
}

/** Waits until no region of the page is busy. */
const idle = (page: Page) => page.waitForFunction(`!document.querySelector('section[aria-busy="true"]')`, null, { timeout: 60_000, polling: 50 });

/** Starts recording every aria-busy value each region takes (read with `seen`). */
const record = (page: Page) =>
	page.evaluate(`(() => {
		window.__busy = {};
		const observer = new MutationObserver((changes) => {
			for (const c of changes) (window.__busy[c.target.id] ??= []).push(c.target.getAttribute('aria-busy'));
		});
		for (const s of document.querySelectorAll('section[aria-busy]')) observer.observe(s, { attributes: true, attributeFilter: ['aria-busy'] });
	})()`);
const seen = (page: Page) => page.evaluate(`window.__busy`) as Promise<Record<string, string[]>>;

test('every view region carries aria-busy, false once drawn', async () => {
	const page = await fresh();
	const regions = await page.$$eval('section[aria-busy]', (els) => els.map((e) => [e.id, e.getAttribute('aria-busy')]));
	expect(regions.map(([id]) => id)).toEqual(expect.arrayContaining(['timeline', 'documents', 'trajectories', 'sentence-lengths', 'contrasts', 'passages']));
	expect(regions.every(([, busy]) => busy === 'false')).toBe(true);
	await page.close();
});

test('a term change makes the term views busy until they have drawn, then not', async () => {
	const page = await fresh();
	await record(page);
	await page.fill('[data-testid="term-input"]', 'uprising, revolution');
	await page.press('[data-testid="term-input"]', 'Enter');
	await expect.poll(async () => (await seen(page)).trajectories ?? []).toContain('true');
	await idle(page);
	const busy = await seen(page);
	expect(busy.trajectories.at(-1)).toBe('false');
	// The views that do not count terms were not disturbed.
	expect(busy['sentence-lengths'] ?? []).toEqual([]);
	await page.close();
});

test('a brush on the timeline makes the selection views busy until they have redrawn, then not', async () => {
	const page = await fresh();
	await record(page);
	await brushTimeline(page, ['lenin-1902-organizational-tasks', 'lenin-1906-moscow-uprising']);
	await expect.poll(async () => Object.keys(await seen(page))).toEqual(expect.arrayContaining(['sentence-lengths', 'contrasts']));
	await idle(page);
	const busy = await seen(page);
	for (const id of ['sentence-lengths', 'contrasts']) {
		expect(busy[id]).toContain('true');
		expect(busy[id].at(-1)).toBe('false');
	}
	await page.waitForSelector('[data-testid="contrasts"][data-state="ready"]', { timeout: 60_000 });
	await page.waitForSelector('[data-testid="sentence-lengths"][data-state="ready"]', { timeout: 60_000 });
	await page.close();
});

test('a NUL in the address’s terms is refused with a notice naming it; the other terms are drawn', async () => {
	const page = await fresh('?terms=so%00viet,discipline');
	const notice = await page.getByTestId('notice').textContent();
	expect(notice).toContain('soU+0000viet');
	expect(notice).toMatch(/NUL/);
	await expect.poll(() => page.getAttribute('[data-testid="trajectories"]', 'data-drawn')).toContain('discipline');
	await idle(page);
	expect(await page.$$eval('[data-testid="query-error"]', (els) => els.length)).toBe(0);
	await page.close();
});

test('a NUL pasted into the term box is refused there with a message, and nothing spins', async () => {
	const page = await fresh();
	await page.fill('[data-testid="term-input"]', 'so\u0000viet, discipline');
	await page.press('[data-testid="term-input"]', 'Enter');
	await expect.poll(() => page.locator('#trajectories [role="alert"]').first().textContent()).toMatch(/U\+0000 \(NUL\)/);
	await idle(page);
	expect(await page.$$eval('[data-testid="query-error"]', (els) => els.length)).toBe(0);
	await page.close();
});
