// The term SQL (src/lib/db/queries/terms.ts) on the term fixture written by the pipeline: every expected value worked
// out by hand from the word indexes listed in term-fixture.ts.
import { describe, expect, it } from 'vitest';
import { LEMMAS, WORDS, terms, useFixtureDb } from './term-fixture';
import type { TermOptions } from '../../../src/lib/terms/parse';
import {
	termAuthorRatesQuery,
	termBinsQuery,
	termDispersionQuery,
	termDocRatesQuery,
	termFormsQuery,
	termHitsQuery,
	topHitDocQuery,
	type HitRow,
	type TermAuthorRow,
	type TermBinRow,
	type TermDispersionRow,
	type TermDocRow,
	type TermFormRow
} from '../../../src/lib/db/queries/terms';
import { dpOverParts } from '../../fixtures/gries-dp';

const db = useFixtureDb();

async function counts(text: string, opts: TermOptions): Promise<Record<string, number[]>> {
	const rows = await db.run<TermDocRow>(termDocRatesQuery(terms(text), opts));
	const out: Record<string, number[]> = {};
	for (const r of rows) (out[r.label] ??= []).push(r.count);
	return out; // documents in year order: d1 1905, d2 1910, d3 1917, d4 1917
}

describe('matching', () => {
	it('finds a word case-insensitively, in every document, zeros included', async () => {
		// uprising: d1 words 2, 7; d2 word 4; d3 word 7 ("Uprising"); d4 none
		expect(await counts('uprising', WORDS)).toEqual({ uprising: [2, 1, 1, 0] });
	});
	it('lemma mode: soviet finds Soviet and Soviets, and so does soviets', async () => {
		// word forms: only "Soviet" (d1 word 13); lemmas: + "Soviets" (d1 word 4, lemma soviet)
		expect(await counts('soviet', WORDS)).toEqual({ soviet: [1, 0, 0, 0] });
		expect(await counts('soviet, soviets', LEMMAS)).toEqual({ soviet: [2, 0, 0, 0], soviets: [2, 0, 0, 0] });
		expect(await counts('soviets', WORDS)).toEqual({ soviets: [1, 0, 0, 0] });
	});
	it('phrases are consecutive words of one sentence', async () => {
		// d1: armed1 uprising2 in s0 → 1; d3: armed6 (s1) uprising7 (s2) are consecutive words but not one sentence → 0
		expect(await counts('armed uprising, constituent assembly', WORDS)).toEqual({
			'armed uprising': [1, 0, 0, 0],
			'constituent assembly': [0, 0, 1, 0]
		});
	});
	it('punctuation between the words of a phrase is skipped', async () => {
		// d1 s1: formed5 ; the6 → "formed the" matches across the semicolon
		expect(await counts('formed the', WORDS)).toEqual({ 'formed the': [1, 0, 0, 0] });
	});
	it('a trailing wildcard is a prefix', async () => {
		// revolution14, revolutionary15 in d1
		expect(await counts('revolution*', WORDS)).toEqual({ 'revolution*': [2, 0, 0, 0] });
		expect(await counts('revolution', WORDS)).toEqual({ revolution: [1, 0, 0, 0] });
	});
	it('compound parts only with the parts switch', async () => {
		// democratic: d3 word 10; with parts also d1 word 9 (social-democratic)
		expect(await counts('democratic', WORDS)).toEqual({ democratic: [0, 0, 1, 0] });
		expect(await counts('democratic', { lemma: false, parts: true })).toEqual({ democratic: [1, 0, 1, 0] });
		expect(await counts('democrat*', { lemma: true, parts: true })).toEqual({ 'democrat*': [1, 0, 1, 0] });
		// the compound itself, typed with its hyphen, is one word
		expect(await counts('social-democratic', WORDS)).toEqual({ 'social-democratic': [1, 0, 0, 0] });
	});
	it('a term that is not in the corpus counts zero everywhere', async () => {
		expect(await counts("bolshevik, o'brien", LEMMAS)).toEqual({ bolshevik: [0, 0, 0, 0], "o'brien": [0, 0, 0, 0] });
	});
	it('lists each hit with its position', async () => {
		const hits = await db.run<HitRow>(termHitsQuery(terms('uprising'), WORDS, 'd1'));
		// d1: word 2 (token 2), word 7 (tokens: The0 armed1 uprising2 began3 .4 Soviets5 formed6 ;7 the8 uprising9) of 17 words
		expect(hits.map((h) => [h.sentence_id, h.start_token, h.start_word, h.position])).toEqual([
			[0, 2, 2, 2 / 17],
			[1, 9, 7, 7 / 17]
		]);
	});
});

