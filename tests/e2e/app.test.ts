// The dashboard shell in a browser: static build, same-origin requests, the timeline against the database,
// selection ↔ URL (click, reload, back), the table, group B, and a stale URL.
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { brushTimeline, sharedBrowser, markGroups, MARK, openApp, urlGroupA } from './browser';
import { readDb } from './db';

const base = inject('baseURL');
const siteDir = inject('siteDir');
const browser = sharedBrowser();
let docs: { doc_id: string; year: number; author: string; n_words: number; date: string }[];

beforeAll(async () => {
	docs = await readDb(siteDir, 'SELECT doc_id, year, author, n_words, date FROM documents ORDER BY date');
});

async function fresh(query = ''): Promise<Page> {
	const page = await browser.context.newPage();
	await openApp(page, `${base}/${query}`);
	return page;
}

describe('loading', () => {
	test('the page loads from the static build and makes no request outside its origin', async () => {
		browser.requests.length = 0;
		const page = await fresh();
		await expect.poll(() => page.evaluate(() => performance.getEntriesByName('tribune:first-chart').length)).toBe(1);
		// The first chart may be drawn from summary.json before the engine is fetched: wait until the engine is up.
		await expect.poll(() => page.evaluate(() => performance.getEntriesByName('tribune:duckdb-ready').length)).toBe(1);
		const origin = new URL(base).origin;
		const urls = browser.requests.map((r) => r.url());
		const foreign = urls.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
		expect(foreign).toEqual([]);
		// The engine, its worker and the database really were fetched (and so recorded) from the page's origin.
		expect(urls.some((u) => /duckdb-.*\.wasm$/.test(u))).toBe(true);
		expect(urls.some((u) => /duckdb-browser-.*worker.*\.js$/.test(u))).toBe(true);
		expect(urls.some((u) => u.endsWith('/data/default/corpus.duckdb'))).toBe(true);
		// One engine bundle of the two in the build is downloaded, brotli-compressed (precompressed at build time).
		const wasm = browser.requests.filter((r) => /duckdb-.*\.wasm$/.test(r.url()));
		expect(wasm.length).toBe(1);
		const answer = await wasm[0].response();
		expect(answer?.headers()['content-encoding']).toBe('br');
		expect(answer?.headers()['content-type']).toBe('application/wasm');
		await page.close();
	});

	test('the build holds no hidden files, and a .br and .gz beside each engine file', () => {
		const all = readdirSync(siteDir, { recursive: true }).map(String);
		expect(all.filter((f) => f.split(/[\\/]/).some((seg) => seg.startsWith('.')))).toEqual([]);
		const wasm = all.filter((f) => f.endsWith('.wasm'));
		expect(wasm.length).toBeGreaterThan(0);
		for (const f of wasm) for (const ext of ['.br', '.gz']) expect(all, f + ext).toContain(f + ext);
	});

	test('the timeline has one mark per document, at its year, in date order along x', async () => {
		const page = await fresh();
		const marks = await page.$$eval(MARK, (els) =>
			els.map((e) => ({ id: e.getAttribute('data-doc-id')!, year: Number(e.getAttribute('data-year')), author: e.getAttribute('data-author'), cx: Number(e.getAttribute('cx')) }))
		);
		expect(marks.length).toBe(docs.length);
		for (const d of docs) {
			const m = marks.filter((x) => x.id === d.doc_id);
			expect(m.length, d.doc_id).toBe(1);
			expect(m[0].year).toBe(d.year);
			expect(m[0].author).toBe(d.author);
		}
		const byDate = docs.map((d) => marks.find((m) => m.id === d.doc_id)!.cx);
		expect([...byDate].sort((a, b) => a - b)).toEqual(byDate);
		// The year axis is labelled and its ticks bracket the documents' years.
		const ticks = (await page.$$eval('#timeline .axis.x text', (t) => t.map((x) => x.textContent ?? ''))).filter((t) => /^\d{4}$/.test(t)).map(Number);
		expect(await page.locator('#timeline .axis.x .label').textContent()).toBe('Year');
		expect(Math.min(...ticks)).toBeLessThanOrEqual(Math.min(...docs.map((d) => d.year)) + 10);
		expect(Math.max(...ticks)).toBeGreaterThanOrEqual(Math.max(...docs.map((d) => d.year)) - 10);
		// Parts dated apart from their document (Lenin's 1904 preface and postface) are small linked marks.
		const parts = await readDb<{ doc_id: string; year: number }>(
			siteDir,
			'SELECT DISTINCT s.doc_id, s.date, s.year FROM sections s JOIN documents d USING (doc_id) WHERE s.date <> d.date'
		);
		const partMarks = await page.$$eval('[data-testid="section-mark"]', (els) => els.map((e) => ({ doc_id: e.getAttribute('data-doc-id'), year: Number(e.getAttribute('data-year')) })));
		expect(partMarks.sort((a, b) => a.year - b.year)).toEqual(parts.map((p) => ({ doc_id: p.doc_id, year: p.year })).sort((a, b) => a.year - b.year));
		await page.close();
	});

	test('hovering a mark shows title, author, date, kind, words and sentences', async () => {
		const page = await fresh();
		const d = docs[docs.length - 1];
		await page.locator(`${MARK}[data-doc-id="${d.doc_id}"]`).hover();
		const tip = page.getByRole('tooltip');
		await expect.poll(() => tip.textContent()).toContain(d.author);
		const text = (await tip.textContent())!;
		for (const label of ['Date', 'Kind', 'Words', 'Sentences']) expect(text).toContain(label);
		expect(text).toContain(d.date);
		expect(text).toContain(d.n_words.toLocaleString('en-US'));
		await page.close();
	});
});

