// No corpus string runs as script (issue 12): on tests/fixtures/corpora/script-injection, whose titles, authors, texts and
// facet hold markup, <script>, javascript: URLs, template syntax and spreadsheet formulas (each would set window.__pwned
// if it ran), the app is opened and used — timeline tooltips, documents table, trajectories, contrasts, passages, the
// reader, the data page, the CSV export — and nothing ran, no element came from the corpus, and the strings show as text.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { csvParse } from 'd3';
import { analyzeCorpus } from '../../analysis/src/pipeline';
import { FIXTURE_CORPORA } from '../fixtures/corpus-db';
import { sharedBrowser, MARK, openApp } from './browser';
import { readDb } from './db';

const base = inject('baseURL');
const siteDir = inject('siteDir');
const browser = sharedBrowser();
const CORPUS = 'script-injection';

let docs: { doc_id: string; author: string; title: string }[];
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
	await analyzeCorpus({ corpus: join(FIXTURE_CORPORA, CORPUS), out: join(siteDir, 'data') });
	docs = await readDb(siteDir, 'SELECT doc_id, author, title FROM documents ORDER BY date', CORPUS);
}, 180_000);

afterAll(() => page?.close());

/** What the corpus could have done to the page: the trap's value, elements with handlers or script URLs, stray scripts. */
async function damage(p: Page) {
	return p.evaluate(() => ({
		pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
		handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).map((e) => e.outerHTML.slice(0, 80)),
		scriptUrls: [...document.querySelectorAll('[href],[src],[action],[formaction]')]
			.filter((e) => ['href', 'src', 'action', 'formaction'].some((a) => /^\s*javascript:/i.test(e.getAttribute(a) ?? '')))
			.map((e) => e.outerHTML.slice(0, 80)),
		corpusImages: document.querySelectorAll('img[src="x"], svg[onload]').length,
		corpusScripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length
	}));
}

const clean = { pwned: null, handlers: [], scriptUrls: [], corpusImages: 0, corpusScripts: 0 };

describe('a corpus of hostile strings', () => {
	test('is analysed as text: the strings are stored as written', () => {
		expect(docs.map((d) => d.doc_id)).toEqual(['img-1905', 'link-1917', 'quote-1920']);
		expect(docs[0].author).toBe(`<img src=x onerror="window.__pwned='author-img'">`);
	});

	test('the timeline and its tooltips, trajectories, contrasts and passages show the strings as text and run none', async () => {
		page = await browser.context.newPage();
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		page.on('pageerror', (e) => pageErrors.push(e.message));
		await page.setViewportSize({ width: 1440, height: 1000 });
		await openApp(page, `${base}/?corpus=${CORPUS}&terms=bread,peace&pt=bread&colorby=party`);
		// The facet's values in the colour legend (the timeline's), the titles in the documents table: as text.
		await expect.poll(() => page.locator('#timeline .legend').first().textContent()).toContain(`<svg onload="window.__pwned='facet-svg'">`);
		await expect.poll(() => page.getByTestId('documents-table').textContent()).toContain(docs[0].title);
		// Every timeline mark's tooltip holds its author and title as text.
		for (const d of docs) {
			await page.locator(`${MARK}[data-doc-id="${d.doc_id}"]`).hover();
			const tip = page.getByRole('tooltip');
			await expect.poll(() => tip.textContent()).toContain(d.author);
			expect(await tip.textContent()).toContain(d.title);
		}
		// A click puts a document in group A: the contrasts and group views render with the hostile names.
		await page.locator(`${MARK}[data-doc-id="img-1905"]`).click();
		await expect.poll(() => new URL(page.url()).searchParams.get('a')).toBe('img-1905');
		// Trajectory points' tooltips.
		const point = page.locator('[data-testid="trajectory-point"]').first();
		await point.waitFor({ timeout: 60_000 });
		await point.hover();
		await expect.poll(() => page.getByRole('tooltip').textContent()).toMatch(/bread|peace/);
		// Passages: the KWIC lines hold the markup as text.
		await page.waitForSelector('[data-testid="passages"][data-state="ready"]', { timeout: 60_000 });
		const lines = (await page.getByTestId('kwic-line').allTextContents()).join('\n');
		expect(lines).toContain('<img src=x onerror=');
		expect(await page.getByTestId('passages').textContent()).toMatch(/<img src=x onerror=|=HYPERLINK/);
		expect(await damage(page)).toEqual(clean);
	});

	test('the reader shows a whole text of markup as text', async () => {
		await page.locator('[data-testid="kwic-match"]').first().click();
		await page.waitForSelector('[data-testid="reader"][data-state="ready"]', { timeout: 60_000 });
		const text = (await page.getByTestId('reader').textContent())!;
		expect(text).toContain(`<script>window.__pwned = 'text-script'</script>`);
		expect(text).toContain(`<svg onload="window.__pwned='text-svg'">`);
		expect(await damage(page)).toEqual(clean);
		await page.keyboard.press('Escape');
	});

	test('the passages CSV holds the strings, every formula-like cell neutralised', async () => {
		const files: Promise<{ name: string; text: string }>[] = [];
		const two = new Promise<void>((resolve) =>
			page.on('download', (d: Download) => files.push(d.path().then((p) => ({ name: d.suggestedFilename(), text: readFileSync(p!, 'utf8') }))) === 2 && resolve())
		);
		await page.locator('[data-testid="passages"] .tools').getByRole('button', { name: 'CSV', exact: true }).click();
		await two;
		const csv = (await Promise.all(files)).find((f) => f.name.endsWith('.csv'))!;
		const rows = csvParse(csv.text);
		expect(rows.length).toBeGreaterThan(5);
		const cells = rows.flatMap((r) => Object.values(r) as string[]);
		expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
		expect(cells.some((c) => c.includes('<img src=x onerror='))).toBe(true);
		expect(cells.some((c) => c.startsWith("'=HYPERLINK("))).toBe(true);
	});

	test('the data page lists the hostile corpus and runs nothing', async () => {
		await page.goto(`${base}/tables?corpus=${CORPUS}`);
		await page.waitForSelector('[data-testid="data-page"][data-state="ready"]', { timeout: 60_000 });
		expect(await damage(page)).toEqual(clean);
	});

	test('the payloads are live: the same author string, parsed as HTML, does fire (so the checks above can fail)', async () => {
		const probe = await browser.context.newPage();
		try {
			await probe.goto(`${base}/tables?corpus=${CORPUS}`);
			await probe.evaluate((html) => {
				document.body.insertAdjacentHTML('beforeend', html);
			}, docs[0].author);
			await expect.poll(() => probe.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBe('author-img');
			expect((await damage(probe)).handlers).toHaveLength(1);
		} finally {
			await probe.close();
		}
	});

	test('no payload fired anywhere: no dialog, no page error', () => {
		expect(dialogs).toEqual([]);
		expect(pageErrors).toEqual([]);
	});
});
