// Group A against group B (termGroupRatesQuery and its shape) and left-out forms (TermOptions.exclude, applied in
// hitsCtes, so in every term query) on the term fixture; every value worked out by hand from term-fixture.ts.
import { describe, expect, it } from 'vitest';
import { LEMMAS, WORDS, terms, useFixtureDb } from './term-fixture';
import {
	termDocRatesQuery,
	termFormsQuery,
	termGroupRatesQuery,
	termHitsQuery,
	type HitRow,
	type TermDocRow,
	type TermFormRow,
	type TermGroupRow
} from '../../../src/lib/db/queries/terms';
import { kwicQuery, type KwicRow } from '../../../src/lib/db/queries/passages';
import { describeRatio, groupComparison, ratioSpan } from '../../../src/lib/views/trajectories/groups-shape';
import { currentTerms } from '../../../src/lib/terms/current';

const db = useFixtureDb();
const AB = { a: { kind: 'docs', docs: ['d1', 'd2'] }, b: { kind: 'rest' } } as const;

describe('group A against group B', () => {
	it('pools counts and words over each group: uprising 3 in 22 words (A) against 1 in 15 (B)', async () => {
		// A = d1 (17 words: uprising at 2, 7) + d2 (5 words: uprising at 4); B = the rest, d3 (12: word 7) + d4 (3: none).
		const rows = await db.run<TermGroupRow>(termGroupRatesQuery(terms('uprising, discipline'), WORDS, AB));
		expect(rows.map((r) => [r.label, r.grp, r.n_docs, r.count, r.n_words])).toEqual([
			['uprising', 'A', 2, 3, 22],
			['uprising', 'B', 2, 1, 15],
			// discipline: d1 word 16, d2 words 0 and 2 → 3 in A; none in B
			['discipline', 'A', 2, 3, 22],
			['discipline', 'B', 2, 0, 15]
		]);
		expect(rows[0].rate).toBeCloseTo(30000 / 22, 9); // 1363.64 per 10,000
		expect(rows[1].rate).toBeCloseTo(10000 / 15, 9); // 666.67

		const cmp = groupComparison(rows);
		const up = cmp.ratios[0];
		// Log Ratio = log2((3/22) / (1/15)) = log2(45/22) = 1.03242; ± 1.95996 √(1/3 + 1/1) / ln 2 = ± 3.26507
		expect(up.logRatio).toBeCloseTo(1.03242, 4);
		expect(up.upper - up.logRatio).toBeCloseTo(3.26507, 4);
		expect(up.ratio).toBeCloseTo(45 / 22, 9);
		// A zero in B counts as 0.5: log2((3/22) / (0.5/15)) = log2(45/11) = 2.03242
		expect(cmp.ratios[1].logRatio).toBeCloseTo(2.03242, 4);
		// but the rate ratio is unbounded, from the exact lower limit (0.025^(1/3) = 0.292402 → 0.413232 × 15/22)
		expect(cmp.ratios[1].ratio).toBe(Infinity);
		expect(cmp.ratios[1].ratioLower).toBeCloseTo(0.281749, 5);
		expect(describeRatio(cmp.ratios[1], (v) => v.toFixed(2))).toBe('only in A (95% at least 0.28×): no clear difference');
		// 2^(1.03242 ± 3.26507) = 0.2126–19.66
		expect(describeRatio(up, (v) => v.toFixed(2))).toBe('2.05× (95% 0.21–19.66): no clear difference');
		// the chart's margin says the same in short, and the method tells a zero count apart
		expect(ratioSpan(up, (v) => v.toFixed(2), 'label')).toBe('A/B 2.05× (0.21–19.66)');
		expect(ratioSpan(cmp.ratios[1], (v) => v.toFixed(2), 'label')).toBe('A/B ∞ (at least 0.28)');
		expect([up.ratioMethod, cmp.ratios[1].ratioMethod]).toEqual(['log-ratio', 'exact']);
		// Garwood interval of 3 in 22 words: 0.61867–8.76727 counts → 281.21–3985.12 per 10,000
		const a = cmp.rates.find((r) => r.label === 'uprising' && r.grp === 'A')!;
		expect(a.lower).toBeCloseTo((0.618672 * 10000) / 22, 1);
		expect(a.upper).toBeCloseTo((8.767273 * 10000) / 22, 1);
	});

	it('a term not in A reads as 0× with its exact upper limit, in the margin and in the sentence', () => {
		// 0 of 2 in 7,000 words against 1,780,000: upper = (1 − 0.025^(1/2)) / 0.025^(1/2) × 1,780,000 / 7,000 = 1,354.0
		const [r] = groupComparison([
			{ term: 0, label: 'soviet', grp: 'A', n_docs: 1, count: 0, n_words: 7000, rate: 0 },
			{ term: 0, label: 'soviet', grp: 'B', n_docs: 232, count: 2, n_words: 1780000, rate: 2 / 178 }
		] as TermGroupRow[]).ratios;
		const fmt = (v: number) => v.toFixed(0);
		expect(r.ratio).toBe(0);
		expect(r.ratioUpper).toBeCloseTo(((1 - Math.sqrt(0.025)) / Math.sqrt(0.025)) * (1780000 / 7000), 6);
		expect(ratioSpan(r, fmt, 'label')).toBe('A/B 0× (up to 1354)');
		expect(describeRatio(r, fmt)).toBe('not in A: 0× (95% up to 1354×): no clear difference');
		expect(r.ratioMethod).toBe('exact');
	});

	it('a group of authors and an empty group', async () => {
		const byAuthor = await db.run<TermGroupRow>(termGroupRatesQuery(terms('uprising'), WORDS, { a: { kind: 'authors', authors: ['B'] }, b: { kind: 'authors', authors: ['A'] } }));
		expect(byAuthor.map((r) => [r.grp, r.count, r.n_words])).toEqual([
			['A', 1, 15],
			['B', 3, 22]
		]);
		const empty = await db.run<TermGroupRow>(termGroupRatesQuery(terms('uprising'), WORDS, { a: { kind: 'docs', docs: [] }, b: { kind: 'docs', docs: ['d3'] } }));
		expect(empty.map((r) => r.grp)).toEqual(['B']);
		expect(groupComparison(empty).ratios).toEqual([]);
	});
});

