// The sentence-length view in a browser: it draws for the shared selection, its A-against-B medians are the
// database's, brushing a length range (or clicking a bar) lists exactly those sentences in the Passages panel, a line
// opens the Reader at its sentence, and the address restores the view and the list.
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { addressWritten, MARK, sharedBrowser, openApp } from './browser';
import { readDb } from './db';

const base = inject('baseURL');
const siteDir = inject('siteDir');
const LENIN = ['lenin-1902-organizational-tasks', 'lenin-1906-moscow-uprising'];
const VIEW = '[data-testid="sentence-lengths"]';
const LINE = '[data-testid="sentence-line"]';
const browser = sharedBrowser();

const inList = (ids: string[]) => ids.map((id) => `'${id}'`).join(', ');

async function fresh(query: string): Promise<Page> {
	const page = await browser.context.newPage();
	await page.setViewportSize({ width: 1440, height: 1000 });
	await openApp(page, `${base}/${query}`);
	await page.waitForSelector(`${VIEW}[data-state="ready"]`, { timeout: 60_000 });
	return page;
}

const sentencesReady = (page: Page) => page.waitForSelector('[data-testid="passages"][data-state="ready"]', { timeout: 60_000 });

/** The lines of the sentence list: document, sentence, length and group as the page shows them. */
const lines = (page: Page) =>
	page.$$eval(LINE, (rows) =>
		rows.map((r) => ({
			doc: r.getAttribute('data-doc-id')!,
			sentence: Number(r.getAttribute('data-sentence')),
			words: Number(r.getAttribute('data-words')),
			group: r.getAttribute('data-group')!
		}))
	);

/** Every listed sentence's length as the database has it. */
async function dbLengths(ls: { doc: string; sentence: number }[]): Promise<number[]> {
	const rows = await readDb<{ doc_id: string; sentence_id: number; n_words: number }>(
		siteDir,
		`SELECT doc_id, sentence_id, n_words FROM sentences WHERE (doc_id, sentence_id) IN (${ls.map((l) => `('${l.doc}', ${l.sentence})`).join(', ')})`
	);
	const by = new Map(rows.map((r) => [`${r.doc_id}:${r.sentence_id}`, Number(r.n_words)]));
	return ls.map((l) => by.get(`${l.doc}:${l.sentence}`) ?? NaN);
}

