// The one counts query of a term change (termCountsQuery) and what the views shape from it (src/lib/terms/counts.ts):
// the forms box, the top document and the rates by decade must be exactly the rows of the SQL queries they replace
// (termFormsQuery, topHitDocQuery, termPooledRatesQuery by decade, termDocRatesQuery per document), on the term fixture and on the default corpus,
// for words, phrases, wildcards, lemmas, compound parts and left-out forms.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOTU_DB } from './corpora';
import { defaultDb, fixtureDb } from '../../fixtures/corpus-db';
import { LEMMAS, WORDS, terms, useDb } from './term-fixture';
import type { TermOptions } from '../../../src/lib/terms/parse';
import { decadeOf, decadeRatesFromCounts, docPartRatesFromCounts, formsFromCounts, groupRatesFromCounts, topDocFromCounts, withoutExcluded } from '../../../src/lib/terms/counts';
import { groupDocsQuery, type GroupDocRow, type Groups } from '../../../src/lib/db/groups';
import { byCodePoint } from '../../../src/lib/stats/duckdb-order';
import {
	datedPartUnitsQuery,
	termCountsQuery,
	termDocRatesQuery,
	termHitsQuery,
	termFormsQuery,
	termGroupRatesQuery,
	termPooledRatesQuery,
	topHitDocQuery,
	NO_VALUE,
	type DatedPartRow,
	type HitRow,
	type TermCountRow,
	type TermDocRow,
	type TermFormRow,
	type TermGroupRow,
	type TermPoolRow
} from '../../../src/lib/db/queries/terms';
import { documentsQuery, type DocumentRow } from '../../../src/lib/db/queries/documents';

const PARTS: TermOptions = { lemma: false, parts: true };

const CASES: [string, TermOptions][] = [
	['uprising, the, armed uprising', WORDS],
	['soviet, discipline*, the uprising', LEMMAS],
	['democratic, social-democratic', PARTS],
	['uprising, armed uprising', { ...WORDS, exclude: { uprising: ['uprising'], 'armed uprising': ['armed uprising'] } }],
	['soviet', { ...LEMMAS, exclude: { soviet: ['soviets'] } }],
	['nothing-like-this', WORDS]
];

const DEFAULT_CASES: [string, TermOptions][] = [
	['party, the working class, revolution*', WORDS],
	['worker, soviet power', LEMMAS],
	['democratic', PARTS],
	['class', { ...WORDS, exclude: { class: ['class'] } }]
];

function check(db: ReturnType<typeof useDb>, cases: [string, TermOptions][]) {
	it.each(cases)('%s (%o): forms, top document and decades as their SQL queries give them', async (text, opts) => {
		const ts = terms(text);
		const counts = await db.run<TermCountRow>(termCountsQuery(ts, opts));
		const docs = await db.run<DocumentRow>(documentsQuery());
		expect(formsFromCounts(counts)).toEqual(await db.run<TermFormRow>(termFormsQuery(ts, opts)));
		const top = await db.run<{ doc_id: string; n: number }>(topHitDocQuery(ts, opts));
		expect(topDocFromCounts(counts, ts, opts, docs)).toEqual(top[0] ?? null);
		// The counts with the top document's hits, in one query (what the browser's runner asks): the same two answers.
		const together = termCountsQuery(ts, opts).together!;
		const [own, ...others] = together.split(await db.run(together.query));
		expect(own.query.sql).toBe(termCountsQuery(ts, opts).sql);
		expect(own.rows).toEqual(counts);
		if (top[0]) {
			const hits = termHitsQuery(ts, opts, top[0].doc_id);
			expect(others.map((o) => o.query.sql)).toEqual([hits.sql]);
			expect(others[0].rows).toEqual(await db.run<HitRow>(hits));
		} else expect(others).toEqual([]);
		const pooled = await db.run<TermPoolRow>(termPooledRatesQuery(ts, opts, { kind: 'decade' }));
		const mine = decadeRatesFromCounts(counts, ts, opts, docs);
		expect(mine.map(({ rate, ...r }) => r)).toEqual(pooled.map(({ rate, ...r }) => r));
		mine.forEach((r, i) => (r.rate === null ? expect(pooled[i].rate).toBeNull() : expect(r.rate).toBeCloseTo(pooled[i].rate!, 12)));
		// Group A against group B, for groups of several kinds (the first documents against the rest, two years, none in B).
		const ids = docs.map((d) => d.doc_id);
		const years = docs.map((d) => d.year).filter((y) => y !== null);
		const pairs: Groups[] = [
			{ a: { kind: 'docs', docs: ids.slice(0, 2) }, b: { kind: 'rest' } },
			{ a: { kind: 'years', from: Math.min(...years), to: Math.min(...years) }, b: { kind: 'years', from: Math.max(...years), to: Math.max(...years) } },
			{ a: { kind: 'rest' }, b: { kind: 'docs', docs: [] } }
		];
		for (const groups of pairs) {
			const members = await db.run<GroupDocRow>(groupDocsQuery(groups));
			const want = await db.run<TermGroupRow>(termGroupRatesQuery(ts, opts, groups));
			const got = groupRatesFromCounts(counts, ts, opts, members, docs);
			expect(got.map(({ rate, ...r }) => r), JSON.stringify(groups)).toEqual(want.map(({ rate, ...r }) => r));
			got.forEach((r, i) => (r.rate === null ? expect(want[i].rate).toBeNull() : expect(r.rate).toBeCloseTo(want[i].rate!, 12)));
		}
		const perDoc = await db.run<TermDocRow>(termDocRatesQuery(ts, opts));
		const ours = docPartRatesFromCounts(counts, ts, opts, docs, []);
		expect(perDoc.length).toBe(ts.length * docs.length);
		expect(ours.map(({ rate, ...r }) => r)).toEqual(perDoc.map(({ rate, ...r }) => r));
		ours.forEach((r, i) => (r.rate === null ? expect(perDoc[i].rate).toBeNull() : expect(r.rate).toBeCloseTo(perDoc[i].rate!, 12)));
		// Dated parts apart: the same counts and the corpus's parts (asked once) give termDocRatesQuery's rows per part.
		const perPart = await db.run<TermDocRow>(termDocRatesQuery(ts, opts, { datedParts: true }));
		const parts = await db.run<DatedPartRow>(datedPartUnitsQuery());
		const oursParts = docPartRatesFromCounts(counts, ts, opts, docs, parts);
		expect(oursParts.map(({ rate, ...r }) => r)).toEqual(perPart.map(({ rate, ...r }) => r));
		oursParts.forEach((r, i) => (r.rate === null ? expect(perPart[i].rate).toBeNull() : expect(r.rate).toBeCloseTo(perPart[i].rate!, 12)));
	});
}

