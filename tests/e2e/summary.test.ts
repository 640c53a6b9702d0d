// The first chart comes from summary.json (written by the pipeline beside corpus.duckdb) while the engine starts: the
// timeline is drawn before DuckDB is ready, every view is then drawn from the database, and the summary is checked
// against it. A summary that is not its database's is found out: the page is drawn again from the database.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser, openApp } from './browser';
import { writeSummary } from '../../analysis/src/write/summary';

const base = inject('baseURL');
const siteDir = inject('siteDir');
const browser = sharedBrowser();

type Edit = (s: { answers: { sql: string; rows: Record<string, unknown>[] }[] }) => void;

/** A copy of the default corpus served as `name`, with its summary.json and view-answers.json (changed by `edit` and
 *  `editViews`, if given). */
async function corpusWithSummary(name: string, edit?: Edit, editViews?: Edit): Promise<void> {
	const dir = join(siteDir, 'data', name);
	mkdirSync(dir, { recursive: true });
	copyFileSync(join(siteDir, 'data', 'default', 'corpus.duckdb'), join(dir, 'corpus.duckdb'));
	const path = await writeSummary(join(dir, 'corpus.duckdb'));
	for (const [file, change] of [[path, edit], [join(dir, 'view-answers.json'), editViews]] as const) {
		if (!change) continue;
		const s = JSON.parse(readFileSync(file, 'utf8'));
		change(s);
		writeFileSync(file, JSON.stringify(s));
	}
}

const at = (page: Page, mark: string) => page.evaluate((m) => performance.getEntriesByName('tribune:' + m)[0]?.startTime ?? null, mark);
const idle = (page: Page) =>
	page.waitForFunction(() => document.querySelectorAll('section[aria-busy]').length > 3 && !document.querySelector('section[aria-busy="true"]'), null, { polling: 50, timeout: 60_000 });

test('draws the timeline from the summary before the engine is ready, then checks the summary against the database', async () => {
	await corpusWithSummary('summary-copy');
	const page = await browser.context.newPage();
	try {
		await openApp(page, `${base}/?corpus=summary-copy`);
		await expect.poll(() => at(page, 'summary-checked'), { timeout: 60_000 }).not.toBeNull();
		const [summary, chart, engine] = [await at(page, 'summary-ready'), await at(page, 'first-chart'), await at(page, 'duckdb-ready')];
		expect(summary).not.toBeNull();
		expect(chart!).toBeLessThan(engine!);
		expect(await at(page, 'summary-stale')).toBeNull();
		await idle(page);
		expect(await page.locator('[data-testid="timeline-mark"]').count()).toBe(5);
		expect(await page.locator('[data-testid="trajectory-point"]').count()).toBeGreaterThan(0);
	} finally {
		await page.close();
	}
});

test('draws every view from the summary while the database is held back, then checks it and asks the database', async () => {
	await corpusWithSummary('held-copy');
	const page = await browser.context.newPage();
	let release = () => {};
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/held-copy/corpus.duckdb', async (route) => {
		await held;
		await route.continue();
	});
	try {
		await openApp(page, `${base}/?corpus=held-copy`);
		// No byte of the database has arrived: every view below is drawn from summary.json alone.
		await idle(page);
		expect(await at(page, 'db-downloaded')).toBeNull();
		expect(await at(page, 'duckdb-ready')).toBeNull();
		// The views' answers came from view-answers.json; the timeline was painted before the views were drawn.
		expect(await at(page, 'view-answers-ready')).not.toBeNull();
		for (const view of ['trajectory', 'profile', 'lengths', 'contrast']) expect(await at(page, 'first-chart'), view).toBeLessThan((await at(page, `${view}-drawn`))!);
		expect(await page.locator('[data-testid="timeline-mark"]').count()).toBe(5);
		expect(await page.locator('[data-testid="trajectory-point"]').count()).toBeGreaterThan(0);
		expect(await page.locator('[data-testid="bin-bar"]').count()).toBeGreaterThan(0);
		expect(await page.locator('[data-testid="length-box"]').count()).toBe(5);
		// textContent, not innerText: an off-screen view is not laid out (content-visibility), and its innerText is empty.
		expect(await page.locator('#contrasts').textContent()).not.toContain('could not be drawn');
		expect(await page.locator('[data-testid="query-error"]').count()).toBe(0);
		release();
		await expect.poll(() => at(page, 'summary-checked'), { timeout: 60_000 }).not.toBeNull();
		expect(await at(page, 'summary-stale')).toBeNull();
		// A question the summary does not answer goes to the database.
		await page.fill('[data-testid="term-input"]', 'uprising, workers');
		await page.press('[data-testid="term-input"]', 'Enter');
		await idle(page);
		expect(await page.locator('[data-testid="trajectory-point"][data-term="workers"]').count()).toBeGreaterThan(0);
	} finally {
		release();
		await page.close();
	}
});

