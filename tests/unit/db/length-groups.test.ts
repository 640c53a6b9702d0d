// Sentence-length summaries, lists (tallied), histograms and points over time of a selection, computed from every document's
// lengths fetched once (src/lib/stats/length-groups.ts), against the SQL that defines them (sentence-lengths.ts,
// itself checked in sentence-lengths.test.ts): every row and field to 1e-9, the same order, on the default corpus
// and, when analysed, on the State of the Union.
import { expect, it } from 'vitest';
import { NodeRunner } from '../../../scripts/db/node-runner';
import { describeOnDefault, describeOnSotu } from './corpora';
import { groupDocsQuery, type GroupDocRow, type Groups } from '../../../src/lib/db/groups';
import {
	lengthDocsQuery,
	lengthHistogramQuery,
	lengthListsQuery,
	lengthOverTimeQuery,
	lengthSummaryQuery,
	type LengthDocRow,
	type LengthSummaryRow,
	type LengthUnit
} from '../../../src/lib/db/queries/sentence-lengths';
import { lengthHistogram, lengthSummaries, lengthTallies, overTimeOf } from '../../../src/lib/stats/length-groups';
import { expandTally } from '../../../src/lib/stats/tally';
import { boxMarks } from '../../../src/lib/views/sentence-lengths/shape';

