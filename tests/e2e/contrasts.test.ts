// The keyword-contrast view in a browser: groups chosen by author and by a brushed year range, the top term's
// numbers against a count made by hand from the database, labels that do not overlap, and a term clicked (mouse
// and keyboard) joining the trajectories and opening its passages in A, then B.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { addressWritten, brushTimeline, sharedBrowser, MARK, openApp } from './browser';
import { readDb } from './db';
import { DEFAULT_TERMS } from '../../src/lib/terms/state';

const base = inject('baseURL');
const siteDir = inject('siteDir');
const VIEW = '[data-testid="contrasts"]';
const LENIN = 'V. I. Lenin';
const TROTSKY = 'Leon Trotsky';
const browser = sharedBrowser();

async function fresh(query = ''): Promise<Page> {
	const page = await browser.context.newPage();
	await page.setViewportSize({ width: 1440, height: 1000 });
	await openApp(page, `${base}/${query}`);
	return page;
}

/** Waits until the contrast is drawn for the current groups and options. */
const ready = (page: Page) => page.waitForSelector(`${VIEW}[data-state="ready"]`, { timeout: 90_000 });

/** Ticks `author` in a group's author list and unticks the others. */
async function onlyAuthor(group: Locator, author: string) {
	await group.getByRole('checkbox', { name: author, exact: true }).check();
	const ticked = await group.getByRole('checkbox', { checked: true }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
	for (const other of ticked.filter((x) => x !== author)) await group.getByRole('checkbox', { name: other, exact: true }).uncheck();
}

/** Group A as one author and group B as another, chosen in the group controls as a person would. */
async function chooseAuthors(page: Page, a: string, b: string) {
	const groupA = page.getByTestId('group-a');
	await groupA.getByRole('radio', { name: 'authors' }).check();
	await onlyAuthor(groupA, a);
	const groupB = page.getByTestId('group-b');
	await groupB.getByRole('radio', { name: 'authors' }).check();
	await onlyAuthor(groupB, b);
	await page.waitForFunction(([x, y]) => {
		const p = new URL(location.href).searchParams;
		return p.get('av') === x && p.get('bv') === y;
	}, [a, b]);
}

/** G² by its definition (DESIGN.md), from counts made in the test. */
function g2(a: number, b: number, c: number, d: number): number {
	const e1 = (c * (a + b)) / (c + d);
	const e2 = (d * (a + b)) / (c + d);
	const part = (o: number, e: number) => (o === 0 ? 0 : o * Math.log(o / e));
	return Math.sign(a / c - b / d) * 2 * (part(a, e1) + part(b, e2));
}

const num = (s: string | null) => Number((s ?? '').replace(/[,\s]/g, '').replace('−', '-'));

describe('Lenin against Trotsky, chosen by author', () => {
	let page: Page;
	beforeAll(async () => {
		page = await fresh();
		await chooseAuthors(page, LENIN, TROTSKY);
		await ready(page);
	});
	afterAll(() => page?.close());

	test('the groups are summed up legibly', async () => {
		const [lenin] = await readDb<{ n: number; words: number; y0: number; y1: number }>(
			siteDir,
			`SELECT count(*)::INTEGER AS n, sum(n_words)::INTEGER AS words, min(year)::INTEGER AS y0, max(year)::INTEGER AS y1 FROM documents WHERE author = '${LENIN}'`
		);
		const text = (await page.getByTestId('contrast-groups').textContent())!.replace(/\s+/g, ' ');
		expect(text).toContain(`${LENIN}, ${lenin.y0}–${lenin.y1}, ${lenin.n} documents, ${lenin.words.toLocaleString('en-US')} words`);
		expect(text).toContain(TROTSKY);
	});

	test('the top term’s a, b and G² equal a count made by hand in the database', async () => {
		const top = page.locator('[data-testid="contrast-table"] tbody tr').first();
		const term = (await top.getAttribute('data-term'))!;
		const shown = {
			a: num(await top.locator('[data-col="a"]').textContent()),
			b: num(await top.locator('[data-col="b"]').textContent()),
			g2: num(await top.locator('[data-col="g2"]').textContent())
		};
		const [n] = await readDb<{ a: number; b: number; c: number; d: number }>(
			siteDir,
			`SELECT
				(SELECT count(*) FROM tokens t JOIN documents d USING (doc_id) WHERE t.is_word AND t.lower = '${term.replaceAll("'", "''")}' AND d.author = '${LENIN}')::INTEGER AS a,
				(SELECT count(*) FROM tokens t JOIN documents d USING (doc_id) WHERE t.is_word AND t.lower = '${term.replaceAll("'", "''")}' AND d.author = '${TROTSKY}')::INTEGER AS b,
				(SELECT count(*) FROM tokens t JOIN documents d USING (doc_id) WHERE t.is_word AND d.author = '${LENIN}')::INTEGER AS c,
				(SELECT count(*) FROM tokens t JOIN documents d USING (doc_id) WHERE t.is_word AND d.author = '${TROTSKY}')::INTEGER AS d`
		);
		expect(shown.a).toBe(n.a);
		expect(shown.b).toBe(n.b);
		expect(shown.g2).toBeCloseTo(g2(n.a, n.b, n.c, n.d), 2);
		expect(shown.g2).toBeGreaterThan(0);
		// It is the top of A's side: no row of A below it has a larger G².
		const sideA = await page.$$eval('[data-testid="contrast-table"] tbody tr[data-side="A"] [data-col="g2"]', (cells) => cells.map((c) => c.textContent ?? ''));
		expect(Math.max(...sideA.map(num))).toBeCloseTo(shown.g2, 6);
	});

	test('the table shows the top 20 of each side, and all 50 of each when asked (ranks in order, A then B)', async () => {
		const ranks = () => page.$$eval('[data-testid="contrast-table"] tbody tr', (rows) => rows.map((r) => `${r.getAttribute('data-side')}${r.querySelector('.side')!.textContent!.split(' ')[1]}`));
		const side = (s: string, n: number) => Array.from({ length: n }, (_, i) => `${s}${i + 1}`);
		expect(await ranks()).toEqual([...side('A', 20), ...side('B', 20)]);
		// The note on terms flagged "one document" counts the terms the table shows.
		const notes = () => page.getByTestId('contrast-note').allTextContents();
		expect((await notes()).join(' ')).toMatch(/ of the 40 terms shown /);
		const toggle = page.getByTestId('contrast-table-length');
		await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
		await toggle.click();
		await expect.poll(ranks).toEqual([...side('A', 50), ...side('B', 50)]);
		expect((await notes()).join(' ')).toMatch(/ of the 100 terms shown /);
		expect(await page.locator('[data-testid="contrast-table"] caption').textContent()).toContain('Top 50 terms of A and of B');
		await toggle.click();
		await expect.poll(ranks).toEqual([...side('A', 20), ...side('B', 20)]);
	});

	test('another statistic ranks the table and the bars by it (its ranking made when first asked)', async () => {
		const column = (stat: string, side: string) =>
			page.$$eval(`[data-testid="contrast-table"] tbody tr[data-side="${side}"] [data-col="${stat}"]`, (cells) => cells.map((c) => c.textContent ?? ''));
		const bars = (side: string) => page.$$eval(`[data-testid="contrast-bar"][data-side="${side}"]`, (els) => els.map((e) => e.getAttribute('data-term')));
		const tableTerms = (side: string) => page.$$eval(`[data-testid="contrast-table"] tbody tr[data-side="${side}"]`, (rows) => rows.map((r) => r.getAttribute('data-term')));
		for (const stat of ['log_ratio', 'log_odds_z', 'g2']) {
			await page.getByLabel('Statistic').selectOption(stat);
			await ready(page);
			await expect.poll(async () => (await page.locator('[data-testid="contrast-table"] caption').textContent()) ?? '').toContain(stat === 'g2' ? 'G²' : stat === 'log_ratio' ? 'Log Ratio' : 'log-odds');
			for (const side of ['A', 'B']) {
				// the statistic's first number in each cell (Log Ratio carries its interval after it), strongest first
				const values = (await column(stat, side)).map((t) => Math.abs(num(t.trim().split(' ')[0])));
				expect(values.length, `${stat} ${side}`).toBeGreaterThan(5);
				expect(values, `${stat} ${side}`).toEqual([...values].sort((x, y) => y - x));
				// the bars of a side are its strongest terms with q < 0.05, in the table's order (B's drawn from the
				// weakest down to the strongest at the bottom)
				const barTerms = side === 'A' ? await bars(side) : (await bars(side)).reverse();
				const inTable = (await tableTerms(side)).filter((t) => barTerms.includes(t));
				expect(inTable.length, `${stat} ${side}`).toBeGreaterThan(3);
				expect(inTable, `${stat} ${side}`).toEqual(barTerms.slice(0, inTable.length));
			}
		}
	});

	test('the scatter labels the strongest terms of both sides, and no two labels overlap', async () => {
		const labels = await page.$$eval('[data-testid="contrast-label"]', (els) =>
			els.map((e) => {
				const r = e.getBoundingClientRect();
				return { term: e.getAttribute('data-term'), side: e.getAttribute('data-side'), x: r.x, y: r.y, w: r.width, h: r.height };
			})
		);
		expect(labels.length).toBeGreaterThanOrEqual(10);
		expect(new Set(labels.map((l) => l.side))).toEqual(new Set(['A', 'B']));
		for (let i = 0; i < labels.length; i++)
			for (let j = i + 1; j < labels.length; j++) {
				const [p, q] = [labels[i], labels[j]];
				const overlap = p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;
				expect(overlap, `${p.term} / ${q.term}`).toBe(false);
			}
		const plot = (await page.locator(`${VIEW} figure.scatter svg`).boundingBox())!;
		for (const l of labels) {
			expect(l.x).toBeGreaterThanOrEqual(plot.x - 1);
			expect(l.x + l.w).toBeLessThanOrEqual(plot.x + plot.width + 1);
		}
	});

	test('clicking a label adds the term to the trajectories and opens its passages in A, then in B', async () => {
		// A labelled term used in both groups, with few enough occurrences for one page of passages (100 lines).
		const counts = await page.$$eval('[data-testid="contrast-table"] tbody tr', (rows) =>
			rows.map((r) => ({ term: r.getAttribute('data-term')!, a: r.querySelector('[data-col="a"]')!.textContent!, b: r.querySelector('[data-col="b"]')!.textContent! }))
		);
		const labelled = await page.$$eval('[data-testid="contrast-label"]', (els) => els.map((e) => e.getAttribute('data-term')!));
		const pick = counts.map((c) => ({ term: c.term, a: num(c.a), b: num(c.b) })).find((c) => labelled.includes(c.term) && c.a > 0 && c.b > 0 && c.a + c.b <= 100);
		expect(pick).toBeDefined();
		const { term, a, b } = pick!;
		const label = page.locator(`[data-testid="contrast-label"][data-term="${term}"]`);
		// The terms as written (an earlier choice's address may still be pending).
		await addressWritten(page);
		const before = new URL(page.url()).searchParams.get('terms')?.split(',') ?? DEFAULT_TERMS;
		await label.click();
		await expect.poll(() => new URL(page.url()).searchParams.get('terms')?.split(',')).toEqual([...before, term].slice(-8));
		await expect.poll(() => new URL(page.url()).searchParams.get('pg')).toBe('AB');
		// Counted as word forms here, so matched as word forms there: the passages are the occurrences counted.
		await expect.poll(() => new URL(page.url()).searchParams.get('lemma')).toBe('0');
		await page.waitForSelector('[data-testid="passages"][data-state="ready"]', { timeout: 60_000 });
		const blocks = await page.$$eval('[data-testid="group-block"]', (els) => els.map((e) => ({ grp: e.getAttribute('data-group'), text: e.textContent ?? '' })));
		expect(blocks.map((x) => x.grp)).toEqual(['A', 'B']);
		expect(num(blocks[0].text.match(/([\d,]+) occurrence/)![1])).toBe(a);
		expect(num(blocks[1].text.match(/([\d,]+) occurrence/)![1])).toBe(b);
		expect(await page.locator('[data-testid="kwic-line"]').count()).toBe(a + b);
		// The trajectories draw it.
		await expect.poll(() => page.locator(`[data-testid="trajectory-point"][data-term="${term}"]`).count(), { timeout: 60_000 }).toBeGreaterThan(0);
	});

	test('the dots on the canvas: the pointer finds the nearest, shows its tooltip, and a click adds its term', async () => {
		const canvas = page.locator(`${VIEW} .scatter canvas`);
		await canvas.scrollIntoViewIfNeeded();
		const box = (await canvas.boundingBox())!;
		const labelled = await page.$$eval('[data-testid="contrast-label"]', (els) => els.map((e) => e.getAttribute('data-term')!));
		// Along the diagonal (a term as common in A as in B), where unlabelled terms crowd, until the pointer is on one.
		const shown = page.locator(`${VIEW} .scatter circle.dot.over-canvas`);
		let term: string | null = null;
		for (let t = 0.15; t < 0.95 && term === null; t += 0.004) {
			await page.mouse.move(box.x + t * box.width, box.y + (1 - t) * box.height);
			if ((await shown.count()) === 1) term = await shown.getAttribute('data-term');
		}
		expect(term).not.toBeNull();
		expect(labelled).not.toContain(term);
		await expect.poll(() => page.locator(`${VIEW} .scatter .html`).textContent()).toContain(term!);
		await page.mouse.down();
		await page.mouse.up();
		await expect.poll(() => new URL(page.url()).searchParams.get('terms')?.split(',') ?? []).toContain(term);
	});

	test('a bar is a button: Enter on a B term adds it too', async () => {
		const bar = page.locator('[data-testid="contrast-bar"][data-side="B"]').last();
		const term = (await bar.getAttribute('data-term'))!;
		await bar.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => new URL(page.url()).searchParams.get('terms')?.split(',') ?? []).toContain(term);
		await expect.poll(() => new URL(page.url()).searchParams.get('pt')).toBe(term);
	});
});

