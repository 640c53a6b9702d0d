// KWIC (src/lib/db/queries/passages.ts) and Reader (reader.ts) SQL on the term fixture written by the pipeline
// (word and token indexes in term-fixture.ts).
import { describe, expect, it } from 'vitest';
import { LEMMAS, WORDS, terms, useDb, useFixtureDb } from './term-fixture';
import { fixtureDb } from '../../fixtures/corpus-db';
import { kwicQuery, type KwicRow, type PassageTarget } from '../../../src/lib/db/queries/passages';
import { NO_VALUE, termDocRatesQuery, termPooledRatesQuery, type TermDocRow, type TermPoolRow } from '../../../src/lib/db/queries/terms';
import type { Groups } from '../../../src/lib/db/groups';
import {
	readerDocumentQuery,
	readerMatchTokensQuery,
	readerSentencesQuery,
	type ReaderDocRow,
	type ReaderSentenceRow,
	type ReaderTokenRow
} from '../../../src/lib/db/queries/reader';
import { sentenceSegments } from '../../../src/lib/views/reader/shape';

const db = useFixtureDb();

const line = (r: KwicRow) => `${r.left} [${r.match}] ${r.right}`;

describe('kwicQuery', () => {
	it('term × document: left, match, right with N words of context', async () => {
		const rows = await db.run<KwicRow>(kwicQuery(terms('uprising'), WORDS, { term: 0, docId: 'd1' }, { context: 2 }));
		// word 2: left = words 0–1, right = words 3–4 and the "." after began (sentence boundary → one space)
		// word 7: left = words 5–6 with the ";" between; right = words 8–9 and nothing after Social-Democratic
		expect(rows.map(line)).toEqual(['The armed [uprising] began. Soviets', 'formed; the [uprising] spread. Social-Democratic']);
		expect(rows.map((r) => [r.sentence_id, r.start_token, r.left_word, r.right_word, r.total, r.title, r.year])).toEqual([
			[0, 2, 'armed', 'began', 2, 'Alpha', 1905],
			[1, 9, 'the', 'spread', 2, 'Alpha', 1905]
		]);
	});
	it('context stops at the document edges and takes the final punctuation', async () => {
		const rows = await db.run<KwicRow>(kwicQuery(terms('discipline'), WORDS, { docId: 'd1' }, { context: 5 }));
		// words 11–15 to the left (joined the Soviet Revolution revolutionary), only the "!" to the right
		expect(rows.map(line)).toEqual(['joined the Soviet. Revolution, revolutionary [discipline] !']);
		const first = await db.run<KwicRow>(kwicQuery(terms('the'), WORDS, { docId: 'd1', token: 0 }, { context: 1 }));
		expect(first.map(line)).toEqual([' [The] armed']);
		expect(first[0].left_word).toBe('');
	});
	it('a phrase is one match', async () => {
		const rows = await db.run<KwicRow>(kwicQuery(terms('soviet, armed uprising'), LEMMAS, { term: 1 }, { context: 1 }));
		expect(rows.map(line)).toEqual(['The [armed uprising] began.']);
		expect(rows[0].term).toBe(1);
	});
	it('term × author, every document of the author', async () => {
		const rows = await db.run<KwicRow>(kwicQuery(terms('uprising'), WORDS, { term: 0, author: 'A' }, { context: 1 }));
		// A: d1 words 2, 7; d2 word 4
		expect(rows.map((r) => [r.doc_id, r.match])).toEqual([
			['d1', 'uprising'],
			['d1', 'uprising'],
			['d2', 'uprising']
		]);
	});
	it('term × document × bin: exactly the occurrences in that bin', async () => {
		// d1 with 3 bins: word 2 in bin 0, word 7 in bin 1
		const b0 = await db.run<KwicRow>(kwicQuery(terms('uprising'), WORDS, { term: 0, docId: 'd1', bin: { index: 0, count: 3 } }));
		const b1 = await db.run<KwicRow>(kwicQuery(terms('uprising'), WORDS, { term: 0, docId: 'd1', bin: { index: 1, count: 3 } }));
		const b2 = await db.run<KwicRow>(kwicQuery(terms('uprising'), WORDS, { term: 0, docId: 'd1', bin: { index: 2, count: 3 } }));
		expect([b0.map((r) => r.start_token), b1.map((r) => r.start_token), b2.length]).toEqual([[2], [9], 0]);
	});
	it('a single occurrence', async () => {
		const rows = await db.run<KwicRow>(kwicQuery(terms('uprising'), WORDS, { docId: 'd3', token: 9 }, { context: 3 }));
		// d3 tokens: The0 Constituent1 Assembly2 met3 .4 They5 were6 armed7 .8 Uprising9 …
		expect(rows.map(line)).toEqual(['They were armed. [Uprising] followed the democratic']);
	});
	it('sorts by document, year, left word or right word, and pages', async () => {
		const t = terms('uprising');
		const by = async (sort: 'doc' | 'year' | 'left' | 'right', descending = false) =>
			(await db.run<KwicRow>(kwicQuery(t, WORDS, {}, { sort, descending, context: 1 }))).map((r) => `${r.doc_id}:${r.start_token}`);
		// occurrences: d1:2 (armed _ began), d1:9 (the _ spread), d2:5 (no _ .), d3:9 (armed. _ followed; left word "armed")
		expect(await by('doc')).toEqual(['d1:2', 'd1:9', 'd2:5', 'd3:9']);
		expect(await by('year')).toEqual(['d1:2', 'd1:9', 'd2:5', 'd3:9']);
		expect(await by('year', true)).toEqual(['d3:9', 'd2:5', 'd1:2', 'd1:9']);
		// left words: armed, the, no, armed → armed (d1:2), armed (d3:9), no, the
		expect(await by('left')).toEqual(['d1:2', 'd3:9', 'd2:5', 'd1:9']);
		// right words: began, spread, '' (d2 ends), followed → '', began, followed, spread
		expect(await by('right')).toEqual(['d2:5', 'd1:2', 'd3:9', 'd1:9']);
		const page = await db.run<KwicRow>(kwicQuery(t, WORDS, {}, { limit: 2, offset: 1 }));
		expect(page.map((r) => [`${r.doc_id}:${r.start_token}`, r.total])).toEqual([
			['d1:9', 4],
			['d2:5', 4]
		]);
	});
	it('refuses a bin or an occurrence without its document', () => {
		expect(() => kwicQuery(terms('x'), WORDS, { bin: { index: 0, count: 2 } })).toThrow();
		expect(() => kwicQuery(terms('x'), WORDS, { token: 3 })).toThrow();
		expect(() => kwicQuery(terms('x'), WORDS, {}, { context: -1 })).toThrow();
	});
	it('quotes a document id and an author', async () => {
		const rows = await db.run<KwicRow>(kwicQuery(terms('uprising'), WORDS, { docId: "d1' OR '1'='1", author: "A'--" }));
		expect(rows).toEqual([]);
	});
});

