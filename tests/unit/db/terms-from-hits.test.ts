// Inside one document, the bins and Gries' DP are computed from the document's hits (src/lib/views/inside/from-hits.ts)
// instead of two more queries: checked here against those queries (termBinsQuery, termDispersionQuery), the
// definitions, for every document of the term fixture and of the default corpus, words, phrases, wildcards, lemmas,
// compound parts and left-out forms, 1 to 100 bins (d4 of the fixture has 3 words: fewer than the bins asked).
import { describe, expect, it } from 'vitest';
import { defaultDb, fixtureDb } from '../../fixtures/corpus-db';
import { HIT_CASES, WORDS, terms, useDb } from './term-fixture';
import type { TermOptions } from '../../../src/lib/terms/parse';
import { termBinsQuery, termDispersionQuery, termHitsQuery, type HitRow, type TermBinRow, type TermDispersionRow } from '../../../src/lib/db/queries/terms';
import { binsFromHits, dispersionFromHits } from '../../../src/lib/views/inside/from-hits';

const CASES: [string, string, TermOptions][] = [...HIT_CASES, ['the term fixture', 'nothing-like-this', WORDS]];

/** A double computed in another order than DuckDB's (sums): equal to about the last digit. */
const close = (got: number | null, want: number | null) => (want === null ? expect(got).toBeNull() : expect(got).toBeCloseTo(want, 12));

for (const [name, path] of [
	['the term fixture', () => fixtureDb('terms')],
	['the default corpus', defaultDb]
] as const) {
	describe(`bins and DP from the hits, on ${name}`, () => {
		const db = useDb(path);
		it.each(CASES.filter((c) => c[0] === name).map(([, t, o]) => [t, o] as const))(
			'%s (%o): every document, 1, 2, 3, 7, 40 and 100 bins, the rows of termBinsQuery and termDispersionQuery',
			async (text, opts) => {
				const ts = terms(text);
				const labels = ts.map((t) => t.label);
				const docs = await db.rows<{ doc_id: string; n_words: number }>('SELECT doc_id, n_words FROM documents ORDER BY doc_id');
				expect(docs.length).toBeGreaterThan(3);
				let hitsSeen = 0;
				for (const { doc_id, n_words } of docs) {
					const hits = await db.run<HitRow>(termHitsQuery(ts, opts, doc_id));
					hitsSeen += hits.length;
					for (const bins of [1, 2, 3, 7, 40, 100]) {
						const want = await db.run<TermBinRow>(termBinsQuery(ts, opts, doc_id, bins));
						const got = binsFromHits(hits, labels, n_words, bins);
						expect(got.map(({ rate, start, end, ...r }) => r)).toEqual(want.map(({ rate, start, end, ...r }) => r));
						got.forEach((r, i) => {
							close(r.rate, want[i].rate);
							close(r.start, want[i].start);
							close(r.end, want[i].end);
						});
						const dpWant = await db.run<TermDispersionRow>(termDispersionQuery(ts, opts, bins, doc_id));
						const dpGot = dispersionFromHits(hits, ts.length, doc_id, n_words, bins);
						expect(dpGot.map(({ dp, dp_norm, ...r }) => r)).toEqual(dpWant.map(({ dp, dp_norm, ...r }) => r));
						dpGot.forEach((r, i) => {
							close(r.dp, dpWant[i].dp);
							close(r.dp_norm, dpWant[i].dp_norm);
						});
					}
				}
				// Every case but the one with no match finds something (so that the comparison is not of empty lists).
				if (text !== 'nothing-like-this') expect(hitsSeen).toBeGreaterThan(0);
			},
			300_000
		);
	});
}
