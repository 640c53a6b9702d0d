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

async function exported(button: string, chart = 'Export Corpus timeline'): Promise<{ name: string; bytes: Buffer }> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('group', { name: chart, exact: true }).getByRole('button', { name: button, exact: true }).click()
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
	// The stamp shows 12 hex digits after the algorithm prefix (`sha256:` is not counted).
	const digits = hash.replace(/^[a-z0-9-]+:/i, '');
	expect(svg).toContain(`(hash ${hash.slice(0, hash.length - digits.length)}${digits.slice(0, 12)})`);
	// The chart's key explanations travel with the picture.
	expect(svg).toContain('part dated apart');
	expect(svg).toMatch(/Group A|No group A/);
});

test('PNG: an image', async () => {
	const { bytes } = await exported('PNG');
	expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
	expect(bytes.length).toBeGreaterThan(5000);
});

/** The picture's drawn content stays inside its own box (nothing clipped at the edges). */
async function contentInside(svg: string): Promise<{ box: { x: number; y: number; width: number; height: number }; width: number; height: number }> {
	const p = await browser.context.newPage();
	await p.setContent(`<!doctype html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
	const out = await p.evaluate(() => {
		const root = document.querySelector('svg')!;
		const b = root.getBBox();
		return { box: { x: b.x, y: b.y, width: b.width, height: b.height }, width: root.width.baseVal.value, height: root.height.baseVal.value };
	});
	await p.close();
	return out;
}

test('trajectory SVG: the legend draws each term with its own symbol, and carries the chart’s key notes', async () => {
	await page.locator('[data-testid="trajectories"][data-drawn]').waitFor();
	const { bytes } = await exported('SVG', 'Export Term trajectories');
	const svg = bytes.toString('utf8');
	expect(svg).toContain('Hollow: not found');
	expect(svg).not.toMatch(/\((square|triangle|circle)\)/);
	// The legend symbols are paths, one per term, before the chart itself.
	const legend = svg.slice(0, svg.indexOf('<g transform'));
	expect(legend.match(/<path /g)?.length).toBe(3);
});

test('dispersion SVG: the subtitle and the term labels fit inside the picture', async () => {
	await page.locator('[data-testid="occurrence-tick"]').first().waitFor();
	const { bytes } = await exported('SVG', 'Export Dispersion plot');
	const svg = bytes.toString('utf8');
	expect(svg).toContain('uprising');
	const { box, width, height } = await contentInside(svg);
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
	expect(box.y + box.height).toBeLessThanOrEqual(height + 0.5);
});
