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
import {
	contrastColumns,
	contrastFromCounts,
	contrastRows,
	groupSizes,
	indexTermCounts,
	sidesOf,
	stopFlags,
	termOrder,
	rankOf
} from '../../../src/lib/stats/contrast-counts';
import { divergingBars, scatter, scatterOfColumns, shownRows, tableRows } from '../../../src/lib/views/contrasts/shape';

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
	expect(groupSizes(docs.map((d) => d.n_words), sidesOf(docs, members))).toEqual(sizes);
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

/**
 * The columns' rankings are the rows sorted by strength (|statistic|, then the term); the rows shown (shownRows) draw
 * the same bars and table as every row does, and the scatter made from the columns (scatterOfColumns, `maxPoints`
 * dots) is every row's: checked for each statistic.
 */
async function checkShown(db: NodeRunner, groups: Groups, options: Partial<ContrastOptions>, maxPoints: number): Promise<number> {
	const o: ContrastOptions = { ...CONTRAST_DEFAULTS, ...options };
	const stops = o.stopWords ? null : new Set((await db.run<StopTermRow>(contrastStopTermsQuery(o.by))).map((r) => r.term));
	const index = indexTermCounts(await db.run<TermCountsRow>(contrastCountsQuery(o.by)));
	const docs = await db.run<ContrastDocRow>(contrastDocsQuery());
	const members = await db.run<GroupDocRow>(groupDocsQuery(groups));
	const order = termOrder(index.terms);
	// Ranked by G² only, as the view asks when G² is shown; the other rankings are made when first asked (rankOf).
	const cols = contrastColumns(index, docs.map((d) => d.n_words), sidesOf(docs, members), o, stops ? stopFlags(index.terms, stops) : null, order, ['g2'])!;
	expect(Object.keys(cols.rank)).toEqual(['g2']);
	const all = contrastRows(cols, index.terms, docs);
	expect(all).toEqual(contrastFromCounts(index, docs, members, o, stops));
	for (const stat of ['g2', 'log_ratio', 'log_odds_z', 'df_g2'] as const) {
		const strength = [...all].sort((x, y) => Math.abs(y[stat]) - Math.abs(x[stat]) || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
		expect(Array.from(rankOf(cols, stat, order), (i) => all[i].term), stat).toEqual(strength.map((r) => r.term));
		const shown = shownRows(cols, stat, index.terms, docs, order);
		expect(shown.length, stat).toBeLessThan(all.length);
		expect(scatterOfColumns(cols, stat, index.terms, order, { maxPoints }), stat).toEqual(scatter(all, stat, { maxPoints }));
		expect(divergingBars(shown, stat), stat).toEqual(divergingBars(all, stat));
		expect(tableRows(shown, stat), stat).toEqual(tableRows(all, stat));
	}
	return all.length;
}

describeOnDefault((db) => {
	it('the rows shown draw what every row draws (Lenin against the rest, and lemmas of 1917 against 1918)', async () => {
		expect(await checkShown(db(), { a: { kind: 'authors', authors: ['V. I. Lenin'] }, b: { kind: 'rest' } }, {}, 40)).toBeGreaterThan(300);
		expect(await checkShown(db(), { a: { kind: 'years', from: 1917, to: 1917 }, b: { kind: 'years', from: 1918, to: 1918 } }, { by: 'lemma', minFreq: 2 }, 10)).toBeGreaterThan(100);
	});
});

describeOnSotu((db) => {
	it('1900–1950 against 1951–2000, word forms, stop words out', async () => {
		const { bad, rows } = await compare(db(), { a: { kind: 'years', from: 1900, to: 1950 }, b: { kind: 'years', from: 1951, to: 2000 } }, {});
		expect(rows).toBeGreaterThan(1000);
		expect(bad).toEqual([]);
	}, 120_000);
	it('the rows shown draw what every row draws (one address against the rest)', async () => {
		const [{ doc_id }] = await db().rows<{ doc_id: string }>('SELECT doc_id FROM documents ORDER BY date LIMIT 1 OFFSET 150');
		expect(await checkShown(db(), { a: { kind: 'docs', docs: [doc_id] }, b: { kind: 'rest' } }, {}, 3000)).toBeGreaterThan(3000);
	}, 120_000);
});