describe('selection and the URL', () => {
	test('a click selects and updates the URL; reload restores it; back restores the previous selection', async () => {
		const page = await fresh();
		const [first, second] = [docs[docs.length - 1].doc_id, docs[2].doc_id];
		await page.locator(`${MARK}[data-doc-id="${first}"]`).click();
		await expect.poll(() => urlGroupA(page)).toEqual([first]);
		// Group membership is a query (src/lib/db/groups.ts): it follows the address within a moment.
		await expect.poll(async () => (await markGroups(page))[first]).toBe('A');
		await expect.poll(() => page.locator(`tr[data-doc-id="${first}"]`).getAttribute('class')).toMatch(/\ba\b/);

		await page.locator(`${MARK}[data-doc-id="${second}"]`).click();
		await expect.poll(() => urlGroupA(page)).toEqual([second]);

		await page.reload();
		await page.waitForSelector(MARK);
		expect(urlGroupA(page)).toEqual([second]);
		await expect.poll(async () => (await markGroups(page))[second]).toBe('A');
		await expect.poll(async () => (await markGroups(page))[first]).toBe('B');

		await page.goBack();
		await expect.poll(() => urlGroupA(page)).toEqual([first]);
		await expect.poll(async () => (await markGroups(page))[first]).toBe('A');
		await expect.poll(async () => (await markGroups(page))[second]).toBe('B');

		await page.goBack();
		await expect.poll(() => urlGroupA(page)).toEqual([]);
		await expect.poll(async () => Object.values(await markGroups(page)).filter((g) => g === 'A').length).toBe(0);
		await page.close();
	});

	test('shift-click adds to group A; brushing a range of years selects the documents in it', async () => {
		const page = await fresh();
		const [d1, d2] = [docs[0].doc_id, docs[docs.length - 1].doc_id];
		await page.locator(`${MARK}[data-doc-id="${d1}"]`).click();
		await page.locator(`${MARK}[data-doc-id="${d2}"]`).click({ modifiers: ['Shift'] });
		await expect.poll(() => urlGroupA(page).sort()).toEqual([d1, d2].sort());

		// Drag from left of the 1917 mark to right of the 1918 mark, along an empty part of the plot.
		const inRange = docs.filter((d) => d.year >= 1910 && d.year <= 1930);
		expect(inRange.length).toBeGreaterThan(0);
		await brushTimeline(page, inRange.map((d) => d.doc_id));
		await expect.poll(() => urlGroupA(page).sort()).toEqual(inRange.map((d) => d.doc_id).sort());
		await page.close();
	});

	test('the documents table sorts by a column and selects from the keyboard', async () => {
		const page = await fresh();
		const table = page.getByTestId('documents-table');
		await table.getByRole('button', { name: /^Words/ }).click();
		const ids = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-doc-id')));
		expect(ids).toEqual([...docs].sort((a, b) => b.n_words - a.n_words).map((d) => d.doc_id));
		await expect.poll(() => table.locator('th[aria-sort="descending"]').textContent()).toContain('Words');

		const target = docs[1].doc_id;
		const box = table.locator(`tr[data-doc-id="${target}"] input[type="checkbox"]`);
		await box.focus();
		await page.keyboard.press('Space');
		await expect.poll(() => urlGroupA(page)).toEqual([target]);
		await page.keyboard.press('Space');
		await expect.poll(() => urlGroupA(page)).toEqual([]);
		// A title button chooses only that document (Enter on the focused button).
		await table.locator(`tr[data-doc-id="${target}"] th button`).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => urlGroupA(page)).toEqual([target]);
		await page.close();
	});

	test('group B as one author, and as a second brushed set, is in the URL and restored on reload', async () => {
		const page = await fresh();
		const author = docs[docs.length - 1].author;
		const groupB = page.getByTestId('group-b');
		await groupB.getByRole('radio', { name: 'authors' }).check();
		// Authors are checkboxes (one or more); the first is ticked by default.
		await groupB.getByRole('checkbox', { name: author, exact: true }).check();
		const ticked = await groupB.getByRole('checkbox', { checked: true }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
		for (const other of ticked.filter((x) => x !== author)) await groupB.getByRole('checkbox', { name: other, exact: true }).uncheck();
		await expect.poll(() => new URL(page.url()).searchParams.get('bv')).toBe(author);
		expect(new URL(page.url()).searchParams.get('b')).toBe('author');
		await page.reload();
		await page.waitForSelector(MARK);
		await expect.poll(() => page.getByTestId('group-b').getByRole('checkbox', { name: author, exact: true }).isChecked()).toBe(true);
		const want = Object.fromEntries(docs.map((d) => [d.doc_id, d.author === author ? 'B' : '']));
		await expect.poll(() => markGroups(page)).toEqual(want);

		await page.getByTestId('b-docs').check();
		const pick = docs[0].doc_id;
		await page.locator(`${MARK}[data-doc-id="${pick}"]`).click();
		await expect.poll(() => new URL(page.url()).searchParams.get('bv')).toBe(pick);
		expect(new URL(page.url()).searchParams.get('b')).toBe('docs');
		expect(urlGroupA(page)).toEqual([]);
		await page.close();
	});

	test('a malformed or stale URL falls back to defaults with a short notice', async () => {
		const page = await fresh(`?a=no-such-doc,${docs[0].doc_id}&b=sideways&lemma=maybe`);
		const notice = page.getByTestId('notice');
		await expect.poll(() => notice.textContent()).toContain('no-such-doc');
		const text = (await notice.textContent())!;
		expect(text).toContain('sideways');
		expect(text).toContain('lemma');
		await expect.poll(() => urlGroupA(page)).toEqual([docs[0].doc_id]);
		expect(new URL(page.url()).searchParams.get('b')).toBeNull();
		expect(new URL(page.url()).searchParams.get('lemma')).toBeNull();
		await page.getByRole('button', { name: 'Dismiss notice' }).click();
		await expect.poll(() => notice.count()).toBe(0);
		await page.close();
	});
});

