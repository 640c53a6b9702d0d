// The groups' documents answered without the engine (groupDocsOf, which the app's runner gives for groupDocsQuery)
// against the database's answer to groupDocsQuery: the same rows in the same order, for every kind of group and the
// ways A and B combine (B never holds a document of A; a NULL author or year is in no group), on the default corpus,
// on a corpus with facets (one document with an empty cell) and, when analysed, on the State of the Union.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeRunner } from '../../../scripts/db/node-runner';
import { fixtureDb } from '../../fixtures/corpus-db';
import { describeOnDefault, describeOnSotu } from './corpora';
import { groupDocsOf, groupDocsQuery, isGroupDocsQuery, type Group, type GroupDocRow, type Groups } from '../../../src/lib/db/groups';
import { localAnswers, readCorpusInfo, type CorpusInfo } from '../../../src/lib/db/corpus-info';

/** Groups of every kind from the corpus's own documents, authors, years and facet values, and some that match nothing. */
function cases(info: CorpusInfo): Groups[] {
	const ids = info.docs.map((d) => d.doc_id);
	const authors = info.authors.map((a) => a.author);
	const years = info.docs.map((d) => d.year).filter((y) => y !== null);
	const [lo, hi] = [Math.min(...years), Math.max(...years)];
	const mid = Math.floor((lo + hi) / 2);
	const facet = info.facets[0];
	const groups: Group[] = [
		{ kind: 'docs', docs: [ids[0], ids[ids.length - 1]] },
		{ kind: 'docs', docs: [] },
		{ kind: 'docs', docs: ['no-such-document', ids[1]] },
		{ kind: 'authors', authors: [authors[0]] },
		{ kind: 'authors', authors: authors.slice(1, 3) },
		{ kind: 'authors', authors: ["O'Nobody"] },
		{ kind: 'years', from: lo, to: mid },
		{ kind: 'years', from: mid + 0.7, to: hi + 0.2 },
		{ kind: 'years', from: hi, to: lo },
		{ kind: 'rest' }
	];
	if (facet) groups.push({ kind: 'facet', facet: facet.name, values: [facet.values[0].value] }, { kind: 'facet', facet: facet.name, values: facet.values.slice(1).map((v) => v.value) }, { kind: 'facet', facet: facet.name, values: [] });
	const out: Groups[] = [];
	for (const a of groups) for (const b of groups) out.push({ a, b });
	return out;
}

async function check(db: NodeRunner, name: string): Promise<number> {
	const info = await readCorpusInfo(db, name, `/data/${name}/corpus.duckdb`);
	const local = localAnswers(info);
	let rows = 0;
	for (const groups of cases(info)) {
		const query = groupDocsQuery(groups);
		expect(isGroupDocsQuery(query)).toBe(true);
		const want = await db.run<GroupDocRow>(query);
		expect(groupDocsOf(groups, info.docs, info.docFacets), JSON.stringify(groups)).toEqual(want);
		expect(local(query)).toEqual(want);
		rows += want.length;
	}
	// Only the groups' documents are answered so.
	expect(local({ sql: 'SELECT 1', params: [] })).toBeUndefined();
	return rows;
}

describeOnDefault((db) => {
	it('every kind of group and their combinations', async () => {
		expect(await check(db(), 'default')).toBeGreaterThan(100);
	});
});

describe('on a corpus with facets (tests/fixtures/corpora/facets)', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await NodeRunner.open(await fixtureDb('facets'));
	}, 600_000);
	afterAll(() => db?.close());
	it('every kind of group, facets included, and their combinations', async () => {
		expect(await check(db, 'facets')).toBeGreaterThan(50);
	});
});

describeOnSotu((db) => {
	it('every kind of group, parties included, and their combinations', async () => {
		expect(await check(db(), 'sotu')).toBeGreaterThan(1000);
	}, 120_000);
});