/** Equal, or for numbers |actual − expected| ≤ 1e-9, relative above 1; arrays and objects field by field. */
function same(actual: unknown, expected: unknown, at: string, bad: string[]): void {
	if (actual === expected) return;
	if (typeof actual === 'number' && typeof expected === 'number') {
		if (Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected))) return;
	} else if (Array.isArray(expected) && Array.isArray(actual)) {
		if (actual.length !== expected.length) bad.push(`${at}: ${actual.length} items ≠ ${expected.length}`);
		else expected.forEach((e, i) => same(actual[i], e, `${at}[${i}]`, bad));
		return;
	} else if (expected && actual && typeof expected === 'object' && typeof actual === 'object') {
		const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
		for (const k of keys) same((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], `${at}.${k}`, bad);
		return;
	}
	bad.push(`${at}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
}

/** `docs`: the corpus's rows as the page keeps them, so that one selection after another reuses what was pooled. */
async function compare(db: NodeRunner, groups: Groups, widths: number[], docs?: LengthDocRow[]): Promise<{ bad: string[]; rows: number }> {
	docs ??= await db.run<LengthDocRow>(lengthDocsQuery());
	const members = await db.run<GroupDocRow>(groupDocsQuery(groups));
	const bad: string[] = [];
	let rows = 0;
	for (const unit of ['doc', 'author', 'group'] as LengthUnit[]) {
		const want = await db.run(lengthSummaryQuery(unit, groups));
		rows += want.length;
		same(lengthSummaries(docs, members, unit), want, `summary ${unit}`, bad);
		const lists = lengthTallies(docs, members, unit).map((r) => ({ key: r.key, grp: r.grp, lengths: Array.from(expandTally(r.tally)) }));
		same(lists, await db.run(lengthListsQuery(groups, unit)), `lists ${unit}`, bad);
	}
	for (const w of widths) same(lengthHistogram(docs, members, w), await db.run(lengthHistogramQuery(groups, w)), `histogram ${w}`, bad);
	const all = await db.run<{ doc_id: string; grp: 'A' | 'B' | null }>(lengthOverTimeQuery(null, { datedParts: true }));
	same(overTimeOf(all, members), await db.run(lengthOverTimeQuery(groups, { datedParts: true })), 'over time', bad);
	return { bad: bad.slice(0, 20), rows };
}

describeOnDefault((db) => {
	const cases: { name: string; groups: Groups }[] = [
		{ name: 'Lenin against Trotsky', groups: { a: { kind: 'authors', authors: ['V. I. Lenin'] }, b: { kind: 'authors', authors: ['Leon Trotsky'] } } },
		{ name: '1917–1918 against the rest (authors in both groups)', groups: { a: { kind: 'years', from: 1917, to: 1918 }, b: { kind: 'rest' } } },
		{ name: 'one document against the rest', groups: { a: { kind: 'docs', docs: ['lutte-ouvriere-2017-russian-revolution'] }, b: { kind: 'rest' } } },
		{ name: 'an empty group A', groups: { a: { kind: 'docs', docs: [] }, b: { kind: 'rest' } } }
	];
	for (const k of cases)
		it(k.name, async () => {
			const { bad, rows } = await compare(db(), k.groups, [1, 5, 7]);
			expect(rows).toBeGreaterThan(1);
			expect(bad).toEqual([]);
		});
});

describeOnSotu((db) => {
	it('1900–1950 against 1951–2000, and Democratic against Republican', async () => {
		for (const groups of [
			{ a: { kind: 'years', from: 1900, to: 1950 }, b: { kind: 'years', from: 1951, to: 2000 } },
			{ a: { kind: 'facet', facet: 'party', values: ['Democratic'] }, b: { kind: 'facet', facet: 'party', values: ['Republican'] } }
		] as Groups[]) {
			const { bad, rows } = await compare(db(), groups, [4]);
			expect(rows).toBeGreaterThan(10);
			expect(bad).toEqual([]);
		}
	}, 300_000);
	it('one address after another against the rest, on the same rows (the pools kept from one selection to the next)', async () => {
		const docs = await db().run<LengthDocRow>(lengthDocsQuery());
		// Two neighbouring addresses, then the first: each "rest" is every length less the address's.
		for (const i of [72, 73, 0]) {
			const { bad, rows } = await compare(db(), { a: { kind: 'docs', docs: [docs[i].doc_id] }, b: { kind: 'rest' } }, [4], docs);
			expect(rows).toBeGreaterThan(10);
			expect(bad).toEqual([]);
		}
	}, 300_000);
});

it('pools several documents in ascending order, by counting whole lengths and by sorting any other', () => {
	const doc = (doc_id: string, lengths: number[]): LengthDocRow => ({
		doc_id, title: doc_id, author: 'X', year: 1900, date: '1900', doc_order: 0, lengths, longest_sentence_id: 0
	});
	const members: GroupDocRow[] = ['a', 'b', 'c'].map((doc_id) => ({ doc_id, grp: 'A' }));
	const lists = (docs: LengthDocRow[]) => Array.from(expandTally(lengthTallies(docs, members, 'group')[0].tally));
	expect(lists([doc('a', [3, 9, 9, 40]), doc('b', [0, 9, 12]), doc('c', [1])])).toEqual([0, 1, 3, 9, 9, 9, 12, 40]);
	// Too long to count by value: sorted instead, with the same result.
	expect(lists([doc('a', [3, 70000]), doc('b', [2, 5]), doc('c', [])])).toEqual([2, 3, 5, 70000]);
});

it('keeps the summary row (and its box) of a pool whose documents did not change, and makes a new one for a pool that did', () => {
	const doc = (doc_id: string, author: string, year: number, lengths: number[]): LengthDocRow => ({
		doc_id, title: doc_id, author, year, date: String(year), doc_order: year, lengths, longest_sentence_id: 0
	});
	const docs = [doc('x1', 'X', 1900, [3, 9, 12]), doc('x2', 'X', 1901, [4, 20]), doc('y1', 'Y', 1902, [5, 6, 7]), doc('y2', 'Y', 1903, [8])];
	const against = (a: string): GroupDocRow[] => docs.map((d) => ({ doc_id: d.doc_id, grp: d.doc_id === a ? 'A' : 'B' }));
	const first = lengthSummaries(docs, against('x1'), 'author');
	const next = lengthSummaries(docs, against('y1'), 'author');
	const row = (rows: LengthSummaryRow[], key: string, grp: string) => rows.find((r) => r.key === key && r.grp === grp);
	// X in B was x2 alone and is now x1 and x2; Y in B was y1 and y2 and is now y2 alone: new rows, new figures.
	expect(row(next, 'X', 'B')).not.toBe(row(first, 'X', 'B'));
	expect(row(next, 'X', 'B')!.n).toBe(5);
	// Back to the first selection: every row is the one made for it before, and so is each box.
	const again = lengthSummaries(docs, against('x1'), 'author');
	expect(again.every((r, i) => r === first[i])).toBe(true);
	expect(boxMarks(again, 'author').every((b, i) => b === boxMarks(first, 'author')[i])).toBe(true);
	// The same documents as another unit are another row.
	expect(lengthSummaries(docs, against('x1'), 'doc').some((r) => first.includes(r))).toBe(false);
});