describe('reader', () => {
	it('document header and sentences in order', async () => {
		const [doc] = await db.run<ReaderDocRow>(readerDocumentQuery('d1'));
		expect(doc).toMatchObject({ title: 'Alpha', author: 'A', year: 1905, n_words: 17, n_sentences: 4 });
		const s = await db.run<ReaderSentenceRow>(readerSentencesQuery('d1'));
		// d1.txt: three paragraphs (blank lines between), the middle one of two sentences; no dated parts
		expect(s.map((x) => [x.sentence_id, x.paragraph_id, x.section])).toEqual([
			[0, 0, 'Main text'],
			[1, 1, 'Main text'],
			[2, 1, 'Main text'],
			[3, 2, 'Main text']
		]);
	});
	it('tokens of matched sentences, each marked with its occurrence', async () => {
		const rows = await db.run<ReaderTokenRow>(readerMatchTokensQuery(terms('uprising, armed uprising'), WORDS, 'd1'));
		// s0: The armed uprising began . → armed (1) and uprising (2) belong to "armed uprising" (term 1, hit 1), but
		// uprising is also term 0 (hit 2): the first term wins the token, so uprising shows as term 0
		expect(new Set(rows.map((r) => r.sentence_id))).toEqual(new Set([0, 1]));
		const s0 = rows.filter((r) => r.sentence_id === 0);
		expect(s0.map((r) => [r.surface, r.term, r.hit])).toEqual([
			['The', null, null],
			['armed', 1, 1],
			['uprising', 0, 2],
			['began', null, null],
			['.', null, null]
		]);
		const s1 = rows.filter((r) => r.sentence_id === 1);
		const segs = sentenceSegments(s1);
		expect(segs.map((x) => x.text).join('')).toBe('Soviets formed; the uprising spread.');
		expect(segs.filter((x) => x.hit !== null).map((x) => x.text)).toEqual(['uprising']);
	});
});

describe('kwicQuery with a group filter', () => {
	// A = d3; B = the rest (d1, d2, d4). "uprising": d1 tokens 2 and 9, d2 token 5, d3 token 9.
	const groups: Groups = { a: { kind: 'docs', docs: ['d3'] }, b: { kind: 'rest' } };
	const key = (r: KwicRow) => `${r.grp}:${r.doc_id}:${r.start_token}`;
	const run = (which: 'A' | 'B' | 'AB') => db.run<KwicRow>(kwicQuery(terms('uprising'), WORDS, { term: 0, group: { which, groups } }, { context: 1 }));
	it('only group A, only group B', async () => {
		const a = await run('A');
		expect(a.map(key)).toEqual(['A:d3:9']);
		expect([a[0].total, a[0].group_total]).toEqual([1, 1]);
		const b = await run('B');
		expect(b.map(key)).toEqual(['B:d1:2', 'B:d1:9', 'B:d2:5']);
		expect(b.map((r) => [r.total, r.group_total])).toEqual([[3, 3], [3, 3], [3, 3]]);
	});
	it('AB: A’s lines first, then B’s, each with its group’s count; the order applies within each block', async () => {
		const ab = await run('AB');
		expect(ab.map(key)).toEqual(['A:d3:9', 'B:d1:2', 'B:d1:9', 'B:d2:5']);
		expect(ab.map((r) => [r.total, r.group_total])).toEqual([[4, 1], [4, 3], [4, 3], [4, 3]]);
		const byYearDesc = await db.run<KwicRow>(
			kwicQuery(terms('uprising'), WORDS, { group: { which: 'AB', groups } }, { sort: 'year', descending: true })
		);
		expect(byYearDesc.map(key)).toEqual(['A:d3:9', 'B:d2:5', 'B:d1:2', 'B:d1:9']);
	});
	it('without a filter: no group, the group count is the total', async () => {
		const rows = await db.run<KwicRow>(kwicQuery(terms('uprising'), WORDS, { term: 0 }));
		expect(rows.map((r) => [r.grp, r.group_total])).toEqual([[null, 4], [null, 4], [null, 4], [null, 4]]);
	});
	it('refuses an unknown group', () => {
		expect(() => kwicQuery(terms('uprising'), WORDS, { group: { which: 'C' as 'A', groups } })).toThrow(RangeError);
	});
});