describe('rates', () => {
	it('per document per 10,000 words', async () => {
		const rows = await db.run<TermDocRow>(termDocRatesQuery(terms('uprising'), WORDS));
		// 2/17 × 10⁴ = 1176.47; 1/5 × 10⁴ = 2000; 1/12 × 10⁴ = 833.33; 0/3 = 0
		expect(rows.map((r) => r.doc_id)).toEqual(['d1', 'd2', 'd3', 'd4']);
		expect(rows.map((r) => r.n_words)).toEqual([17, 5, 12, 3]);
		[(2 / 17) * 1e4, 2000, (1 / 12) * 1e4, 0].forEach((rate, i) => expect(rows[i].rate).toBeCloseTo(rate, 9));
		expect(rows[0]).toMatchObject({ term: 0, label: 'uprising', title: 'Alpha', author: 'A', year: 1905, count: 2 });
	});
	it('per author: counts and words summed', async () => {
		const rows = await db.run<TermAuthorRow>(termAuthorRatesQuery(terms('uprising, discipline'), WORDS));
		// uprising: A = 2 + 1 = 3 in 17 + 5 = 22 words → 1363.64; B = 1 + 0 in 12 + 3 = 15 → 666.67
		// discipline: A = 1 (d1) + 2 (d2) = 3 in 22; B = 0
		expect(rows.map((r) => [r.label, r.author, r.count, r.n_words, r.n_docs, r.first_year, r.last_year])).toEqual([
			['uprising', 'A', 3, 22, 2, 1905, 1910],
			['uprising', 'B', 1, 15, 2, 1917, 1917],
			['discipline', 'A', 3, 22, 2, 1905, 1910],
			['discipline', 'B', 0, 15, 2, 1917, 1917]
		]);
		expect(rows[0].rate).toBeCloseTo((3 / 22) * 1e4, 10);
	});
});

describe('bins and dispersion', () => {
	it('two bins of d1: ⌊w × 2 / 17⌋ puts words 0–8 in bin 0, 9–16 in bin 1', async () => {
		const rows = await db.run<TermBinRow>(termBinsQuery(terms('uprising'), WORDS, 'd1', 2));
		// uprising at words 2 and 7: both in bin 0
		expect(rows.map((r) => [r.bin, r.words, r.count, r.first_word, r.last_word])).toEqual([
			[0, 9, 2, 0, 8],
			[1, 8, 0, 9, 16]
		]);
		expect(rows[0].rate).toBeCloseTo((2 / 9) * 1e4, 10);
		expect(rows[1].start).toBeCloseTo(9 / 17, 12);
		expect(rows[1].end).toBe(1);
	});
	it('three bins of d1: words 0–5, 6–11, 12–16', async () => {
		const rows = await db.run<TermBinRow>(termBinsQuery(terms('uprising'), WORDS, 'd1', 3));
		// ⌊5·3/17⌋ = 0, ⌊6·3/17⌋ = 1, ⌊11·3/17⌋ = 1, ⌊12·3/17⌋ = 2; uprising 2 → bin 0, 7 → bin 1
		expect(rows.map((r) => [r.words, r.count])).toEqual([
			[6, 1],
			[6, 1],
			[5, 0]
		]);
	});
	it('more bins than words: one bin per word', async () => {
		const rows = await db.run<TermBinRow>(termBinsQuery(terms('nothing'), WORDS, 'd4', 10));
		expect(rows.map((r) => [r.bin, r.words, r.count])).toEqual([
			[0, 1, 1],
			[1, 1, 0],
			[2, 1, 0]
		]);
	});
	it('DP and DPnorm in SQL, worked by hand', async () => {
		const two = await db.run<TermDispersionRow>(termDispersionQuery(terms('uprising'), WORDS, 2));
		// d1, 2 bins: s = 9/17, 8/17; p = 1, 0 → DP = ½ (8/17 + 8/17) = 8/17; DPnorm = (8/17)/(1 − 8/17) = 8/9
		const d1 = two.find((r) => r.doc_id === 'd1')!;
		expect(d1.count).toBe(2);
		expect(d1.dp).toBeCloseTo(8 / 17, 12);
		expect(d1.dp_norm).toBeCloseTo(8 / 9, 12);
		// d4 has no uprising: no row (DP undefined)
		expect(two.map((r) => r.doc_id)).toEqual(['d1', 'd2', 'd3']);
		const three = await db.run<TermDispersionRow>(termDispersionQuery(terms('uprising'), WORDS, 3));
		// d1, 3 bins: s = 6/17 6/17 5/17, p = ½ ½ 0 → |.5 − .3529| × 2 + .2941 = 10/17 → DP = 5/17; DPnorm = (5/17)/(12/17) = 5/12
		const d1b = three.find((r) => r.doc_id === 'd1')!;
		expect(d1b.dp).toBeCloseTo(5 / 17, 12);
		expect(d1b.dp_norm).toBeCloseTo(5 / 12, 12);
	});
	it('DP per document equals the DP of the bins query’s parts', async () => {
		const t = terms('uprising, discipline, the');
		for (const docId of ['d1', 'd2', 'd3']) {
			for (const bins of [1, 2, 3, 4, 7]) {
				const rows = await db.run<TermBinRow>(termBinsQuery(t, WORDS, docId, bins));
				const sqlDp = await db.run<TermDispersionRow>(termDispersionQuery(t, WORDS, bins));
				// Limited to the document, the query gives exactly that document's rows of the whole corpus's.
				const own = await db.run<TermDispersionRow>(termDispersionQuery(t, WORDS, bins, docId));
				// (DP is a sum of doubles that DuckDB may add in another order per plan: equal to 12 places, not bit for bit.)
				expect(own).toEqual(sqlDp.filter((r) => r.doc_id === docId).map((r) => ({ ...r, dp: expect.closeTo(r.dp, 12), dp_norm: expect.closeTo(r.dp_norm, 12) })));
				for (let k = 0; k < t.length; k++) {
					const mine = rows.filter((r) => r.term === k);
					const parts = await dpOverParts(db, mine.map((r) => r.count), mine.map((r) => r.words));
					const row = sqlDp.find((r) => r.term === k && r.doc_id === docId);
					if (!parts) expect(row).toBeUndefined();
					else {
						expect(row!.dp).toBeCloseTo(parts.dp, 12);
						expect(row!.dp_norm).toBeCloseTo(parts.dpNorm, 12);
					}
				}
			}
		}
	});
});