describe('group B as chosen documents', () => {
	test('a document of A shift-clicked while choosing B moves to B (never in both)', async () => {
		const page = await fresh();
		const [d1, d2, d3] = [docs[0].doc_id, docs[1].doc_id, docs[2].doc_id];
		await page.locator(`${MARK}[data-doc-id="${d1}"]`).click();
		await page.locator(`${MARK}[data-doc-id="${d2}"]`).click({ modifiers: ['Shift'] });
		await expect.poll(() => urlGroupA(page)).toEqual([d1, d2]);
		await page.getByTestId('b-docs').check();
		await page.locator(`${MARK}[data-doc-id="${d2}"]`).click({ modifiers: ['Shift'] });
		await expect.poll(() => new URL(page.url()).searchParams.get('bv')).toBe(d2);
		await expect.poll(() => urlGroupA(page)).toEqual([d1]);
		await expect.poll(async () => (await markGroups(page))[d2]).toBe('B');
		await expect.poll(() => page.getByTestId('group-b-summary').textContent()).toMatch(/, 1 document, /);
		// Changing A later leaves it in B only.
		await page.getByRole('radio', { name: 'group A' }).check();
		await page.locator(`${MARK}[data-doc-id="${d3}"]`).click();
		await expect.poll(() => urlGroupA(page)).toEqual([d3]);
		expect(new URL(page.url()).searchParams.get('bv')).toBe(d2);
		await expect.poll(async () => (await markGroups(page))[d1]).toBe('');
		await page.close();
	});
});