describe('a year range brushed on the timeline', () => {
	test('brushing 1917–1918 with group A as a year range sets the range, and the contrast recomputes', async () => {
		const page = await fresh();
		const docs = await readDb<{ doc_id: string; year: number }>(siteDir, 'SELECT doc_id, year FROM documents ORDER BY date');
		const inRange = docs.filter((d) => d.year >= 1917 && d.year <= 1918);
		expect(inRange.length).toBeGreaterThan(0);
		// Switched to a year range with nothing chosen yet, A spans the corpus and B, the rest, is empty.
		await page.getByTestId('group-a').getByRole('radio', { name: 'a year range' }).check();
		await page.waitForSelector(`${VIEW}[data-state="empty"]`, { timeout: 60_000 });
		const drawn = await page.getAttribute(VIEW, 'data-drawn');

		await brushTimeline(page, inRange.map((d) => d.doc_id));

		await expect.poll(() => new URL(page.url()).searchParams.get('av')).toBe('1917-1918');
		expect(new URL(page.url()).searchParams.get('am')).toBe('years');
		await expect.poll(() => page.getAttribute(VIEW, 'data-drawn')).not.toBe(drawn);
		await ready(page);
		const summary = (await page.getByTestId('contrast-groups').textContent())!.replace(/\s+/g, ' ');
		expect(summary).toContain(`1917–1918, ${inRange.length} documents`);
		// Group A's documents are exactly those of the range (membership is SQL over documents.year).
		await expect
			.poll(() => page.$$eval(`${MARK}[data-group="A"]`, (els) => els.map((e) => e.getAttribute('data-doc-id')).sort()))
			.toEqual(inRange.map((d) => d.doc_id).sort());
		expect(await page.locator('[data-testid="contrast-table"] tbody tr').count()).toBeGreaterThan(0);
		await page.close();
	});

	test('documents clicked in quick succession: the contrast drawn is the last one’s, its counts the database’s', async () => {
		const page = await fresh();
		const ids = await page.$$eval(`#timeline ${MARK}`, (els) => els.map((e) => e.getAttribute('data-doc-id')!));
		// Each click supersedes the contrast of the one before while it is being computed (in the worker).
		const clicked = [ids[1], ids[ids.length - 1], ids[2], ids[3]];
		for (const id of clicked) await page.locator(`#timeline ${MARK}[data-doc-id="${id}"]`).click();
		const last = clicked[clicked.length - 1];
		await expect.poll(() => new URL(page.url()).searchParams.get('a')).toBe(last);
		await ready(page);
		const rows = await page.$$eval('[data-testid="contrast-table"] tbody tr[data-side="A"]', (trs) =>
			trs.slice(0, 5).map((tr) => [tr.getAttribute('data-term')!, tr.querySelector('[data-col="a"]')!.textContent!, tr.querySelector('[data-col="b"]')!.textContent!] as const)
		);
		expect(rows.length).toBeGreaterThan(0);
		const counts = await readDb<{ term: string; a: number; b: number }>(
			siteDir,
			`SELECT term, (sum(n) FILTER (WHERE doc_id = '${last}'))::INTEGER AS a, (sum(n) FILTER (WHERE doc_id <> '${last}'))::INTEGER AS b
			 FROM doc_terms WHERE form = 'lower' AND term IN (${rows.map(([t]) => `'${t.replaceAll("'", "''")}'`).join(', ')}) GROUP BY term`
		);
		const byTerm = new Map(counts.map((c) => [c.term, c]));
		for (const [term, a, b] of rows) expect([num(a), num(b)], term).toEqual([byTerm.get(term)?.a ?? 0, byTerm.get(term)?.b ?? 0]);
		await page.close();
	});

	test('an empty group says so instead of drawing', async () => {
		const page = await fresh('?am=years&av=1950-1960');
		await page.waitForSelector(`${VIEW}[data-state="empty"]`, { timeout: 60_000 });
		expect(await page.getByTestId('contrast-note').first().textContent()).toContain('Group A is empty');
		expect(await page.locator('[data-testid="contrast-table"]').count()).toBe(0);
		await page.close();
	});
});
