// The inside view asks the top document's hits as soon as the counts are in: the same query the view asks itself
// once the page has drawn, for the same document, and nothing once the terms have changed.
import { describe, expect, it } from 'vitest';
import { askHitsEarly, insideHitsQuery, topDocQuery } from '../../../../src/lib/views/inside/questions';
import { currentTerms } from '../../../../src/lib/terms/current';
import type { Query, QueryRunner } from '../../../../src/lib/db/sql';
import type { TermCountRow } from '../../../../src/lib/db/queries/terms';

const DOCS = [
	{ doc_id: 'a', year: 1900, n_words: 100, doc_order: 0 },
	{ doc_id: 'b', year: 1901, n_words: 100, doc_order: 1 },
	{ doc_id: 'c', year: 1902, n_words: 100, doc_order: 2 }
];

/** A runner that records what it is asked and answers the counts query with `counts` once `answer()` is called. */
function fakeRunner(counts: TermCountRow[]) {
	const asked: string[] = [];
	let answer = () => {};
	const runner: QueryRunner = {
		run<T>(q: Query): Promise<T[]> {
			asked.push(q.sql);
			if (!/\bcounts AS\b/.test(q.sql) || /\bhits AS\b/.test(q.sql)) return Promise.resolve([]);
			return new Promise((resolve) => (answer = () => resolve(counts as unknown as T[])));
		}
	};
	return { runner, asked, answer: () => answer() };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('askHitsEarly', () => {
	const current = currentTerms({ terms: ['war'], lemma: true, parts: false });
	const counts = topDocQuery(null, [], current)!;
	const rows: TermCountRow[] = [
		{ term: 0, doc_id: 'a', section: null, form: 'war', n: 2 },
		{ term: 0, doc_id: 'c', section: null, form: 'war', n: 5 },
		{ term: 0, doc_id: 'c', section: null, form: 'wars', n: 1 }
	];

	it('asks the hits of the document with most occurrences once the counts are in, as the view would', async () => {
		const f = fakeRunner(rows);
		askHitsEarly(f.runner, counts, current, DOCS);
		await tick();
		expect(f.asked).toEqual([counts.sql]);
		f.answer();
		await tick();
		expect(f.asked).toEqual([counts.sql, insideHitsQuery(current, 'c')!.sql]);
	});

	it('no occurrence anywhere: the first document, as the view shows', async () => {
		const f = fakeRunner([]);
		askHitsEarly(f.runner, counts, current, DOCS);
		f.answer();
		await tick();
		expect(f.asked.at(-1)).toBe(insideHitsQuery(current, 'a')!.sql);
	});

	it('called off before the counts are in (the terms changed): asks nothing more', async () => {
		const f = fakeRunner(rows);
		const off = askHitsEarly(f.runner, counts, current, DOCS);
		off();
		f.answer();
		await tick();
		expect(f.asked).toEqual([counts.sql]);
	});
});
