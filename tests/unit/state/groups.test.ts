// A document is in one group at most: choosing it for group B moves it out of A (and the other way round),
// and an address naming it in both keeps it in A with a notice.
import { describe, expect, test } from 'vitest';
import { AppState } from '../../../src/lib/state/app-state.svelte';
import { parseUrl, reconcile, serializeUrl } from '../../../src/lib/state/url';
import { groupSummary } from '../../../src/lib/state/groups';
import { groupDocsQuery, groupPredicates, type GroupDocRow } from '../../../src/lib/db/groups';
import { useDb } from '../db/term-fixture';
import { fixtureDb } from '../../fixtures/corpus-db';

/** Group A as `a`, group B the documents `b`, clicks choosing A. */
function app(a: string[], b: string[]): AppState {
	const s = new AppState();
	s.chooseGroupB({ mode: 'docs', docs: b });
	s.chooseTarget('A');
	s.select(a);
	return s;
}

describe('choosing documents for group B', () => {
	test('shift-clicking a document of A while choosing B moves it to B', () => {
		const s = app(['lenin-1902', 'lenin-1906'], []);
		s.chooseTarget('B');
		s.toggle('lenin-1902');
		expect(s.groupA).toEqual(['lenin-1906']);
		expect(s.groupB).toEqual({ mode: 'docs', docs: ['lenin-1902'] });
		// Changing A later does not bring it back into both.
		s.chooseTarget('A');
		s.select(['stalin-1917']);
		expect(s.groupB).toEqual({ mode: 'docs', docs: ['lenin-1902'] });
		expect(serializeUrl(s.snapshot())).toBe('?a=stalin-1917&b=docs&bv=lenin-1902');
	});

	test('a click (not a toggle) or a brush for B takes its documents out of A', () => {
		const s = app(['x', 'y', 'z'], ['w']);
		s.chooseTarget('B');
		s.select(['y']);
		expect(s.groupA).toEqual(['x', 'z']);
		expect(s.groupB).toEqual({ mode: 'docs', docs: ['y'] });
		s.select(['x', 'q']);
		expect(s.groupA).toEqual(['z']);
		expect(s.groupB).toEqual({ mode: 'docs', docs: ['x', 'q'] });
	});

	test('choosing a document of B for A moves it to A', () => {
		const s = app(['x'], ['y', 'z']);
		s.toggle('y');
		expect(s.groupA).toEqual(['x', 'y']);
		expect(s.groupB).toEqual({ mode: 'docs', docs: ['z'] });
	});

	test('removing a document from B leaves A alone', () => {
		const s = app(['x'], ['y']);
		s.chooseTarget('B');
		s.toggle('y');
		expect(s.groupA).toEqual(['x']);
		expect(s.groupB).toEqual({ mode: 'docs', docs: [] });
	});
});

test('an address naming a document in both groups keeps it in A, with a notice', () => {
	const { state, problems } = parseUrl('?a=x,y&b=docs&bv=y,z');
	expect(state.groups.a).toEqual({ mode: 'docs', docs: ['x', 'y'] });
	expect(state.groups.b).toEqual({ mode: 'docs', docs: ['z'] });
	expect(problems).toEqual(['In group A, so removed from group B: y']);
});

describe('the groups as SQL sees them', () => {
	test('A is its documents; B the rest, an author or chosen documents', () => {
		const s = new AppState();
		s.select(['x']);
		expect(s.groups).toEqual({ a: { kind: 'docs', docs: ['x'] }, b: { kind: 'rest' } });
		s.chooseGroupB({ mode: 'author', authors: ['Ann'] });
		expect(s.groups.b).toEqual({ kind: 'authors', authors: ['Ann'] });
		s.chooseGroupB({ mode: 'docs', docs: ['y'] });
		expect(s.groups.b).toEqual({ kind: 'docs', docs: ['y'] });
		expect(s.selectTarget).toBe('B');
	});

	test('B can be chosen as the target only when it is a set of documents', () => {
		const s = new AppState();
		s.chooseTarget('B');
		expect(s.selectTarget).toBe('A');
	});
});

describe('group membership from the database (what the timeline, table and group controls show)', () => {
	// tests/fixtures/corpora/tiny: a Stalin text (1917) and a Trotsky text (1918).
	const db = useDb(() => fixtureDb('tiny'));
	const [STALIN, TROTSKY] = ['stalin-1917-excerpt', 'trotsky-1918-excerpt'];
	const members = async (s: AppState) => (await db.run<GroupDocRow>(groupDocsQuery(s.groups))).map((r) => [r.doc_id, r.grp]);

	test('no group A: B, the rest, is every document', async () => {
		expect(await members(new AppState())).toEqual([
			[STALIN, 'B'],
			[TROTSKY, 'B']
		]);
	});
	test('A chosen: B is the rest without A; an author B leaves out A too', async () => {
		const s = new AppState();
		s.select([TROTSKY]);
		expect(await members(s)).toEqual([
			[STALIN, 'B'],
			[TROTSKY, 'A']
		]);
		s.chooseGroupB({ mode: 'author', authors: ['Leon Trotsky'] });
		expect(await members(s)).toEqual([[TROTSKY, 'A']]);
		s.chooseGroupB({ mode: 'author', authors: ['J. V. Stalin'] });
		expect(await members(s)).toEqual([
			[STALIN, 'B'],
			[TROTSKY, 'A']
		]);
	});
	test('chosen documents for B, none yet: no B', async () => {
		const s = new AppState();
		s.chooseGroupB({ mode: 'docs', docs: [] });
		expect(await members(s)).toEqual([]);
		s.select([STALIN]);
		expect(await members(s)).toEqual([[STALIN, 'B']]);
	});
});

