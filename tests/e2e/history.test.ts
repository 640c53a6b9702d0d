// Back and forward step through the selections one at a time (every selection is one history entry; other
// changes, like the terms, ride on the current entry).
import { beforeAll, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { addressWritten, sharedBrowser, MARK, openApp, urlGroupA } from './browser';
import { readDb } from './db';

const base = inject('baseURL');
const siteDir = inject('siteDir');
const browser = sharedBrowser();
let docs: { doc_id: string; author: string; year: number }[];

beforeAll(async () => {
	docs = await readDb(siteDir, 'SELECT doc_id, author, year::INTEGER AS year FROM documents ORDER BY date');
});

const terms = (page: Page) => new URL(page.url()).searchParams.get('terms');
/** The documents the timeline shows in group A, sorted. */
const marksInA = (page: Page) => page.$$eval(`${MARK}[data-group="A"]`, (els) => els.map((e) => e.getAttribute('data-doc-id')).sort());
/** A click on a document's timeline mark as page code, run in the page within the caller's task. */
const clickIn = (id: string) => `document.querySelector('${MARK}[data-doc-id="${id}"]').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))`;

test('back and forward step through four selections one at a time', async () => {
	const page = await browser.context.newPage();
	await openApp(page, `${base}/`);
	const lenin = docs.filter((d) => /lenin/i.test(d.author));
	const stalin = docs.find((d) => /stalin/i.test(d.author))!;
	const trotsky = docs.find((d) => /trotsky/i.test(d.author))!;
	expect(lenin.length).toBeGreaterThanOrEqual(2);
	const click = (id: string, shift = false) => page.locator(`${MARK}[data-doc-id="${id}"]`).click(shift ? { modifiers: ['Shift'] } : undefined);

	const steps = [[lenin[0].doc_id], [lenin[1].doc_id], [stalin.doc_id], [stalin.doc_id, trotsky.doc_id]];
	await click(lenin[0].doc_id);
	await expect.poll(() => urlGroupA(page)).toEqual(steps[0]);
	await click(lenin[1].doc_id);
	await expect.poll(() => urlGroupA(page)).toEqual(steps[1]);
	await click(stalin.doc_id);
	await expect.poll(() => urlGroupA(page)).toEqual(steps[2]);
	await click(trotsky.doc_id, true);
	await expect.poll(() => urlGroupA(page)).toEqual(steps[3]);

	for (const want of [steps[2], steps[1], steps[0], []]) {
		await page.goBack();
		await expect.poll(() => urlGroupA(page)).toEqual(want);
		// The page shows it too, and stays there (no late write moves the address).
		await expect.poll(() => marksInA(page)).toEqual([...want].sort());
		// Any address the page still had to write is written by now: none moved it.
		await addressWritten(page);
		expect(urlGroupA(page)).toEqual(want);
	}
	for (const want of steps) {
		await page.goForward();
		await expect.poll(() => urlGroupA(page)).toEqual(want);
		await expect.poll(() => marksInA(page)).toEqual([...want].sort());
	}
	await page.close();
});

test('a term change stays with its step: term change, selection, back, back', async () => {
	const page = await browser.context.newPage();
	await openApp(page, `${base}/`);
	const [d1, d2] = [docs[0].doc_id, docs[docs.length - 1].doc_id];
	await page.locator(`${MARK}[data-doc-id="${d1}"]`).click();
	await expect.poll(() => urlGroupA(page)).toEqual([d1]);
	const input = page.getByTestId('term-input');
	await input.fill('party, masses');
	await input.press('Enter');
	await expect.poll(() => terms(page)).toBe('party,masses');
	await page.locator(`${MARK}[data-doc-id="${d2}"]`).click();
	await expect.poll(() => urlGroupA(page)).toEqual([d2]);

	await page.goBack();
	await expect.poll(() => urlGroupA(page)).toEqual([d1]);
	expect(terms(page)).toBe('party,masses');
	await expect.poll(() => input.inputValue()).toContain('party');
	await addressWritten(page);
	expect(urlGroupA(page)).toEqual([d1]);

	await page.goBack();
	await expect.poll(() => urlGroupA(page)).toEqual([]);
	await page.goForward();
	await expect.poll(() => urlGroupA(page)).toEqual([d1]);
	expect(terms(page)).toBe('party,masses');
	await page.goForward();
	await expect.poll(() => urlGroupA(page)).toEqual([d2]);
	await page.close();
});

const search = (page: Page) => new URL(page.url()).search;

/** A fresh page where group A was chosen twice (two history steps): the second document is in A. */
async function twoSelections(): Promise<{ page: Page; d2: string }> {
	const page = await browser.context.newPage();
	await openApp(page, `${base}/`);
	const [d1, d2] = [docs[0].doc_id, docs[docs.length - 1].doc_id];
	for (const d of [d1, d2]) {
		await page.locator(`${MARK}[data-doc-id="${d}"]`).click();
		await expect.poll(() => urlGroupA(page)).toEqual([d]);
	}
	return { page, d2 };
}
const LEVEL = '[aria-label="Trajectory options"] select >> nth=0';

// Each address the user saw is one entry: Back returns to exactly the one before, not to the entry before a
// choice that only replaced the current one (which undid that choice and the selection before it together).
test('Back after unticking "lemmas" returns to the address just before it; Forward unticks them again', async () => {
	const { page, d2 } = await twoSelections();
	// Kept to compare after Back: the address as written, not one still pending.
	await addressWritten(page);
	const before = search(page);

	const lemma = page.getByTestId('lemma-toggle');
	await lemma.uncheck();
	await expect.poll(() => new URL(page.url()).searchParams.get('lemma')).toBe('0');
	await addressWritten(page);
	const after = search(page);

	await page.goBack();
	await expect.poll(() => search(page)).toBe(before);
	await expect.poll(() => lemma.isChecked()).toBe(true);
	expect(urlGroupA(page)).toEqual([d2]);
	await page.goForward();
	await expect.poll(() => search(page)).toBe(after);
	await expect.poll(() => lemma.isChecked()).toBe(false);
	await addressWritten(page);
	expect(search(page)).toBe(after);
	await page.close();
});

test('"each author" is kept by Back from its passages, and Back then returns to the address before the choice', async () => {
	const { page, d2 } = await twoSelections();
	await addressWritten(page);
	const documents = search(page);

	await page.selectOption(LEVEL, 'authors');
	await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('authors');
	await addressWritten(page);
	const authors = search(page);
	await page.locator('[data-testid="trajectory-point"]').first().click();
	await expect.poll(() => new URL(page.url()).searchParams.get('pa')).not.toBeNull();
	await addressWritten(page);
	const passages = search(page);

	await page.goBack();
	await expect.poll(() => search(page)).toBe(authors);
	await expect.poll(() => page.$eval(LEVEL.split(' >> ')[0], (e) => (e as HTMLSelectElement).value)).toBe('authors');
	await page.goBack();
	await expect.poll(() => search(page)).toBe(documents);
	await expect.poll(() => page.$eval(LEVEL.split(' >> ')[0], (e) => (e as HTMLSelectElement).value)).toBe('documents');
	expect(urlGroupA(page)).toEqual([d2]);
	await page.goForward();
	await expect.poll(() => search(page)).toBe(authors);
	await page.goForward();
	await expect.poll(() => search(page)).toBe(passages);
	await page.close();
});

test('two selections made before the page is idle are two steps (the address of the first is written before the second)', async () => {
	const page = await browser.context.newPage();
	await openApp(page, `${base}/`);
	const [d1, d2] = [docs[0].doc_id, docs[docs.length - 1].doc_id];
	await addressWritten(page);
	const before = urlGroupA(page);
	// Two clicks in two tasks, without waiting for anything between them: the first one's address is still pending
	// (written when the page is idle) when the second is made.
	await page.evaluate(`${clickIn(d1)}; new Promise((r) => setTimeout(r, 0)).then(() => { ${clickIn(d2)}; })`);
	await expect.poll(() => urlGroupA(page)).toEqual([d2]);
	await page.goBack();
	await expect.poll(() => urlGroupA(page)).toEqual([d1]);
	await page.goBack();
	await expect.poll(() => urlGroupA(page)).toEqual(before);
	await page.close();
});

test('a step whose address is still pending is written before a key or a pointer press, so that Back returns to the step before', async () => {
	const page = await browser.context.newPage();
	await openApp(page, `${base}/`);
	const [d1, d2] = [docs[0].doc_id, docs[docs.length - 1].doc_id];
	await page.locator(`${MARK}[data-doc-id="${d1}"]`).click();
	await expect.poll(() => urlGroupA(page)).toEqual([d1]);
	await addressWritten(page);
	for (const cue of ['new KeyboardEvent("keydown", { key: "ArrowLeft", altKey: true })', 'new PointerEvent("pointerdown", { button: 3 })']) {
		const [from, to] = urlGroupA(page)[0] === d1 ? [d1, d2] : [d2, d1];
		// In one task (microtasks only, so the page cannot be idle in between): the click's step is pending, then the cue.
		const [pending, written] = (await page.evaluate(`(async () => {
			const a = () => new URLSearchParams(location.search).get('a');
			${clickIn(to)};
			for (let i = 0; i < 10; i++) await Promise.resolve();
			const pending = a();
			window.dispatchEvent(${cue});
			return [pending, a()];
		})()`)) as [string, string];
		expect([pending, written]).toEqual([from, to]);
		await page.goBack();
		await expect.poll(() => urlGroupA(page)).toEqual([from]);
		await expect.poll(() => marksInA(page)).toEqual([from]);
		await page.goForward();
		await expect.poll(() => urlGroupA(page)).toEqual([to]);
	}
	await page.close();
});
