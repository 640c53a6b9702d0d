// A document's hits taken from every document's (termHitsQuery's `within`, which the browser's runner uses once it has
// asked for them after a term change): the same rows, in the same order, as the document's own query, for every
// document of the term fixture and the default corpus (words, phrases, wildcards, lemmas, compound parts, left-out
// forms) and for a spread of State of the Union addresses when it has been analysed.
import { describe, expect, it } from 'vitest';
import { defaultDb, fixtureDb } from '../../fixtures/corpus-db';
import { HIT_CASES, LEMMAS, terms, useDb } from './term-fixture';
import type { TermOptions } from '../../../src/lib/terms/parse';
import { ALL_HITS_MAX, allHitsWorthAsking, termCountsQuery, termHitsQuery, type HitRow, type TermCountRow } from '../../../src/lib/db/queries/terms';
import { SOTU_DB } from './corpora';
import { existsSync } from 'node:fs';

const CASES: [string, string, TermOptions][] = [
	...HIT_CASES,
	['the State of the Union', 'war, the people, tax*', LEMMAS],
	['the State of the Union', 'uprising, soviet, discipline', LEMMAS]
];

const DATABASES = [
	['the term fixture', () => fixtureDb('terms'), 1],
	['the default corpus', defaultDb, 1],
	// Every seventh address (and every address with a hit of the first case: the comparison is not of empty lists alone).
	['the State of the Union', async () => SOTU_DB, 7]
] as const;

for (const [name, path, every] of DATABASES) {
	const title = `a document's hits from every document's, on ${name}`;
	// A fresh clone has no State of the Union (`npm run corpus:sotu`): its block is left out, as describeOnSotu does.
	if (name === 'the State of the Union' && !existsSync(SOTU_DB)) {
		describe.skip(title, () => {});
		continue;
	}
	describe(title, () => {
		const db = useDb(path);
		it.each(CASES.filter((c) => c[0] === name).map(([, t, o]) => [t, o] as const))('%s (%o)', async (text, opts) => {
			const ts = terms(text);
			const all = await db.run<HitRow>(termHitsQuery(ts, opts));
			expect(all.length).toBeGreaterThan(0);
			const withHits = new Set(all.map((h) => h.doc_id));
			const docs = (await db.rows<{ doc_id: string }>('SELECT doc_id FROM documents ORDER BY doc_id')).filter((d, i) => i % every === 0 || withHits.has(d.doc_id));
			for (const { doc_id } of docs) {
				const own = termHitsQuery(ts, opts, doc_id);
				expect(own.within?.pick(all), doc_id).toEqual(await db.run<HitRow>(own));
			}
		}, 300_000);
	});
}

describe('allHitsWorthAsking', () => {
	it('asks for every document’s hits when there are some and at most ALL_HITS_MAX', () => {
		expect(allHitsWorthAsking([])).toBe(false);
		expect(allHitsWorthAsking([{ n: 0 }])).toBe(false);
		expect(allHitsWorthAsking([{ n: 3 }, { n: ALL_HITS_MAX - 3 }])).toBe(true);
		expect(allHitsWorthAsking([{ n: 3 }, { n: ALL_HITS_MAX - 2 }])).toBe(false);
	});
});

describe('every document’s hits, counted as the counts count them (the default corpus)', () => {
	const db = useDb(defaultDb);
	it('the counts query’s total is the number of hits (no form left out), so the limit bounds the rows kept', async () => {
		for (const text of ['party, the working class, revolution*', 'worker, soviet power, the']) {
			const ts = terms(text);
			const counts = await db.run<TermCountRow>(termCountsQuery(ts, LEMMAS));
			const hits = await db.run<HitRow>(termHitsQuery(ts, LEMMAS));
			expect(counts.reduce((s, c) => s + c.n, 0)).toBe(hits.length);
		}
	});
});
