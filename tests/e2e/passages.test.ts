// The Passages panel and the Reader as a reader uses them: the Reader's counter counts the passages' own term and
// scope (checked against the database), Escape closes it, the page of lines survives a reload, a sentence is cited
// on one line, focus moves to the passages when a mark is activated, and the lines read at 390 px.
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { addressWritten, sharedBrowser, openApp } from './browser';
import { readDb } from './db';

const base = inject('baseURL');
const siteDir = inject('siteDir');
const browser = sharedBrowser();

const PASSAGES_READY = '[data-testid="passages"][data-state="ready"]';
const READER_READY = '[data-testid="reader"][data-state="ready"]';

async function fresh(query: string, width = 1280): Promise<Page> {
	const page = await browser.context.newPage();
	await page.setViewportSize({ width, height: 900 });
	await openApp(page, `${base}/${query}`);
	return page;
}

/** A word whose count in a dated part of a document (a later preface) is well below its count in the whole document. */
async function partScope() {
	const [s] = await readDb<{ doc_id: string; section: string; word: string; n: number; total: number }>(
		siteDir,
		`WITH c AS (SELECT t.doc_id, s.section, t.lower AS word, count(*)::INTEGER AS n FROM tokens t JOIN sentences s USING (doc_id, sentence_id)
			WHERE t.is_word AND s.section IS NOT NULL AND regexp_full_match(t.lower, '[a-z]{5,}') GROUP BY ALL),
		d AS (SELECT doc_id, word, sum(n)::INTEGER AS total FROM c GROUP BY ALL)
		SELECT c.doc_id, c.section, c.word, c.n, d.total FROM c JOIN d USING (doc_id, word)
		JOIN sections x ON x.doc_id = c.doc_id AND x.section = c.section JOIN documents dd ON dd.doc_id = c.doc_id
		WHERE x.date IS NOT NULL AND x.date <> dd.date AND c.n BETWEEN 3 AND 6 AND d.total >= c.n + 5 ORDER BY c.n DESC, c.doc_id, c.section, c.word LIMIT 1`
	);
	return s;
}

const scopeUrl = (s: { doc_id: string; section: string; word: string }) =>
	`?terms=${encodeURIComponent(s.word)}&lemma=0&pt=${encodeURIComponent(s.word)}&pd=${encodeURIComponent(s.doc_id)}&ps=${encodeURIComponent(s.section)}`;

describe('the Reader', () => {
	test('its counter counts the passages’ own term and part (as the database does), and steps through them only', async () => {
		const s = await partScope();
		expect(s, 'a part with a few occurrences of a word').toBeTruthy();
		const page = await fresh(scopeUrl(s));
		await page.waitForSelector(PASSAGES_READY, { timeout: 60_000 });
		expect(await page.getByTestId('passages-count').textContent()).toBe(`${s.n} occurrences`);
		await page.locator('[data-testid="kwic-match"]').first().click();
		await page.waitForSelector(READER_READY, { timeout: 60_000 });
		const position = page.getByTestId('reader-position');
		await expect.poll(() => position.textContent()).toBe(`match 1 of ${s.n}`);
		// The document holds more matches of the word than the part: they are highlighted but not counted.
		expect(await page.locator('[data-testid="reader-match"]').count()).toBeGreaterThan(s.n);
		const seen: string[] = [];
		for (let i = 2; i <= s.n + 1; i++) {
			await page.getByTestId('reader-next').click();
			const want = `match ${((i - 1) % s.n) + 1} of ${s.n}`;
			await expect.poll(() => position.textContent()).toBe(want);
			seen.push((await page.locator('[data-testid="reader"]').getAttribute('data-sentence'))!);
		}
		// Every stop is a sentence of the part.
		const inPart = await readDb<{ sentence_id: number }>(
			siteDir,
			`SELECT sentence_id::INTEGER AS sentence_id FROM sentences WHERE doc_id = '${s.doc_id}' AND section = '${s.section.replace(/'/g, "''")}'`
		);
		const ids = new Set(inPart.map((r) => String(r.sentence_id)));
		expect(seen.every((x) => ids.has(x))).toBe(true);
		await page.close();
	});

	test('Escape closes it, from the lines or from inside it; focus goes back to the line', async () => {
		const s = await partScope();
		const page = await fresh(scopeUrl(s));
		await page.waitForSelector(PASSAGES_READY, { timeout: 60_000 });
		const match = page.locator('[data-testid="kwic-match"]').first();
		await match.focus();
		await page.keyboard.press('Enter');
		await page.waitForSelector(READER_READY, { timeout: 60_000 });
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('[data-testid="reader"]').count()).toBe(0);
		// Written when the page is idle: the address as written, not the one before the Reader opened.
		await addressWritten(page);
		expect(new URL(page.url()).searchParams.get('read')).toBeNull();
		// From a button inside the Reader.
		await page.keyboard.press('Enter');
		await page.waitForSelector(READER_READY, { timeout: 60_000 });
		await page.getByTestId('reader-next').focus();
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('[data-testid="reader"]').count()).toBe(0);
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('kwic-match');
		// The passages stay open.
		await addressWritten(page);
		expect(new URL(page.url()).searchParams.get('pt')).toBe(s.word);
		await page.close();
	});

	test('“Copy citation” gives author, title, date, part, sentence number and text on one line', async () => {
		const s = await partScope();
		const page = await fresh(scopeUrl(s));
		await page.waitForSelector(PASSAGES_READY, { timeout: 60_000 });
		const line = page.locator('[data-testid="kwic-line"]').first();
		const sentence = Number(await line.getAttribute('data-sentence'));
		await line.locator('[data-testid="kwic-match"]').click();
		await page.waitForSelector(READER_READY, { timeout: 60_000 });
		await page.getByTestId('reader-cite').click();
		const cited = (await page.getByTestId('citation').textContent())!;
		const [d] = await readDb<{ author: string; title: string; text: string; section: string; date: string }>(
			siteDir,
			`SELECT d.author, d.title, s.text, s.section, x.date FROM documents d JOIN sentences s USING (doc_id)
			JOIN (SELECT doc_id, section, min(date) AS date FROM sections GROUP BY ALL) x ON x.doc_id = s.doc_id AND x.section = s.section
			WHERE s.doc_id = '${s.doc_id}' AND s.sentence_id = ${sentence}`
		);
		expect(cited).not.toMatch(/\n/);
		expect(cited.startsWith(`${d.author}, “${d.title}`)).toBe(true);
		expect(cited).toContain(`${d.date}, ${d.section}, sentence ${sentence + 1}: “`);
		const quoted = d.text.replace(/\s+/g, ' ').trim().replace(/“/g, '‘').replace(/”/g, '’').replace(/"/g, "'");
		expect(cited.endsWith(`: “${quoted}”`)).toBe(true);
		await page.close();
	});
});

