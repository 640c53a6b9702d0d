// Dated parts: a document whose sections carry different dates (a 1904 preface to a 1902 letter) is counted per
// part, each at its own year with its own words; KWIC lines give the year of their sentence's part.
import { describe, expect, it } from 'vitest';
import { defaultDb, fixtureDb } from '../../fixtures/corpus-db';
import { termDocRatesQuery, type TermDocRow } from '../../../src/lib/db/queries/terms';
import { kwicQuery, type KwicRow } from '../../../src/lib/db/queries/passages';
import { WORDS, terms, useDb } from './term-fixture';

// tests/fixtures/corpora/documents/a-1902.txt, as the pipeline reads it (word indexes 0-based):
//   section 0 "Preface", dated 1904-01 (#January 1904): s0 PREFACE0 (heading)  s1 The1 soviet2 met3 .           → 4 words
//   section 1 "Letter", dated 1902-09 (#September 1902): s2 LETTER4 (heading)  s3 The5 uprising6 of7 the8 workers9
//   was10 near11 .  s4 Discipline12 is13 needed14 .                                                               → 11 words
describe('dated parts on the fixture', () => {
	const db = useDb(() => fixtureDb('documents'));

	it('counts each dated part apart: its own hits over its own words, at its own date', async () => {
		const rows = await db.run<TermDocRow>(termDocRatesQuery(terms('uprising, soviet'), WORDS, { datedParts: true }));
		const letter = (term: number) => rows.filter((r) => r.term === term && r.doc_id === 'a-1902').map((r) => [r.section, r.unit, r.year, r.count, r.n_words, r.rate]);
		// in year order: the 1902 letter, then the 1904 preface
		expect(letter(0)).toEqual([
			['Letter', 'a-1902#1', 1902, 1, 11, 10000 / 11],
			['Preface', 'a-1902#0', 1904, 0, 4, 0]
		]);
		expect(letter(1)).toEqual([
			['Letter', 'a-1902#1', 1902, 0, 11, 0],
			['Preface', 'a-1902#0', 1904, 1, 4, 2500]
		]);
		expect(rows.find((r) => r.section === 'Preface')!.when).toBeCloseTo(1904 + 0.5 / 12, 6);
		// Documents without dated parts are unchanged: one row, the whole document ("The uprising failed. We learn from the uprising …").
		const a1906 = rows.filter((r) => r.term === 0 && r.doc_id === 'a-1906');
		expect(a1906.map((r) => [r.section, r.unit, r.count, r.n_words])).toEqual([[null, 'a-1906', 2, 11]]);
	});

	it('counts whole documents when dated parts are off', async () => {
		const rows = await db.run<TermDocRow>(termDocRatesQuery(terms('uprising'), WORDS));
		expect(rows.filter((r) => r.doc_id === 'a-1902').map((r) => [r.section, r.year, r.count, r.n_words])).toEqual([[null, 1902, 1, 15]]);
	});

	it('KWIC lines carry the year of their part, and a part target opens exactly its occurrences', async () => {
		const t = terms('uprising, soviet');
		const all = await db.run<KwicRow>(kwicQuery(t, WORDS, { docId: 'a-1902' }));
		expect(all.map((r) => [r.sentence_id, r.match, r.section, r.year])).toEqual([
			[1, 'soviet', 'Preface', 1904],
			[3, 'uprising', 'Letter', 1902]
		]);
		const pre = await db.run<KwicRow>(kwicQuery(t, WORDS, { docId: 'a-1902', section: 'Preface' }));
		expect(pre.map((r) => [r.sentence_id, r.total])).toEqual([[1, 1]]);
		// A document of one part keeps its own year.
		const a1906 = await db.run<KwicRow>(kwicQuery(terms('uprising'), WORDS, { docId: 'a-1906' }));
		expect(a1906.map((r) => r.year)).toEqual([1906, 1906]);
	});
});

describe('dated parts on the default corpus', () => {
	const db = useDb(defaultDb);
	const LETTER = 'lenin-1902-organizational-tasks';

	it('per-part counts and words sum to the document’s; rates use the part’s words', async () => {
		const t = terms('discipline, party, uprising');
		const whole = await db.run<TermDocRow>(termDocRatesQuery(t, WORDS));
		const parts = await db.run<TermDocRow>(termDocRatesQuery(t, WORDS, { datedParts: true }));
		const sections = await db.run<{ section: string; year: number; n_words: number }>({
			sql: `SELECT section, year, n_words FROM sections WHERE doc_id = '${LETTER}' ORDER BY section_order`, params: []
		});
		expect(sections.length).toBeGreaterThan(1);
		for (const [i] of t.entries()) {
			const doc = whole.find((r) => r.term === i && r.doc_id === LETTER)!;
			const mine = parts.filter((r) => r.term === i && r.doc_id === LETTER);
			expect(mine.map((r) => r.section).sort()).toEqual(sections.map((s) => s.section).sort());
			expect(mine.reduce((s, r) => s + r.count, 0)).toBe(doc.count);
			expect(mine.reduce((s, r) => s + r.n_words, 0)).toBe(doc.n_words);
			for (const r of mine) {
				const s = sections.find((x) => x.section === r.section)!;
				expect([r.year, r.n_words]).toEqual([s.year, s.n_words]);
				expect(r.rate).toBeCloseTo((r.count * 10000) / s.n_words, 9);
			}
			// Every other document: one whole-document row, as before.
			const others = (rows: TermDocRow[]) => rows.filter((r) => r.term === i && r.doc_id !== LETTER).map((r) => [r.doc_id, r.count, r.n_words, r.section]);
			expect(others(parts)).toEqual(others(whole));
		}
	});

	it('“discipline”: the KWIC year is the part’s, and matches the per-part counts', async () => {
		const t = terms('discipline');
		const lines = await db.run<KwicRow>(kwicQuery(t, WORDS, { docId: LETTER }));
		const parts = (await db.run<TermDocRow>(termDocRatesQuery(t, WORDS, { datedParts: true }))).filter((r) => r.doc_id === LETTER);
		for (const p of parts) {
			const mine = lines.filter((l) => l.section === p.section);
			expect(mine.length, p.section!).toBe(p.count);
			expect(mine.every((l) => l.year === p.year)).toBe(true);
			const target = await db.run<KwicRow>(kwicQuery(t, WORDS, { docId: LETTER, section: p.section! }));
			expect(target.map((l) => l.start_token)).toEqual(mine.map((l) => l.start_token));
		}
		expect(lines.some((l) => l.year === 1904)).toBe(true);
	});
});