test('a summary that is not its database’s is found out and the page drawn from the database', async () => {
	let real = '';
	await corpusWithSummary('stale-copy', (s) => {
		real = String(s.answers[0].rows[0].title);
		s.answers[0].rows[0].title = 'A title the database does not have';
	});
	const page = await browser.context.newPage();
	const warnings: string[] = [];
	page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
	try {
		await openApp(page, `${base}/?corpus=stale-copy`);
		await expect.poll(() => at(page, 'summary-stale'), { timeout: 60_000 }).not.toBeNull();
		await idle(page);
		const text = (await page.locator('main').textContent()) ?? '';
		expect(text).not.toContain('A title the database does not have');
		expect(text).toContain(real);
		expect(await at(page, 'summary-checked')).toBeNull();
		expect(warnings.join('\n')).toContain('stale-copy/summary.json does not match its database');
	} finally {
		await page.close();
	}
});

test('the views’ answers are asked of the database once it is ready: one that is not its own has the views drawn again', async () => {
	// Every count the trajectories drew at the default address (the term counts per document, part and form that the
	// rates per document or part are summed from) made 1,000 times larger.
	await corpusWithSummary('stale-views', undefined, (s) => {
		const counts = s.answers.find((a) => a.rows.length > 0 && 'form' in a.rows[0] && 'n' in a.rows[0] && 'section' in a.rows[0]);
		if (!counts) throw new Error('no term counts in view-answers.json');
		for (const r of counts.rows) r.n = Number(r.n) * 1000;
	});
	const page = await browser.context.newPage();
	const warnings: string[] = [];
	page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
	const counts = () => page.locator('[data-testid="trajectory-point"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
	try {
		await openApp(page, `${base}/?corpus=stale-views`);
		await expect.poll(() => at(page, 'view-answers-stale'), { timeout: 60_000 }).not.toBeNull();
		await idle(page);
		// The summary itself was the database's; only the views' answers were not.
		expect(await at(page, 'summary-checked')).not.toBeNull();
		expect(await at(page, 'view-answers-checked')).toBeNull();
		const drawn = await counts();
		expect(drawn.length).toBeGreaterThan(0);
		// The default corpus's terms occur a few dozen times in a document at most: none of the inflated counts is left.
		expect(Math.max(...drawn)).toBeLessThan(1000);
		expect(drawn.some((n) => n > 0)).toBe(true);
		expect(warnings.join('\n')).toContain('stale-views/view-answers.json does not match its database');
	} finally {
		await page.close();
	}
});

test('the views’ answers that are the database’s are checked at idle and kept', async () => {
	await corpusWithSummary('checked-views');
	const page = await browser.context.newPage();
	try {
		await openApp(page, `${base}/?corpus=checked-views`);
		await expect.poll(() => at(page, 'view-answers-checked'), { timeout: 60_000 }).not.toBeNull();
		expect(await at(page, 'view-answers-stale')).toBeNull();
		expect(await at(page, 'duckdb-ready')).toBeLessThanOrEqual((await at(page, 'view-answers-checked'))!);
	} finally {
		await page.close();
	}
});