// The passages behind a pooled trajectory point must be exactly the pool's: as many lines as the point counts.
describe('kwicQuery for the documents of a pooled point', () => {
	const fdb = useDb(() => fixtureDb('facets'));
	const ddb = useDb(() => fixtureDb('documents'));
	const total = async (rdb: Pick<typeof db, 'run'>, t: ReturnType<typeof terms>, opts: typeof WORDS, target: PassageTarget) =>
		(await rdb.run<KwicRow>(kwicQuery(t, opts, target, { limit: null }))).length;

	it('a decade (documents by their year): as many lines as the decade counts, every term', async () => {
		const t = terms('uprising, the, discipline');
		const pools = await db.run<TermPoolRow>(termPooledRatesQuery(t, WORDS, { kind: 'decade' }));
		expect(pools.map((p) => p.grp)).toContain('1910s');
		for (const p of pools) {
			const from = Number(p.grp.slice(0, -1));
			expect([p.label, p.grp, await total(db, t, WORDS, { term: p.term, years: { from, to: from + 9 } })]).toEqual([p.label, p.grp, p.count]);
		}
		// by hand: uprising in the 1910s is d2 token 5 and d3 token 9
		const rows = await db.run<KwicRow>(kwicQuery(t, WORDS, { term: 0, years: { from: 1910, to: 1919 } }));
		expect(rows.map((r) => `${r.doc_id}:${r.start_token}:${r.total}`)).toEqual(['d2:5:2', 'd3:9:2']);
		expect(await total(db, t, WORDS, { term: 0, undated: true })).toBe(0);
	});

	it('each value of a facet, (none) included: as many lines as the value counts', async () => {
		const t = terms('the, united states, congress');
		for (const facet of ['party', 'country']) {
			const pools = await fdb.run<TermPoolRow>(termPooledRatesQuery(t, LEMMAS, { kind: 'facet', facet }));
			for (const p of pools) {
				const n = await total(fdb, t, LEMMAS, { term: p.term, facet: { name: facet, value: p.grp } });
				expect([facet, p.label, p.grp, n]).toEqual([facet, p.label, p.grp, p.count]);
			}
		}
		// the one document without a country (1835) is "(none)"'s
		const none = await fdb.run<KwicRow>(kwicQuery(t, LEMMAS, { term: 0, facet: { name: 'country', value: NO_VALUE } }, { limit: null }));
		expect(new Set(none.map((r) => r.doc_id))).toEqual(new Set(['1835-andrew-jackson']));
	});

	it('a smoothing window, with and without dated parts: as many lines as the window pools', async () => {
		const t = terms('uprising, soviet, the');
		for (const datedParts of [true, false]) {
			const units = await ddb.run<TermDocRow>(termDocRatesQuery(t, WORDS, { datedParts }));
			for (const k of [0, 1, 3, 20]) {
				for (const u of units) {
					const want = units.filter((o) => o.term === u.term && Math.abs(o.year - u.year) <= k).reduce((a, o) => a + o.count, 0);
					const range = { from: u.year - k, to: u.year + k };
					const n = await total(ddb, t, WORDS, datedParts ? { term: u.term, partYears: range } : { term: u.term, years: range });
					expect([datedParts, u.unit, u.label, k, n]).toEqual([datedParts, u.unit, u.label, k, want]);
				}
			}
		}
		// the 1904 preface of a-1902 is in a window of 1903–1905 with dated parts, the 1902 letter is not
		const parts = await ddb.run<KwicRow>(kwicQuery(t, WORDS, { term: 1, partYears: { from: 1903, to: 1905 } }));
		expect(parts.map((r) => [r.doc_id, r.section])).toEqual([['a-1902', 'Preface']]);
	});

	it('refuses a reversed or fractional year range', () => {
		expect(() => kwicQuery(terms('x'), WORDS, { years: { from: 1910, to: 1900 } })).toThrow(RangeError);
		expect(() => kwicQuery(terms('x'), WORDS, { partYears: { from: 1.5, to: 1900 } })).toThrow(RangeError);
	});
});
