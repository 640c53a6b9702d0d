// Exports in a browser: for the timeline, trajectory, sentence-length and contrast charts and the passages, the CSV
// (header first, with its .methods.json) holds the same rows as the database; JSON carries the stamp; the SVG parses
// and holds the legend; the PNG decodes at twice the picture's size; the stamp's link reopens the same view.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { csvParse } from 'd3';
import { sharedBrowser, openApp } from './browser';
import { readDb } from './db';
import { TABLES } from '../../src/lib/db/contract/schema';

const base = inject('baseURL');
const siteDir = inject('siteDir');
const browser = sharedBrowser();
let hash: string;
let nDocs: number;

beforeAll(async () => {
	hash = (await readDb<{ value: string }>(siteDir, "SELECT value FROM meta WHERE key = 'corpus_hash'"))[0].value;
	nDocs = (await readDb<{ n: number }>(siteDir, 'SELECT count(*)::INTEGER AS n FROM documents'))[0].n;
});

async function fresh(url: string): Promise<Page> {
	const page = await browser.context.newPage();
	await page.setViewportSize({ width: 1440, height: 1000 });
	await openApp(page, url);
	return page;
}

interface File {
	name: string;
	bytes: Buffer;
}
const read = async (d: Download): Promise<File> => ({ name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) });

/** Clicks an export button of a chart and collects the `count` files it downloads. */
async function exported(page: Page, chart: string, button: string, count = 1): Promise<File[]> {
	const got: Promise<File>[] = [];
	const all = new Promise<void>((resolve) => {
		const on = (d: Download) => {
			got.push(read(d));
			if (got.length === count) {
				page.off('download', on);
				resolve();
			}
		};
		page.on('download', on);
	});
	await page.getByRole('group', { name: `Export ${chart}`, exact: true }).getByRole('button', { name: button, exact: true }).click();
	await all;
	return Promise.all(got);
}

interface Stamped {
	rows: Record<string, string>[] & { columns: string[] };
	header: string;
	methods: Record<string, unknown> & { link: string; corpus_hash: string; terms: string[]; group_a: string; group_b: string };
	text: string;
}

/** A CSV export and its side file: the header is the first line, the side file names it and holds the stamp. The two
 *  downloads may arrive in either order. */