describe('shaped from the counts query, on the term fixture', () => {
	const db = useDb(() => fixtureDb('terms'));
	check(db, CASES);

	it('the counts query ignores left-out forms (one SQL text for the views to share); withoutExcluded drops them', async () => {
		const ts = terms('uprising');
		const all = termCountsQuery(ts, WORDS);
		const without = termCountsQuery(ts, { ...WORDS, exclude: { uprising: ['uprising'] } });
		expect([without.sql, without.params]).toEqual([all.sql, all.params]);
		const rows = await db.run<TermCountRow>(all);
		expect(rows.map((r) => r.form)).toContain('uprising');
		expect(withoutExcluded(rows, ts, { ...WORDS, exclude: { uprising: ['uprising'] } }).filter((r) => r.form === 'uprising')).toEqual([]);
	});
});

describe('shaped from the counts query, on the default corpus', () => {
	const db = useDb(defaultDb);
	check(db, DEFAULT_CASES);

	it('has documents with dated parts apart, so that the rates per part above are checked on some', async () => {
		const parts = await db.run<DatedPartRow>(datedPartUnitsQuery());
		expect(new Set(parts.map((p) => p.doc_id)).size).toBeGreaterThan(0);
		expect(parts.length).toBeGreaterThan(new Set(parts.map((p) => p.doc_id)).size);
	});
});

// 233 documents over 230 years: many decades, dates to the day, and the State of the Union's phrases.
if (existsSync(SOTU_DB))
	describe('shaped from the counts query, on the State of the Union', () => {
		const db = useDb(async () => SOTU_DB);
		check(db, [['war, the people, tax*', LEMMAS]]);
	});

describe('ties and names as DuckDB gives them', () => {
	it('strings by code point (an astral letter after U+FFxx), decades by the year, none without one', () => {
		expect(['\u{1F600}', '\uFF21', 'a'].sort(byCodePoint)).toEqual(['a', '\uFF21', '\u{1F600}']);
		expect([decadeOf(1919), decadeOf(1920), decadeOf(null)]).toEqual(['1910s', '1920s', NO_VALUE]);
	});

	it('top document: most occurrences; a tie goes to corpus order, then to the id', () => {
		const ts = terms('x');
		const row = (doc_id: string, n: number): TermCountRow => ({ term: 0, doc_id, section: null, form: 'x', n });
		const docs = [
			{ doc_id: 'b', year: 1900, n_words: 10, doc_order: 1 },
			{ doc_id: 'a', year: 1900, n_words: 10, doc_order: 1 },
			{ doc_id: 'c', year: 1900, n_words: 10, doc_order: 0 }
		];
		expect(topDocFromCounts([row('a', 2), row('b', 2), row('c', 1)], ts, WORDS, docs)).toEqual({ doc_id: 'a', n: 2 });
		expect(topDocFromCounts([row('a', 2), row('b', 2), row('c', 2)], ts, WORDS, docs)).toEqual({ doc_id: 'c', n: 2 });
		expect(topDocFromCounts([], ts, WORDS, docs)).toBeNull();
	});
});