describe('forms left out of a term', () => {
	const soviet = (exclude?: Record<string, string[]>) => ({ ...LEMMAS, ...(exclude ? { exclude } : {}) });

	it('lemma soviet finds Soviets (word 4) and Soviet (word 13); leaving out "soviets" leaves one, in every query', async () => {
		const counts = async (opts: typeof LEMMAS) =>
			(await db.run<TermDocRow>(termDocRatesQuery(terms('soviet, uprising'), opts))).filter((r) => r.doc_id === 'd1').map((r) => r.count);
		expect(await counts(soviet())).toEqual([2, 2]);
		expect(await counts(soviet({ soviet: ['soviets'] }))).toEqual([1, 2]);
		// Only the term it was left out of: "uprising" is untouched, and an exclusion of another term's form does nothing here.
		expect(await counts(soviet({ uprising: ['soviets'] }))).toEqual([2, 2]);

		const hits = await db.run<HitRow>(termHitsQuery(terms('soviet'), soviet({ soviet: ['soviets'] })));
		expect(hits.map((h) => [h.doc_id, h.start_word, h.form])).toEqual([['d1', 13, 'soviet']]);
		const kwic = await db.run<KwicRow>(kwicQuery(terms('soviet'), soviet({ soviet: ['soviets'] }), { term: 0 }));
		expect(kwic).toHaveLength(1);
	});

	it('a phrase form is left out by its words joined by a space', async () => {
		// "armed uprising": d1 words 1–2 only (d3 "armed ." ends a sentence)
		const base = await db.run<HitRow>(termHitsQuery(terms('armed uprising'), WORDS));
		expect(base.map((h) => h.form)).toEqual(['armed uprising']);
		expect(await db.run<HitRow>(termHitsQuery(terms('armed uprising'), { ...WORDS, exclude: { 'armed uprising': ['armed uprising'] } }))).toEqual([]);
	});

	it('the forms list still shows a left-out form, so that it can be put back', async () => {
		const forms = await db.run<TermFormRow>(termFormsQuery(terms('soviet'), soviet({ soviet: ['soviets'] })));
		expect(forms.map((f) => [f.form, f.count])).toEqual([
			['soviet', 1],
			['soviets', 1]
		]);
	});

	it('currentTerms turns the state into options, and keys the drawing by them', () => {
		const c = currentTerms({ terms: ['soviet', 'left'], lemma: true, parts: false, exclude: [{ term: 'left', form: 'leave' }, { term: 'gone', form: 'x' }] });
		expect(c.opts.exclude).toEqual({ left: ['leave'] });
		expect(c.key).toBe('soviet,left|L-left:leave');
		expect(currentTerms({ terms: ['soviet'], lemma: true, parts: false }).opts).toEqual({ lemma: true, parts: false });
	});
});
