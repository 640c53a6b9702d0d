// Dated parts: a document whose sections carry different dates (a 1904 preface to a 1902 letter) is counted per
// part, each at its own year with its own words; KWIC lines give the year of their sentence's part.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusRunner, fixtureRunner, type NodeRunner } from '../../fixtures/terms/fixture';
import { termDocRatesQuery, type TermDocRow } from '../../../src/lib/db/queries/terms';
import { kwicQuery, type KwicRow } from '../../../src/lib/db/queries/passages';
import { WORDS, terms } from './term-fixture';

describe('dated parts on the fixture', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await fixtureRunner();
		// d1: s0 [Preface] The0 armed1 uprising2 began3 (4 words, dated 1904-01); s1–s3 [Main] words 4–16 (13 words, 1905-03).
		await db.con.run(`INSERT INTO sections VALUES ('d1', 0, 'Preface', '1904-01', 1904, 4, 1), ('d1', 1, 'Main', '1905-03', 1905, 13, 3)`);
	});
	afterAll(() => db?.con.closeSync());

	it('counts each dated part apart: its own hits over its own words, at its own date', async () => {
		const rows = await db.run<TermDocRow>(termDocRatesQuery(terms('uprising'), WORDS, { datedParts: true }));
		const d1 = rows.filter((r) => r.doc_id === 'd1').map((r) => [r.section, r.unit, r.year, r.count, r.n_words, r.rate]);
		expect(d1).toEqual([
			['Preface', 'd1#0', 1904, 1, 4, 2500],
			['Main', 'd1#1', 1905, 1, 13, 10000 / 13]
		]);
		expect(rows.find((r) => r.section === 'Preface')!.when).toBeCloseTo(1904 + 0.5 / 12, 6);
		// Documents without dated parts are unchanged: one row, the whole document.
		const d2 = rows.filter((r) => r.doc_id === 'd2');
		expect(d2.map((r) => [r.section, r.unit, r.count, r.n_words])).toEqual([[null, 'd2', 1, 5]]);
	});

	it('counts whole documents when dated parts are off', async () => {
		const rows = await db.run<TermDocRow>(termDocRatesQuery(terms('uprising'), WORDS));
		expect(rows.filter((r) => r.doc_id === 'd1').map((r) => [r.section, r.year, r.count, r.n_words])).toEqual([[null, 1905, 2, 17]]);
	});

	it('KWIC lines carry the year of their part, and a part target opens exactly its occurrences', async () => {
		const all = await db.run<KwicRow>(kwicQuery(terms('uprising'), WORDS, { docId: 'd1' }));
		expect(all.map((r) => [r.sentence_id, r.section, r.year])).toEqual([
			[0, 'Preface', 1904],
			[1, 'Main', 1905]
		]);
		const pre = await db.run<KwicRow>(kwicQuery(terms('uprising'), WORDS, { docId: 'd1', section: 'Preface' }));
		expect(pre.map((r) => [r.sentence_id, r.total])).toEqual([[0, 1]]);
		// A document without sections rows keeps its own year.
		const d2 = await db.run<KwicRow>(kwicQuery(terms('uprising'), WORDS, { docId: 'd2' }));
		expect(d2.map((r) => r.year)).toEqual([1910]);
	});
});

const PATH = 'static/data/default/corpus.duckdb';
describe.skipIf(!existsSync(PATH))('dated parts on the default corpus', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = (await corpusRunner(PATH))!;
	});
	afterAll(() => db?.con.closeSync());
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
