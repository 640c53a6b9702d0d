// The keyword contrast from per-document counts fetched once (src/lib/stats/contrast-counts.ts) against the SQL that
// defines it (contrastQuery, itself checked against brute force in contrasts.test.ts): every row and field to 1e-9,
// the same order, on the default corpus and, when analysed, on the State of the Union.
import { expect, it } from 'vitest';
import { NodeRunner } from '../../../scripts/db/node-runner';
import { describeOnDefault, describeOnSotu } from './corpora';
import { groupDocsQuery, type GroupDocRow, type Groups } from '../../../src/lib/db/groups';
import {
	CONTRAST_DEFAULTS,
	contrastDocsQuery,
	contrastGroupsQuery,
	contrastQuery,
	contrastStopTermsQuery,
	contrastCountsQuery,
	type ContrastDocRow,
	type ContrastGroupRow,
	type ContrastOptions,
	type ContrastRow,
	type StopTermRow,
	type TermCountsRow,
	withSignificance
} from '../../../src/lib/db/queries/contrasts';
import { contrastFromCounts, groupSizes, indexTermCounts } from '../../../src/lib/stats/contrast-counts';

/** Equal, or for numbers |actual − expected| ≤ 1e-9, relative above 1. */
const close = (actual: unknown, expected: unknown) =>
	actual === expected ||
	(typeof actual === 'number' && typeof expected === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)));

/** Both ways for one selection: the differences found (empty when they agree) and how many rows SQL gave. */
async function compare(db: NodeRunner, groups: Groups, options: Partial<ContrastOptions>): Promise<{ bad: string[]; rows: number }> {
	const o: ContrastOptions = { ...CONTRAST_DEFAULTS, ...options };
	const stops = o.stopWords ? null : (await db.run<StopTermRow>(contrastStopTermsQuery(o.by))).map((r) => r.term);
	const want = withSignificance(await db.run<ContrastRow>(contrastQuery(groups, o, stops ?? undefined)));
	const terms = await db.run<TermCountsRow>(contrastCountsQuery(o.by));
	const docs = await db.run<ContrastDocRow>(contrastDocsQuery());
	const members = await db.run<GroupDocRow>(groupDocsQuery(groups));
	const got = contrastFromCounts(indexTermCounts(terms), docs, members, o, stops ? new Set(stops) : null);
	const bad: string[] = [];
	if (got.length !== want.length) bad.push(`${got.length} rows ≠ ${want.length}`);
	want.forEach((w, i) => {
		const g = got[i] as Record<string, unknown> | undefined;
		for (const [key, value] of Object.entries(w)) if (!close(g?.[key], value)) bad.push(`row ${i} (${w.term}).${key}: ${String(g?.[key])} ≠ ${value}`);
	});
	const sizes = await db.run<ContrastGroupRow>(contrastGroupsQuery(groups));
	expect(groupSizes(docs, members)).toEqual(sizes);
	return { bad: bad.slice(0, 20), rows: want.length };
}

describeOnDefault((db) => {
	const cases: { name: string; groups: Groups; options: Partial<ContrastOptions> }[] = [
		{
			name: 'Lenin against Trotsky, word forms, stop words out, guard 5',
			groups: { a: { kind: 'authors', authors: ['V. I. Lenin'] }, b: { kind: 'authors', authors: ['Leon Trotsky'] } },
			options: {}
		},
		{
			name: '1917–1918 against the rest, lemmas, stop words in, guard 3, α0 = 1,000, 90% interval',
			groups: { a: { kind: 'years', from: 1917, to: 1918 }, b: { kind: 'rest' } },
			options: { by: 'lemma', stopWords: true, minFreq: 3, alpha0: 1000, level: 0.9 }
		},
		{
			name: 'the rest against one document (DPnorm 0 in B), lemmas, guard 1',
			groups: { a: { kind: 'rest' }, b: { kind: 'docs', docs: ['lutte-ouvriere-2017-russian-revolution'] } },
			options: { by: 'lemma', minFreq: 1 }
		},
		{
			name: 'word forms with stop words, guard 1',
			groups: { a: { kind: 'authors', authors: ['Leon Trotsky'] }, b: { kind: 'rest' } },
			options: { stopWords: true, minFreq: 1 }
		}
	];
	for (const k of cases)
		it(k.name, async () => {
			const { bad, rows } = await compare(db(), k.groups, k.options);
			expect(rows).toBeGreaterThan(100);
			expect(bad).toEqual([]);
		});

	it('gives no rows when a group has no words, as the query does', async () => {
		const { bad, rows } = await compare(db(), { a: { kind: 'docs', docs: [] }, b: { kind: 'rest' } }, {});
		expect(rows).toBe(0);
		expect(bad).toEqual([]);
	});
});

describeOnSotu((db) => {
	it('1900–1950 against 1951–2000, word forms, stop words out', async () => {
		const { bad, rows } = await compare(db(), { a: { kind: 'years', from: 1900, to: 1950 }, b: { kind: 'years', from: 1951, to: 2000 } }, {});
		expect(rows).toBeGreaterThan(1000);
		expect(bad).toEqual([]);
	}, 120_000);
});
