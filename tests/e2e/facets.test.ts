// Facets in the browser, on tests/fixtures/corpora/facets (six SOTU openings with a party column) analysed into the
// served site: "A = party: Democratic, B = party: Republican" chosen in the group controls, summed up short, in the
// address, and followed by the timeline (every view reads membership through groupDocsQuery); colour by party.
import { join } from 'node:path';
import { beforeAll, expect, inject, test } from 'vitest';
import { analyzeCorpus } from '../../analysis/src/pipeline';
import { FIXTURE_CORPORA } from '../fixtures/corpus-db';
import { sharedBrowser, MARK, openApp } from './browser';
import { AUTHOR_PALETTE } from '../../src/lib/style/authors';

const base = inject('baseURL');
const siteDir = inject('siteDir');
const browser = sharedBrowser();

beforeAll(async () => {
	await analyzeCorpus({ corpus: join(FIXTURE_CORPORA, 'facets'), out: join(siteDir, 'data') });
}, 180_000);

/** Each timeline mark's document and group, in the timeline's order. */
const groupsOnTimeline = (page: import('playwright-core').Page) =>
	page.$$eval(MARK, (marks) => marks.map((m) => `${m.getAttribute('data-group') || '-'} ${m.getAttribute('data-doc-id')}`).sort());

test('A = party: Democratic against B = party: Republican, chosen in the controls; the timeline follows', async () => {
	const page = await browser.context.newPage();
	await openApp(page, `${base}/?corpus=facets`);
	await page.getByTestId('a-facet').check();
	await page.getByTestId('b-facet').check();
	await expect.poll(() => page.getByTestId('group-a-summary').textContent()).toBe('party = Democratic (3 documents, 1830–1934)');
	await expect.poll(() => page.getByTestId('group-b-summary').textContent()).toBe('party = Republican (2 documents, 1862–1863)');
	// The address is written a moment after the choice (when the page is idle).
	await expect
		.poll(() => {
			const url = new URL(page.url());
			return [url.searchParams.get('am'), url.searchParams.get('av'), url.searchParams.get('b'), url.searchParams.get('bv')];
		})
		.toEqual(['facet', 'party:Democratic', 'facet', 'party:Republican']);
	await expect
		.poll(() => groupsOnTimeline(page))
		.toEqual(['- 1801-thomas-jefferson', 'A 1830-andrew-jackson', 'A 1835-andrew-jackson', 'A 1934-franklin-d-roosevelt', 'B 1862-abraham-lincoln', 'B 1863-abraham-lincoln']);
	// Adding a value to B: Democratic-Republican joins it.
	await page.getByRole('group', { name: 'party values in group B' }).getByLabel('Democratic-Republican').check();
	await expect.poll(() => page.getByTestId('group-b-summary').textContent()).toBe('party = Republican or Democratic-Republican (3 documents, 1801–1863)');
	await page.close();
});

test('opens an address with facet groups and colour by party, with the legend of the colours', async () => {
	const page = await browser.context.newPage();
	await openApp(page, `${base}/?corpus=facets&am=facet&av=party%3ARepublican&colorby=party`);
	await expect.poll(() => page.getByTestId('group-a-summary').textContent()).toBe('party = Republican (2 documents, 1862–1863)');
	expect(await page.getByTestId('colour-by').inputValue()).toBe('party');
	const legend = page.getByRole('group', { name: 'party', exact: true });
	await expect.poll(async () => (await legend.locator('li').allTextContents()).map((t) => t.trim())).toEqual(['Democratic-Republican', 'Democratic', 'Republican']);
	// The documents table's swatches take each document's party colour (values in order of first appearance).
	const swatch = (title: string) => page.getByTestId('documents-table').locator('tr', { hasText: title }).locator('.swatch').first();
	const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
	await expect.poll(() => swatch('State of the Union, 1862').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(rgb(AUTHOR_PALETTE[2]));
	await expect.poll(() => swatch('State of the Union, 1835').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(rgb(AUTHOR_PALETTE[1]));
	await expect.poll(() => swatch('State of the Union, 1934').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(rgb(AUTHOR_PALETTE[1]));
	await page.getByTestId('colour-by').selectOption('author');
	await expect.poll(() => new URL(page.url()).searchParams.get('colorby')).toBe('author');
	await expect.poll(() => legend.count()).toBe(0);
	// Roosevelt: Democratic's colour under party, his own (the fourth author's) under author.
	await expect.poll(() => swatch('State of the Union, 1934').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(rgb(AUTHOR_PALETTE[3]));
	await page.close();
});