describe('sentence lengths', () => {
	test('draws for the selection, with the medians of A and B as the database has them', async () => {
		const page = await fresh(`?a=${LENIN.join(',')}`);
		const boxes = await page.$$eval('[data-testid="length-box"]', (els) => els.map((e) => [e.getAttribute('data-key'), e.getAttribute('data-group')]));
		const docs = await readDb<{ doc_id: string }>(siteDir, 'SELECT doc_id FROM documents');
		expect(boxes).toHaveLength(docs.length);
		for (const [key, grp] of boxes) expect(grp).toBe(LENIN.includes(key!) ? 'A' : 'B');

		const [m] = await readDb<{ a: number; b: number }>(
			siteDir,
			`SELECT quantile_cont(n_words, 0.5) FILTER (WHERE doc_id IN (${inList(LENIN)})) AS a,
				quantile_cont(n_words, 0.5) FILTER (WHERE doc_id NOT IN (${inList(LENIN)})) AS b
			 FROM sentences WHERE NOT is_heading`
		);
		const statement = page.locator('[data-testid="length-comparison"]');
		expect(await statement.getAttribute('data-status')).toBe('ok');
		expect(Number(await statement.getAttribute('data-median-a'))).toBe(Number(m.a));
		expect(Number(await statement.getAttribute('data-median-b'))).toBe(Number(m.b));
		const text = (await statement.textContent())!;
		expect(text).toContain(`Median sentence in A: ${Number(m.a)} words`);
		expect(text).toMatch(/95% CI .+ Mann–Whitney U = [\d,.]+, p [<=] [\d.]+; a sentence of A is longer than one of B with probability 0\.\d\d\./);
		// Its definitions are the corpus's own.
		const [def] = await readDb<{ value: string }>(siteDir, `SELECT value FROM meta WHERE key = 'def_sentence'`);
		expect(await page.textContent('[data-testid="length-definitions"]')).toContain(def.value);
		await page.close();
	});

	test('over time, the ring of group A follows each click on the timeline (points kept between selections are redrawn where they change)', async () => {
		const page = await fresh('');
		const ringed = () =>
			page.$$eval('[data-testid="length-time-point"]', (els) => els.filter((e) => e.classList.contains('a')).map((e) => e.getAttribute('data-unit')));
		const docs = await page.$$eval(MARK, (els) => els.map((e) => e.getAttribute('data-doc-id')!));
		for (const doc of [docs[1], docs[3], docs[1]]) {
			await page.click(`${MARK}[data-doc-id="${doc}"]`);
			await page.waitForFunction((d) => document.querySelector(`[data-testid="sentence-lengths"][data-state="ready"][data-drawn*='"${d}"']`), doc, { timeout: 60_000 });
			expect(await ringed()).toEqual([doc]);
		}
		await page.close();
	});

	test('a brushed range of lengths lists exactly those sentences, longest first; a line opens the Reader there', async () => {
		const page = await fresh(`?a=${LENIN.join(',')}&sb=5`);
		const hist = page.locator('#sentence-lengths .frame').filter({ has: page.locator('[data-testid="length-bar"]') });
		await hist.scrollIntoViewIfNeeded();
		const overlay = (await hist.locator('[data-testid="brush"] .overlay').boundingBox())!;
		const from = (await hist.locator('[data-testid="length-bar"][data-group="A"][data-lo="20"]').boundingBox())!;
		const to = (await hist.locator('[data-testid="length-bar"][data-group="A"][data-lo="40"]').boundingBox())!;
		// Drag along the top of the plot, above the bars, from inside the 20s to inside the 30s.
		const y = overlay.y + 1;
		await page.mouse.move(from.x + 2, y);
		await page.mouse.down();
		await page.mouse.move((from.x + to.x) / 2, y, { steps: 4 });
		await page.mouse.move(to.x - 2, y, { steps: 4 });
		await page.mouse.up();
		await sentencesReady(page);
		await page.waitForSelector(LINE);

		// The range chosen is read from the address: once written (when the page is idle).
		await addressWritten(page);
		const pl = new URL(page.url()).searchParams.get('pl')!;
		expect(pl).toMatch(/^\d+-\d+$/);
		const [min, max] = pl.split('-').map(Number);
		expect(min).toBeGreaterThanOrEqual(20);
		expect(max).toBeLessThanOrEqual(40);
		expect(max).toBeGreaterThan(min);
		expect(new URL(page.url()).searchParams.get('pg')).toBe('AB');

		const listed = await lines(page);
		const real = await dbLengths(listed);
		for (const [i, n] of real.entries()) {
			expect(n).toBeGreaterThanOrEqual(min);
			expect(n).toBeLessThanOrEqual(max);
			expect(listed[i].words).toBe(n);
		}
		// A's block first, longest first within it.
		const groupsSeen = listed.map((l) => l.group);
		expect(groupsSeen.indexOf('B') === -1 || groupsSeen.lastIndexOf('A') < groupsSeen.indexOf('B')).toBe(true);
		const aWords = listed.filter((l) => l.group === 'A').map((l) => l.words);
		expect(aWords).toEqual([...aWords].sort((p, q) => q - p));
		// As many as the database has in that range (every document is in A or B).
		const [count] = await readDb<{ n: number }>(siteDir, `SELECT count(*)::INTEGER AS n FROM sentences WHERE NOT is_heading AND n_words BETWEEN ${min} AND ${max}`);
		expect(await page.textContent('[data-testid="sentences-count"]')).toContain(count.n.toLocaleString('en'));
		// The first block is A's, headed with A's count in that range.
		const [inA] = await readDb<{ n: number }>(
			siteDir,
			`SELECT count(*)::INTEGER AS n FROM sentences WHERE NOT is_heading AND n_words BETWEEN ${min} AND ${max} AND doc_id IN (${inList(LENIN)})`
		);
		const block = page.locator('[data-testid="group-block"]').first();
		expect(await block.getAttribute('data-group')).toBe('A');
		expect(await block.textContent()).toContain(`In group A: ${inA.n.toLocaleString('en')} sentence`);

		// A line opens the Reader at its sentence.
		const pick = listed[Math.min(3, listed.length - 1)];
		await page.locator('[data-testid="sentence-open"]').nth(Math.min(3, listed.length - 1)).click();
		const reader = page.locator('[data-testid="reader"]');
		await reader.waitFor();
		await expect.poll(() => reader.getAttribute('data-doc-id')).toBe(pick.doc);
		await expect.poll(() => reader.getAttribute('data-sentence')).toBe(String(pick.sentence));
		await expect.poll(() => reader.locator(`.sentence.active[data-sentence="${pick.sentence}"]`).count()).toBe(1);
		await expect
			.poll(() => {
				const url = new URL(page.url());
				return [url.searchParams.get('read'), url.searchParams.get('rs')];
			})
			.toEqual([pick.doc, String(pick.sentence)]);
		await page.close();
	});

	test('a bar lists its group’s sentences of its bin; the shortest first on request', async () => {
		const page = await fresh(`?a=${LENIN.join(',')}&sb=5`);
		await page.locator('[data-testid="length-bar"][data-group="B"][data-lo="10"]').click();
		await sentencesReady(page);
		await page.waitForSelector(LINE);
		await expect.poll(() => new URL(page.url()).searchParams.get('pl')).toBe('10-14');
		let listed = await lines(page);
		expect(new Set(listed.map((l) => l.group))).toEqual(new Set(['B']));
		for (const n of await dbLengths(listed)) expect(n >= 10 && n <= 14).toBe(true);
		const [count] = await readDb<{ n: number }>(
			siteDir,
			`SELECT count(*)::INTEGER AS n FROM sentences WHERE NOT is_heading AND n_words BETWEEN 10 AND 14 AND doc_id NOT IN (${inList(LENIN)})`
		);
		expect(Number(await page.locator('[data-testid="length-bar"][data-group="B"][data-lo="10"]').getAttribute('data-n'))).toBe(count.n);
		await page.click('[data-order="short"]');
		await expect.poll(async () => (await lines(page))[0]?.words).toBe(10);
		listed = await lines(page);
		expect(listed.map((l) => l.words)).toEqual([...listed.map((l) => l.words)].sort((p, q) => p - q));
		await page.close();
	});

	test('the address restores the view and its sentence list', async () => {
		const page = await fresh(`?a=${LENIN.join(',')}`);
		await page.selectOption('[data-testid="length-unit"]', 'authors');
		await page.fill('[data-testid="length-window"]', '40');
		await page.press('[data-testid="length-window"]', 'Enter');
		await page.selectOption('[data-testid="length-doc"]', 'trotsky-1918-soviet-power');
		await page.waitForFunction(() => {
			const el = document.querySelector('[data-testid="sentence-lengths"]');
			return el?.getAttribute('data-state') === 'ready' && el.getAttribute('data-drawn')!.includes('"author",');
		});
		// A box lists its sentences.
		await page.locator('[data-testid="length-box"][data-key="Leon Trotsky"]').click();
		await sentencesReady(page);
		await page.waitForSelector(LINE);
		// Reopened below: the address once written (when the page is idle).
		await addressWritten(page);
		const url = page.url();
		expect(new URL(url).searchParams.get('su')).toBe('authors');
		expect(new URL(url).searchParams.get('sw')).toBe('40');
		expect(new URL(url).searchParams.get('sd')).toBe('trotsky-1918-soviet-power');
		const title = await page.textContent('[data-testid="passages-title"]');
		const count = await page.textContent('[data-testid="sentences-count"]');
		await page.close();

		const again = await browser.context.newPage();
		await again.setViewportSize({ width: 1440, height: 1000 });
		await openApp(again, url);
		await again.waitForSelector(`${VIEW}[data-state="ready"]`, { timeout: 60_000 });
		await sentencesReady(again);
		expect(await again.inputValue('[data-testid="length-unit"]')).toBe('authors');
		expect(await again.inputValue('[data-testid="length-window"]')).toBe('40');
		expect(await again.inputValue('[data-testid="length-doc"]')).toBe('trotsky-1918-soviet-power');
		const keys = await again.$$eval('[data-testid="length-box"]', (els) => els.map((e) => e.getAttribute('data-key')));
		const authors = await readDb<{ author: string }>(siteDir, 'SELECT DISTINCT author FROM documents');
		expect(new Set(keys)).toEqual(new Set(authors.map((a) => a.author)));
		expect(await again.textContent('[data-testid="passages-title"]')).toBe(title);
		expect(await again.textContent('[data-testid="sentences-count"]')).toBe(count);
		const [trotsky] = await readDb<{ n: number }>(siteDir, `SELECT count(*)::INTEGER AS n FROM sentences s JOIN documents d USING (doc_id) WHERE NOT is_heading AND d.author = 'Leon Trotsky'`);
		expect(count).toContain(trotsky.n.toLocaleString('en'));
		await again.close();
	});
	test('the sentences’ points are on a canvas that lets the boxes under it be clicked; a point lists its length in its document; the picture draws every point', async () => {
		const doc = LENIN[1];
		const page = await fresh(`?a=${LENIN.join(',')}&sp=1`);
		const row = page.locator(`[data-testid="length-box"][data-key="${doc}"]`);
		await row.scrollIntoViewIfNeeded();
		const svg = page.locator(`${VIEW} svg`).filter({ has: row });
		expect(await page.locator(`${VIEW} circle[data-testid="length-point"]`).count()).toBe(0);
		// Along the row's middle until the pointer is on a point (the chart's cursor says so).
		const r = (await row.boundingBox())!;
		let length = 0;
		for (let x = r.x; x < r.x + r.width && !length; x += 2) {
			await page.mouse.move(x, r.y + r.height / 2);
			if ((await svg.evaluate((e) => e.style.cursor)) === 'pointer') {
				await page.mouse.down();
				await page.mouse.up();
				await expect.poll(() => new URL(page.url()).searchParams.get('pl')).toMatch(/^(\d+)-\1$/);
				length = Number(new URL(page.url()).searchParams.get('pl')!.split('-')[0]);
			}
		}
		expect(length).toBeGreaterThan(0);
		await sentencesReady(page);
		await page.waitForSelector(LINE);
		const listed = await lines(page);
		expect(new Set(listed.map((l) => `${l.doc} ${l.words}`))).toEqual(new Set([`${doc} ${length}`]));
		expect(await dbLengths(listed)).toEqual(listed.map(() => length));

		// Every sentence is a point: the picture has each as an SVG circle; the page goes back to the canvas.
		const [{ n }] = await readDb<{ n: number }>(siteDir, 'SELECT count(*)::INTEGER AS n FROM sentences WHERE NOT is_heading');
		const download = page.waitForEvent('download');
		await page.getByRole('group', { name: /^Export Sentence lengths per document/ }).getByRole('button', { name: 'SVG', exact: true }).click();
		const picture = readFileSync((await (await download).path())!, 'utf8');
		expect(picture.match(/data-testid="length-point"/g)?.length).toBe(n);
		await expect.poll(() => page.locator(`${VIEW} circle[data-testid="length-point"]`).count()).toBe(0);

		// Without every point, the middle of a box has none: a click there is the box's (its shortest to its longest).
		await page.getByTestId('length-points').uncheck();
		const iqr = row.locator('rect.iqr');
		await iqr.click();
		const [min, max] = [await row.getAttribute('data-min'), await row.getAttribute('data-max')];
		await expect.poll(() => new URL(page.url()).searchParams.get('pl')).toBe(`${min}-${max}`);
		await page.close();
	});
	test('the document pickers have widths of their own (not their widest option\'s), and fit at 390 px', async () => {
		const page = await fresh('');
		// A select sized by its options measures every option again whenever its value changes (233 documents in the
		// State of the Union: ~30 ms a new term or selection). Its width is the same with one short option or a long one.
		for (const id of ['length-doc', 'profile-doc']) {
			const widths = await page.getByTestId(id).evaluate((e) => {
				const kept = [...e.children];
				const measure = (text: string) => {
					const o = document.createElement('option');
					o.textContent = text;
					e.replaceChildren(o);
					return e.getBoundingClientRect().width;
				};
				const out = [measure('Short'), measure('A very long title '.repeat(20))];
				e.replaceChildren(...kept);
				return out;
			});
			expect(widths[0], id).toBeGreaterThan(200);
			expect(widths[1], id).toBe(widths[0]);
		}
		await page.setViewportSize({ width: 390, height: 900 });
		await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
		for (const id of ['length-doc', 'profile-doc']) {
			const box = (await page.getByTestId(id).boundingBox())!;
			expect(box.x + box.width, id).toBeLessThanOrEqual(390);
		}
		await page.close();
	});
});