describe('the Reader restored from the URL', () => {
	const reader = '[data-testid="reader"]';
	const current = `${reader} mark.current`;

	test('the occurrence read is in the URL: after a reload the Reader is at that very match', async () => {
		const [s] = await readDb<{ doc_id: string; sentence_id: number }>(
			siteDir,
			`SELECT doc_id, sentence_id::INTEGER AS sentence_id FROM tokens WHERE lemma = 'party' GROUP BY ALL HAVING count(*) >= 2 ORDER BY doc_id, sentence_id LIMIT 1`
		);
		const page = await fresh(`?terms=party&read=${s.doc_id}&rs=${s.sentence_id}`);
		await page.waitForSelector(current);
		const first = Number(await page.locator(current).getAttribute('data-hit'));
		await page.getByTestId('reader-next').click();
		await expect.poll(async () => Number(await page.locator(current).getAttribute('data-hit'))).not.toBe(first);
		// Still the same sentence: its second match.
		expect(Number(await page.locator(reader).getAttribute('data-sentence'))).toBe(s.sentence_id);
		const second = Number(await page.locator(current).getAttribute('data-hit'));
		const position = await page.getByTestId('reader-position').textContent();
		await expect.poll(() => new URL(page.url()).searchParams.get('rk')).toBe(String(second));
		await page.reload();
		await page.waitForSelector(current);
		await expect.poll(async () => Number(await page.locator(current).getAttribute('data-hit'))).toBe(second);
		expect(await page.getByTestId('reader-position').textContent()).toBe(position);
		await page.close();
	});

	test('a sentence past the end of the document opens the last one, with a notice', async () => {
		const d = docs[0];
		const [{ n }] = await readDb<{ n: number }>(siteDir, `SELECT n_sentences::INTEGER AS n FROM documents WHERE doc_id = '${d.doc_id}'`);
		const page = await fresh(`?read=${d.doc_id}&rs=99999`);
		await expect.poll(() => page.getByTestId('notice').textContent()).toContain('not 100000');
		await expect.poll(() => page.locator('[data-testid="reader"] header .meta').textContent()).toContain(`sentence ${n} of ${n}`);
		await expect.poll(() => new URL(page.url()).searchParams.get('rs')).toBe(String(n - 1));
		await page.close();
	});

	test('the header dates a part dated apart by its own date; a heading repeating the section name shows once', async () => {
		const [p] = await readDb<{ doc_id: string; section: string; date: string; sentence_id: number }>(
			siteDir,
			`SELECT s.doc_id, s.section, s.date, min(t.sentence_id)::INTEGER + 1 AS sentence_id
			FROM sections s JOIN documents d USING (doc_id) JOIN sentences t ON t.doc_id = s.doc_id AND t.section = s.section
			WHERE s.date <> d.date GROUP BY ALL ORDER BY s.doc_id, s.section DESC LIMIT 1`
		);
		const page = await fresh(`?read=${p.doc_id}&rs=${p.sentence_id}`);
		const meta = page.locator('[data-testid="reader"] header .meta');
		await expect.poll(() => meta.textContent()).toContain(`${p.date} · ${p.section}`);
		// innerText is the text as laid out, and an off-screen view is laid out only once it is near the screen
		// (content-visibility: its innerText is empty until then): as a reader, scroll to it.
		const text = page.locator(`${reader} .body`);
		await text.scrollIntoViewIfNeeded();
		await expect.poll(() => text.innerText()).not.toBe('');
		const body = await text.innerText();
		const name = p.section.toLowerCase();
		expect(body.toLowerCase().split(name).length - 1).toBe(1);
		await page.close();
	});
});
