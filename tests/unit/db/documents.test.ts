// The corpus-level queries (documents, dated sections, authors, meta) on the documents fixture written by the pipeline
// (tests/fixtures/corpora/documents): expected values counted by hand from its texts.
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { FIXTURE_CORPORA, fixtureDb } from '../../fixtures/corpus-db';
import { useDb } from './term-fixture';
import { loadCorpus } from '../../../analysis/src/read/corpus';
import { authorsQuery, datedSectionsQuery, documentsQuery, metaQuery, type AuthorRow, type DocumentRow, type SectionRow } from '../../../src/lib/db/queries/documents';

const db = useDb(() => fixtureDb('documents'));

describe('documentsQuery', () => {
	test('one row per document in date order, numbers as JS numbers', async () => {
		const rows = await db.run<DocumentRow>(documentsQuery());
		expect(rows.map((r) => r.doc_id)).toEqual(['a-1902', 'a-1906', 'b-1917', 'c-2017']);
		for (const r of rows) {
			expect(typeof r.n_words).toBe('number');
			expect(typeof r.year).toBe('number');
		}
		const b = rows.find((r) => r.doc_id === 'b-1917')!;
		// "The conference is against the revolution." 6 + "Workers must organise discipline in the soviets." 7 + "No." 1
		expect(b.n_words).toBe(14);
		expect(b.n_sentences).toBe(3);
		expect(b.mean_sentence).toBeCloseTo(14 / 3, 10);
		expect(b.translation).toBe('');
		expect(rows.find((r) => r.doc_id === 'a-1906')!.title).toBe("Lessons of the 'Uprising'");
		// a-1902: headings PREFACE and LETTER are sentences of one word each, but not counted in the mean sentence:
		// 15 words in 5 sentences, of which 13 words in the 3 running sentences (3, 7, 3)
		const a = rows.find((r) => r.doc_id === 'a-1902')!;
		expect([a.n_words, a.n_sentences]).toEqual([15, 5]);
		expect(a.mean_sentence).toBeCloseTo(13 / 3, 10);
	});

	test('a date becomes a fractional year: day of year, mid-month, or mid-year', async () => {
		const rows = await db.run<DocumentRow>(documentsQuery());
		const when = Object.fromEntries(rows.map((r) => [r.doc_id, r.when]));
		// 1902-09 → mid-September: 1902 + 8.5/12
		expect(when['a-1902']).toBeCloseTo(1902 + 8.5 / 12, 10);
		// 1906-08-29 is day 241 of 1906: 1906 + 240.5/366
		expect(when['a-1906']).toBeCloseTo(1906 + 240.5 / 366, 10);
		// 2017-10-20 is day 293
		expect(when['c-2017']).toBeCloseTo(2017 + 292.5 / 366, 10);
		for (const r of rows) expect(Math.floor(r.when)).toBe(r.year);
	});
});

describe('the other corpus queries', () => {
	test('datedSectionsQuery lists only parts dated apart from their document', async () => {
		// a-1902's "Preface" (#January 1904): the heading PREFACE and "The soviet met." → 4 words; its "Letter" part
		// has the document's own date (1902-09) and is not listed.
		const rows = await db.run<SectionRow>(datedSectionsQuery());
		expect(rows).toEqual([{ doc_id: 'a-1902', section: 'Preface', date: '1904-01', year: 1904, when: 1904 + 0.5 / 12, n_words: 4 }]);
	});

	test('authorsQuery orders authors by their first year (the colour domain)', async () => {
		const rows = await db.run<AuthorRow>(authorsQuery());
		expect(rows).toEqual([
			{ author: 'Author A', first_year: 1902, n_docs: 2 },
			{ author: 'Author B', first_year: 1917, n_docs: 1 },
			{ author: 'Author C', first_year: 2017, n_docs: 1 }
		]);
	});

	test('metaQuery gives the methods facts as key/value rows', async () => {
		const rows = await db.run<{ key: string; value: string }>(metaQuery());
		const meta = Object.fromEntries(rows.map((r) => [r.key, r.value]));
		expect(meta.corpus_hash).toBe(loadCorpus(join(FIXTURE_CORPORA, 'documents')).hash);
		expect(meta.pipeline_version).toMatch(/^\d+\.\d+\.\d+$/);
		// the folder's README.md begins "# Documents fixture"
		expect([meta.corpus_title, meta.created_from]).toEqual(['Documents fixture', 'documents']);
		expect(rows.map((r) => r.key)).toEqual([...rows.map((r) => r.key)].sort());
	});
});