function stamped(files: File[]): Stamped {
	expect(files).toHaveLength(2);
	const csv = files.find((f) => f.name.endsWith('.csv')) ?? files[0];
	const side = files.find((f) => f !== csv)!;
	expect(csv.name).toMatch(/^tribune-[a-z0-9-]+\.csv$/);
	expect(side.name).toBe(csv.name.replace(/\.csv$/, '.methods.json'));
	const text = csv.bytes.toString('utf8');
	expect(text).not.toMatch(/^#/m);
	const json = JSON.parse(side.bytes.toString('utf8'));
	expect(json.describes).toBe(csv.name);
	const rows = csvParse(text);
	expect(json.columns).toEqual(rows.columns);
	const m = json.methods;
	expect(m.corpus_hash).toBe(hash);
	for (const k of ['tribune_version', 'pipeline_version', 'model_version', 'exported_at', 'link', 'matching', 'compounds', 'group_a', 'group_b']) expect(m[k], k).toBeTruthy();
	expect(Array.isArray(m.terms)).toBe(true);
	return { rows, header: text.split('\n', 1)[0], methods: m, text };
}

/** The picture parsed as SVG by the browser: no parser error, its size, its texts. */
async function parsedSvg(page: Page, svg: string): Promise<{ ok: boolean; width: number; height: number; texts: string[] }> {
	return page.evaluate((s) => {
		const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
		const root = doc.documentElement;
		return {
			ok: !doc.querySelector('parsererror') && root.nodeName === 'svg',
			width: Number(root.getAttribute('width')),
			height: Number(root.getAttribute('height')),
			texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '')
		};
	}, svg);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** SVG and PNG of a chart: the SVG parses and shows `legend` and the caption; the PNG is twice its size. */
async function pictures(page: Page, chart: string, legend: readonly string[]) {
	const [svg] = await exported(page, chart, 'SVG');
	const parsed = await parsedSvg(page, svg.bytes.toString('utf8'));
	expect(parsed.ok).toBe(true);
	const all = parsed.texts.join('\n');
	expect(all).toContain(chart);
	for (const l of legend) expect(all).toContain(l);
	expect(parsed.texts.join(' ')).toMatch(/Terms: .* · A: .* · B: /);
	expect(all).toContain(`Tribune `);
	const [png] = await exported(page, chart, 'PNG');
	expect(pngSize(png.bytes)).toEqual({ width: Math.round(parsed.width * 2), height: Math.round(parsed.height * 2) });
}

/** The stamp's link opened in a fresh page gives the same CSV (the same view, the same rows). */
async function reopens(s: Stamped, chart: string, ready: (p: Page) => Promise<unknown>) {
	const again = await fresh(s.methods.link);
	try {
		await ready(again);
		const back = stamped(await exported(again, chart, 'CSV', 2));
		expect(back.text).toBe(s.text);
		expect(back.methods.link).toBe(s.methods.link);
	} finally {
		await again.close();
	}
}

describe('timeline', () => {
	let page: Page;
	beforeAll(async () => {
		page = await fresh(`${base}/`);
	});
	afterAll(() => page?.close());

	test('CSV: header first, one row per document; the side file holds the stamp with a link that names the default terms', async () => {
		const s = stamped(await exported(page, 'Corpus timeline', 'CSV', 2));
		expect(s.header.split(',')).toEqual(expect.arrayContaining(['doc_id', 'year', 'author', 'n_words']));
		expect(s.rows).toHaveLength(nDocs);
		const link = new URL(s.methods.link);
		expect(link.searchParams.get('terms')).toBe(s.methods.terms.join(','));
		expect(link.searchParams.get('lemma')).toBe('1');
	});

	test('JSON: methods and data', async () => {
		const [f] = await exported(page, 'Corpus timeline', 'JSON');
		const json = JSON.parse(f.bytes.toString('utf8'));
		expect(json.methods.corpus_hash).toBe(hash);
		expect(json.methods.link).toContain('terms=');
		expect(json.data).toHaveLength(nDocs);
	});

	test('SVG: title, legend, every mark and the stamp', async () => {
		const [f] = await exported(page, 'Corpus timeline', 'SVG');
		const svg = f.bytes.toString('utf8');
		expect(svg).toContain('Author');
		expect(svg).toContain('Year');
		expect(svg.match(/data-testid="timeline-mark"/g)?.length).toBe(nDocs);
		// The stamp shows 12 hex digits after the algorithm prefix (`sha256:` is not counted).
		const digits = hash.replace(/^[a-z0-9-]+:/i, '');
		expect(svg).toContain(`(hash ${hash.slice(0, hash.length - digits.length)}${digits.slice(0, 12)})`);
		expect(svg).toContain('part dated apart');
		expect(svg).toMatch(/Group A|No group A/);
	});

	test('Copy link puts the full address of the view on the clipboard', async () => {
		await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
		await page.getByRole('group', { name: 'Export Corpus timeline', exact: true }).getByRole('button', { name: 'Copy link' }).click();
		await page.getByTestId('copied-link').waitFor();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(copied).searchParams.get('terms')).toBeTruthy();
		expect(new URL(copied).pathname).toBe(new URL(page.url()).pathname);
	});
});