describe('forms', () => {
	it('shows which forms each term found', async () => {
		const rows = await db.run<TermFormRow>(termFormsQuery(terms('soviet, revolution*, discipline'), LEMMAS));
		expect(rows.map((r) => [r.term, r.form, r.count, r.n_docs])).toEqual([
			[0, 'soviet', 1, 1],
			[0, 'soviets', 1, 1],
			[1, 'revolution', 1, 1],
			[1, 'revolutionary', 1, 1],
			[2, 'discipline', 3, 2]
		]);
	});
});

describe('safety', () => {
	it('quotes user text: a quote in a term is data', async () => {
		// The parser would refuse this; the SQL must be safe for any Term object all the same.
		const evil = "it's'; DROP TABLE tokens; --";
		const rows = await db.run<TermDocRow>(termDocRatesQuery([{ label: evil, words: [{ text: evil, prefix: true }] }], LEMMAS));
		expect(rows.map((r) => [r.label, r.count])).toEqual(['d1', 'd2', 'd3', 'd4'].map(() => [evil, 0]));
		const n = await db.run<{ n: number }>({ sql: 'SELECT count(*) AS n FROM tokens', params: [] });
		expect(n[0].n).toBeGreaterThan(0);
	});
	it('refuses an empty term list and silly bins', () => {
		expect(() => termDocRatesQuery([], WORDS)).toThrow();
		expect(() => termBinsQuery(terms('x'), WORDS, 'd1', 0)).toThrow();
		expect(() => termBinsQuery(terms('x'), WORDS, 'd1', 2.5)).toThrow();
	});
});

describe('year axis', () => {
	it('places documents at their fractional year', async () => {
		const rows = await db.run<TermDocRow>(termDocRatesQuery(terms('uprising'), WORDS));
		// d1 1905-03 → 1905 + 2.5/12; d2 1910 → 1910.5; d3 1917-04-01 → 1917 + (91 − 0.5)/366; d4 1917-10 → 1917 + 9.5/12
		expect(rows.map((r) => r.when)).toEqual([1905 + 2.5 / 12, 1910.5, 1917 + 90.5 / 366, 1917 + 9.5 / 12].map((x) => expect.closeTo(x, 10)));
	});
});

describe('topHitDocQuery (the default document inside one document)', () => {
	it('is the document with the most occurrences of all the terms together, none when no document has any', async () => {
		const top = (text: string) => db.run<{ doc_id: string; n: number }>(topHitDocQuery(terms(text), WORDS));
		// constituent assembly occurs only in d3, not in the first document d1
		expect(await top('armed uprising, constituent assembly')).toEqual([{ doc_id: 'd1', n: 1 }]);
		expect(await top('constituent assembly')).toEqual([{ doc_id: 'd3', n: 1 }]);
		expect(await top('uprising')).toEqual([{ doc_id: 'd1', n: 2 }]);
		expect(await top('zzzz')).toEqual([]);
	});
});