describe('groups by authors and years', () => {
	test('a brush sets the year range of the group being chosen; a click then makes it documents again', () => {
		const s = new AppState();
		s.selectYears(1918, 1902);
		expect(s.choiceA).toEqual({ mode: 'years', from: 1902, to: 1918 });
		expect(s.groups.a).toEqual({ kind: 'years', from: 1902, to: 1918 });
		expect(s.groupA).toEqual([]);
		s.chooseGroupB({ mode: 'years', from: 2000, to: 2020 });
		expect(s.selectTarget).toBe('B');
		s.selectYears(2010, 2017);
		expect(s.groupB).toEqual({ mode: 'years', from: 2010, to: 2017 });
		s.chooseTarget('A');
		s.select(['x']);
		expect(s.choiceA).toEqual({ mode: 'docs', docs: ['x'] });
		expect(serializeUrl(s.snapshot())).toBe('?a=x&b=years&bv=2010-2017');
	});

	test('shift-click on an author group starts from its documents', () => {
		const s = new AppState();
		s.chooseGroupA({ mode: 'author', authors: ['Ann'] });
		s.toggle('d3', ['d1', 'd2']);
		expect(s.choiceA).toEqual({ mode: 'docs', docs: ['d1', 'd2', 'd3'] });
		s.chooseGroupA({ mode: 'author', authors: ['Ann'] });
		s.toggle('d2', ['d1', 'd2']);
		expect(s.choiceA).toEqual({ mode: 'docs', docs: ['d1'] });
	});

	test('choosing documents for A takes them out of a B of documents', () => {
		const s = app([], ['x', 'y']);
		s.chooseGroupA({ mode: 'docs', docs: ['y'] });
		expect(s.groupB).toEqual({ mode: 'docs', docs: ['x'] });
	});

	test('one line per group: authors, years, documents, words', () => {
		const docs = [
			{ doc_id: 'l1', author: 'V. I. Lenin', year: 1902, n_words: 9566 },
			{ doc_id: 'l2', author: 'V. I. Lenin', year: 1906, n_words: 2872 },
			{ doc_id: 's', author: 'J. V. Stalin', year: 1917, n_words: 697 },
			{ doc_id: 't', author: 'Leon Trotsky', year: 1918, n_words: 11858 },
			{ doc_id: 'o', author: 'Lutte Ouvrière', year: 2017, n_words: 11064 }
		];
		expect(groupSummary({ mode: 'author' }, docs.slice(0, 2))).toBe('V. I. Lenin, 1902–1906, 2 documents, 12,438 words');
		expect(groupSummary({ mode: 'years', from: 1910, to: 1930 }, docs.slice(2, 4))).toBe('J. V. Stalin, Leon Trotsky, 1910–1930, 2 documents, 12,555 words');
		expect(groupSummary({ mode: 'docs' }, docs.slice(3, 4))).toBe('Leon Trotsky, 1918, 1 document, 11,858 words');
		expect(groupSummary({ mode: 'rest' }, docs)).toBe('V. I. Lenin, J. V. Stalin, Leon Trotsky and 1 more, 1902–2017, 5 documents, 36,057 words');
		expect(groupSummary({ mode: 'years', from: 1950, to: 1960 }, [])).toBe('1950–1960: no documents');
	});

	test('an author group and a year group as SQL', async () => {
		const { groupPredicates } = await import('../../../src/lib/db/groups');
		const s = new AppState();
		s.chooseGroupA({ mode: 'author', authors: ['Ann', "O'Neil"] });
		s.chooseGroupB({ mode: 'years', from: 1917, to: 1918 });
		const { inA, inB } = groupPredicates(s.groups);
		expect(inA).toBe(`(coalesce(d.author IN ('Ann', 'O''Neil'), FALSE))`);
		expect(inB).toContain('d.year BETWEEN 1917 AND 1918');
	});
});

