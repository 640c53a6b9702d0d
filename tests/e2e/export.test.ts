// The timeline's exports: CSV and JSON of the plotted data, SVG and PNG of the chart, each with the methods stamp.
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, openApp, type Browser } from './browser';
import { readDb } from './db';

const base = inject('baseURL');
const siteDir = inject('siteDir');
let browser: Browser;
let page: Page;
let hash: string;
let nDocs: number;

beforeAll(async () => {
	browser = await launch();
	page = await browser.context.newPage();
	await openApp(page, `${base}/`);
	hash = (await readDb<{ value: string }>(siteDir, "SELECT value FROM meta WHERE key = 'corpus_hash'"))[0].value;
	nDocs = (await readDb<{ n: number }>(siteDir, 'SELECT count(*)::INTEGER AS n FROM documents'))[0].n;
});
afterAll(() => browser?.close());

async function exported(button: string): Promise<{ name: string; bytes: Buffer }> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('#timeline').getByRole('group', { name: /^Export/ }).getByRole('button', { name: button, exact: true }).click()
	]);
	return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

test('CSV: the stamp as # lines, then one row per document', async () => {
	const { name, bytes } = await exported('CSV');
	expect(name).toMatch(/\.csv$/);
	const lines = bytes.toString('utf8').trimEnd().split('\n');
	const stamp = lines.filter((l) => l.startsWith('# '));
	expect(stamp.join('\n')).toContain(`# corpus_hash: ${hash}`);
	expect(stamp.join('\n')).toMatch(/# pipeline_version: \d/);
	const data = lines.filter((l) => !l.startsWith('# '));
	expect(data[0].split(',')).toEqual(expect.arrayContaining(['doc_id', 'year', 'author', 'n_words']));
	expect(data.length - 1).toBe(nDocs);
});

test('JSON: methods and data', async () => {
	const { bytes } = await exported('JSON');
	const json = JSON.parse(bytes.toString('utf8'));
	expect(json.methods.corpus_hash).toBe(hash);
	expect(json.data).toHaveLength(nDocs);
});

test('SVG: title, legend, every mark and the stamp', async () => {
	const { bytes } = await exported('SVG');
	const svg = bytes.toString('utf8');
	expect(svg).toContain('Corpus timeline');
	expect(svg).toContain('Author');
	expect(svg).toContain('Year');
	expect(svg.match(/data-testid="timeline-mark"/g)?.length).toBe(nDocs);
	expect(svg).toContain(hash.slice(0, 12));
});

test('PNG: an image', async () => {
	const { bytes } = await exported('PNG');
	expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
	expect(bytes.length).toBeGreaterThan(5000);
});