describe('the Passages panel', () => {
	test('the page of lines is in the address and survives a reload', async () => {
		const [w] = await readDb<{ word: string; n: number }>(
			siteDir,
			`SELECT lower AS word, count(*)::INTEGER AS n FROM tokens WHERE is_word AND regexp_full_match(lower, '[a-z]{4,}')
			GROUP BY lower HAVING count(*) > 200 ORDER BY n, word LIMIT 1`
		);
		const page = await fresh(`?terms=${w.word}&lemma=0&pt=${w.word}`);
		await page.waitForSelector(PASSAGES_READY, { timeout: 60_000 });
		await page.getByRole('button', { name: 'Next 100' }).click();
		await page.waitForSelector(`${PASSAGES_READY}[data-page="2"]`, { timeout: 60_000 });
		await expect.poll(() => new URL(page.url()).searchParams.get('pp')).toBe('2');
		await expect.poll(() => page.locator('.pager span').textContent()).toBe(`101–200 of ${w.n.toLocaleString('en-US')}`);
		const first = await page.locator('[data-testid="kwic-line"]').first().evaluate((r) => `${r.getAttribute('data-doc-id')}|${r.getAttribute('data-sentence')}|${r.textContent}`);
		await page.reload();
		await page.waitForSelector(`${PASSAGES_READY}[data-page="2"]`, { timeout: 60_000 });
		expect(await page.locator('[data-testid="kwic-line"]').first().evaluate((r) => `${r.getAttribute('data-doc-id')}|${r.getAttribute('data-sentence')}|${r.textContent}`)).toBe(first);
		// Another order starts at the first page again.
		await page.locator('#passages [data-sort="year"]').click();
		await expect.poll(() => new URL(page.url()).searchParams.get('pp')).toBeNull();
		await page.close();
	});

	test('activating a mark moves focus to the passages; opening them from the address does not move the page', async () => {
		const page = await fresh('?terms=soviet');
		const point = page.locator('[data-testid="trajectory-point"]').first();
		await point.waitFor({ timeout: 60_000 });
		await point.focus();
		await page.keyboard.press('Enter');
		await page.waitForSelector(PASSAGES_READY, { timeout: 60_000 });
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('passages-title');
		// Reopened in a fresh page: the address once written (when the page is idle).
		await addressWritten(page);
		const url = page.url();
		await page.close();

		const again = await fresh(new URL(url).search);
		await again.waitForSelector(PASSAGES_READY, { timeout: 60_000 });
		expect(await again.evaluate(() => [window.scrollY, document.activeElement?.tagName])).toEqual([0, 'BODY']);
		await again.close();
	});

	test('at 390 px the context stacks (left, match, right) inside the screen, and the documents caption is whole', async () => {
		const s = await partScope();
		const page = await fresh(scopeUrl(s), 390);
		await page.waitForSelector(PASSAGES_READY, { timeout: 60_000 });
		const line = page.locator('[data-testid="kwic-line"]').first();
		const box = async (sel: string) => (await line.locator(sel).boundingBox())!;
		const [left, match, right] = [await box('td.left'), await box('td.match'), await box('td.right')];
		expect(left.y + left.height).toBeLessThanOrEqual(match.y + 1);
		expect(match.y + match.height).toBeLessThanOrEqual(right.y + 1);
		for (const b of [left, match, right]) expect(b.x + b.width).toBeLessThanOrEqual(390);
		// The cells show all their text (wrapped, not cut).
		for (const sel of ['td.left', 'td.right']) expect(await line.locator(sel).evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
		const caption = (await page.getByTestId('documents-caption').boundingBox())!;
		expect(caption.x).toBeGreaterThanOrEqual(0);
		expect(caption.x + caption.width).toBeLessThanOrEqual(390);
		expect(await page.getByTestId('documents-caption').evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
		await page.close();
	});
});