describe('term trajectories', () => {
	const ready = (p: Page) => p.locator('[data-testid="trajectories"][data-drawn]').waitFor({ timeout: 60_000 });
	let page: Page;
	beforeAll(async () => {
		page = await fresh(`${base}/`);
		await ready(page);
	});
	afterAll(() => page?.close());

	test('CSV: each term’s count and words per document are the database’s', async () => {
		const s = stamped(await exported(page, 'Term trajectories', 'CSV', 2));
		expect(s.header).toContain('rate_per_10k');
		expect(s.methods.matching).toBe('lemmas');
		const sum = (rows: Record<string, string>[], key: string) => rows.reduce((n, r) => n + Number(r[key]), 0);
		for (const term of s.methods.terms) {
			const mine = s.rows.filter((r) => r.term === term);
			expect(mine.length, term).toBeGreaterThan(0);
			const want = await readDb<{ doc_id: string; n: number }>(siteDir, `SELECT doc_id, n::INTEGER AS n FROM doc_terms WHERE form = 'lemma' AND term = '${term}'`);
			for (const id of new Set(mine.map((r) => r.doc_id))) {
				expect(sum(mine.filter((r) => r.doc_id === id), 'count'), `${term} in ${id}`).toBe(want.find((w) => w.doc_id === id)?.n ?? 0);
			}
		}
		const words = await readDb<{ doc_id: string; n_words: number }>(siteDir, 'SELECT doc_id, n_words FROM documents');
		const first = s.rows.filter((r) => r.term === s.methods.terms[0]);
		for (const w of words) expect(sum(first.filter((r) => r.doc_id === w.doc_id), 'words'), w.doc_id).toBe(w.n_words);
		await reopens(s, 'Term trajectories', ready);
	});

	test('SVG with the legend and caption, PNG at 2×', async () => {
		await pictures(page, 'Term trajectories', ['uprising', 'soviet', 'discipline', 'Hollow: not found']);
	});

	test('SVG: the legend draws each term with its own symbol', async () => {
		const [f] = await exported(page, 'Term trajectories', 'SVG');
		const svg = f.bytes.toString('utf8');
		expect(svg).not.toMatch(/\((square|triangle|circle)\)/);
		// The legend symbols are paths, one per term, before the chart itself.
		const legend = svg.slice(0, svg.indexOf('<g transform'));
		expect(legend.match(/<path /g)?.length).toBe(3);
	});

	test('dispersion SVG: the subtitle, the term labels and the caption fit inside the picture', async () => {
		await page.locator('[data-testid="occurrence-tick"]').first().waitFor();
		const [f] = await exported(page, 'Dispersion plot', 'SVG');
		const svg = f.bytes.toString('utf8');
		expect(svg).toContain('uprising');
		const { box, width, height } = await contentInside(svg);
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
		expect(box.y + box.height).toBeLessThanOrEqual(height + 0.5);
	});
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

describe('sentence lengths', () => {
	const ready = (p: Page) => p.waitForSelector('[data-testid="sentence-lengths"][data-state="ready"]', { timeout: 60_000 });
	let page: Page;
	beforeAll(async () => {
		page = await fresh(`${base}/`);
		await ready(page);
	});
	afterAll(() => page?.close());

	test('CSV over time: sentences per document are the database’s', async () => {
		const s = stamped(await exported(page, 'Sentence length over time', 'CSV', 2));
		const want = await readDb<{ doc_id: string; n_sentences: number; median_words: number }>(siteDir, 'SELECT doc_id, n_sentences, median_words FROM doc_sentence_stats');
		expect(new Set(s.rows.map((r) => r.doc_id))).toEqual(new Set(want.map((w) => w.doc_id)));
		for (const w of want) {
			const mine = s.rows.filter((r) => r.doc_id === w.doc_id);
			expect(mine.reduce((n, r) => n + Number(r.sentences), 0), w.doc_id).toBe(w.n_sentences);
			if (mine.length === 1) expect(Number(mine[0].median_words), w.doc_id).toBeCloseTo(w.median_words, 9);
		}
		await reopens(s, 'Sentence length over time', ready);
	});

	test('SVG with the legend and caption, PNG at 2×', async () => {
		const authors = await readDb<{ author: string }>(siteDir, 'SELECT DISTINCT author FROM documents');
		await pictures(page, 'Sentence length over time', ['Author', ...authors.map((a) => a.author.split(' ').pop()!)]);
	});
});

describe('keyword contrast', () => {
	const LENIN = 'V. I. Lenin';
	const ready = (p: Page) => p.waitForSelector('[data-testid="contrasts"][data-state="ready"]', { timeout: 90_000 });
	let page: Page;
	beforeAll(async () => {
		page = await fresh(`${base}/?am=author&av=${encodeURIComponent(LENIN)}`);
		await ready(page);
	});
	afterAll(() => page?.close());

	test('CSV: every term’s counts and words in A and B are the database’s', async () => {
		const s = stamped(await exported(page, 'Keyword contrast', 'CSV', 2));
		expect(s.methods.group_a).toBe(`documents by ${LENIN}`);
		expect(s.methods.group_b).toMatch(/rest of the corpus/);
		const form = (s.methods.parameters as { contrast: { by: string } }).contrast.by === 'lemma' ? 'lemma' : 'lower';
		const inA = `doc_id IN (SELECT doc_id FROM documents WHERE author = '${LENIN}')`;
		const counts = await readDb<{ term: string; a: number; b: number }>(
			siteDir,
			`SELECT term, (sum(n) FILTER (WHERE ${inA}))::INTEGER AS a, (sum(n) FILTER (WHERE NOT ${inA}))::INTEGER AS b FROM doc_terms WHERE form = '${form}' GROUP BY term`
		);
		const byTerm = new Map(counts.map((c) => [c.term, c]));
		const [{ c, d }] = await readDb<{ c: number; d: number }>(
			siteDir,
			`SELECT (sum(n_words) FILTER (WHERE ${inA}))::INTEGER AS c, (sum(n_words) FILTER (WHERE NOT ${inA}))::INTEGER AS d FROM documents`
		);
		expect(s.rows.length).toBeGreaterThan(50);
		for (const r of s.rows) {
			const want = byTerm.get(r.term.replace(/^'/, ''));
			expect([Number(r.count_a), Number(r.count_b)], r.term).toEqual([want?.a ?? 0, want?.b ?? 0]);
			expect([Number(r.words_a), Number(r.words_b)]).toEqual([c, d]);
		}
		await reopens(s, 'Keyword contrast', ready);
	});

	test('SVG with the legend and caption, PNG at 2×', async () => {
		await pictures(page, 'Keyword contrast, top terms', ['more in A', 'more in B']);
	});
});

describe('passages', () => {
	const ready = (p: Page) => p.waitForSelector('[data-testid="passages"][data-state="ready"]', { timeout: 60_000 });

	/** The panel's CSV button: the CSV and its side file. */
	async function passagesCsv(page: Page): Promise<Stamped> {
		const files: Promise<File>[] = [];
		const two = new Promise<void>((resolve) => page.on('download', (d) => files.push(read(d)) === 2 && resolve()));
		await page.locator('[data-testid="passages"] .tools').getByRole('button', { name: 'CSV', exact: true }).click();
		await two;
		return stamped(await Promise.all(files));
	}

	test('KWIC CSV: every line of every page, as many as the term’s occurrences in the database', async () => {
		const page = await fresh(`${base}/?terms=party&pt=party`);
		try {
			await ready(page);
			const [{ n }] = await readDb<{ n: number }>(siteDir, "SELECT sum(n)::INTEGER AS n FROM doc_terms WHERE form = 'lemma' AND term = 'party'");
			expect(n).toBeGreaterThan(100);
			const s = await passagesCsv(page);
			expect(s.rows).toHaveLength(n);
			expect(s.rows.columns).toEqual(expect.arrayContaining(['doc_id', 'year', 'section', 'sentence', 'left', 'match', 'right']));
			expect(s.rows.every((r) => /part(y|ies)/i.test(r.match))).toBe(true);
			expect(s.methods.terms).toEqual(['party']);
			expect(s.methods.link).toContain('pt=party');
		} finally {
			await page.close();
		}
	});

	test('sentence-list CSV: every sentence of the length range', async () => {
		const page = await fresh(`${base}/?pl=40-60`);
		try {
			await ready(page);
			const [{ n }] = await readDb<{ n: number }>(siteDir, 'SELECT count(*)::INTEGER AS n FROM sentences WHERE NOT is_heading AND n_words BETWEEN 40 AND 60');
			expect(n).toBeGreaterThan(100);
			const s = await passagesCsv(page);
			expect(s.rows).toHaveLength(n);
			expect(s.rows.every((r) => Number(r.length_words) >= 40 && Number(r.length_words) <= 60)).toBe(true);
		} finally {
			await page.close();
		}
	});
});

describe('Data page', () => {
	test('links the database as tribune-<corpus>.duckdb and every table as Parquet and CSV, each served', async () => {
		const page = await browser.context.newPage();
		try {
			await page.goto(`${base}/tables?corpus=default`);
			await page.waitForSelector('[data-testid="data-page"][data-state="ready"]');
			expect(await page.getByTestId('data-database').getAttribute('download')).toBe('tribune-default.duckdb');
			const hrefs = await page.getByTestId('data-file').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
			expect(hrefs).toHaveLength(2 * Object.keys(TABLES).length);
			expect(hrefs).toContain(`${base}/data/default/default-tokens.parquet`);
			for (const h of hrefs) expect((await page.request.get(h)).status(), h).toBe(200);
			expect(await page.getByTestId('data-dictionary').textContent()).toContain('word_index');
		} finally {
			await page.close();
		}
	});
});