describe('groups by a facet value (party = Democratic against party = Republican)', () => {
	const URL = '?am=facet&av=party%3ADemocratic&b=facet&bv=party%3ARepublican';

	test('live in the address as FACET:VALUE, values separated by |', () => {
		const { state, problems } = parseUrl(URL);
		expect(problems).toEqual([]);
		expect(state.groups).toEqual({ a: { mode: 'facet', facet: 'party', values: ['Democratic'] }, b: { mode: 'facet', facet: 'party', values: ['Republican'] } });
		expect(serializeUrl(state)).toBe(URL);
		const s = new AppState();
		s.chooseGroupA({ mode: 'facet', facet: 'party', values: ['Democratic', 'Whig & Democratic'] });
		expect(serializeUrl(s.snapshot())).toBe('?am=facet&av=party%3ADemocratic%7CWhig+%26+Democratic');
		expect(parseUrl(serializeUrl(s.snapshot())).state.groups.a).toEqual(s.choiceA);
	});

	test('a malformed facet value is refused with a notice', () => {
		expect(parseUrl('?am=facet&av=Democratic').problems).toEqual(['Group A\'s facet "Democratic" is not FACET:VALUE; group A left empty']);
		expect(parseUrl('?b=facet&bv=Party%3AX').problems).toEqual(['Group B\'s facet "Party:X" is not FACET:VALUE; using the rest of the corpus']);
	});

	test('reconciled with the corpus: values and facets it lacks are dropped with a notice', () => {
		const facts = { docIds: [], authors: [], facets: { party: ['Democratic', 'Republican'] } };
		const parsed = parseUrl('?am=facet&av=party%3ADemocratic%7CTory&b=facet&bv=party%3AWhig');
		const { state, problems } = reconcile(parsed.state, facts);
		expect(state.groups).toEqual({ a: { mode: 'facet', facet: 'party', values: ['Democratic'] }, b: { mode: 'rest' } });
		expect(problems).toEqual(['No party "Tory" in this corpus; removed from group A', 'No party "Whig" in this corpus; group B is the rest of the corpus']);
		// A corpus without facets (or an older database): the facet group goes.
		const none = reconcile(parseUrl(URL).state, { docIds: [], authors: [], facets: {} });
		expect(none.state.groups).toEqual({ a: { mode: 'facet', facet: 'party', values: [] }, b: { mode: 'rest' } });
		expect(none.problems).toEqual(['No facet "party" in this corpus; group A is empty', 'No facet "party" in this corpus; group B is the rest of the corpus']);
		// Nothing to change: the same state.
		const ok = parseUrl(URL).state;
		expect(reconcile(ok, facts).problems).toEqual([]);
	});

	test('as SQL: the documents whose facet value is one of those chosen (document_facets)', () => {
		const s = new AppState();
		s.chooseGroupA({ mode: 'facet', facet: 'party', values: ['Democratic', "Farmer's"] });
		expect(s.groups.a).toEqual({ kind: 'facet', facet: 'party', values: ['Democratic', "Farmer's"] });
		const { inA } = groupPredicates(s.groups);
		expect(inA).toBe(`(coalesce(d.doc_id IN (SELECT doc_id FROM document_facets WHERE facet = 'party' AND value IN ('Democratic', 'Farmer''s')), FALSE))`);
		s.chooseGroupA({ mode: 'facet', facet: 'party', values: [] });
		expect(groupPredicates(s.groups).inA).toBe('(coalesce(FALSE, FALSE))');
	});

	test('summed up short, however many documents: "party = Democratic (112 documents, 1829–2021)"', () => {
		const docs = Array.from({ length: 112 }, (_, i) => ({ doc_id: `d${i}`, author: `President ${i % 20}`, year: 1829 + Math.round((i * 192) / 111), n_words: 5000 }));
		const line = groupSummary({ mode: 'facet', facet: 'party', values: ['Democratic'] }, docs);
		expect(line).toBe('party = Democratic (112 documents, 1829–2021)');
		expect(groupSummary({ mode: 'facet', facet: 'party', values: ['A', 'B', 'C', 'D', 'E'] }, docs.slice(0, 1))).toBe('party = A or B or C or 2 more (1 document, 1829)');
		expect(groupSummary({ mode: 'facet', facet: 'party', values: ['Whig'] }, [])).toBe('party = Whig: no documents');
	});

	describe('membership from the database (tests/fixtures/corpora/facets)', () => {
		const db = useDb(() => fixtureDb('facets'));
		const members = async (s: AppState) => (await db.run<GroupDocRow>(groupDocsQuery(s.groups))).map((r) => `${r.grp} ${r.doc_id}`);

		test('A = party: Democratic, B = party: Republican', async () => {
			const s = new AppState();
			s.apply(parseUrl(URL).state);
			expect(await members(s)).toEqual(['A 1830-andrew-jackson', 'A 1835-andrew-jackson', 'B 1862-abraham-lincoln', 'B 1863-abraham-lincoln', 'A 1934-franklin-d-roosevelt']);
		});

		test('B the rest: every document without the value, those with an empty cell included', async () => {
			const s = new AppState();
			s.chooseGroupA({ mode: 'facet', facet: 'country', values: ['United States'] });
			expect((await members(s)).filter((m) => m.startsWith('B'))).toEqual(['B 1835-andrew-jackson']);
		});
	});
});
