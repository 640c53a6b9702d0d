// Further manifest columns as facets: read (names checked), written to document_facets with their names in
// meta.facets, and read back by the app (CorpusInfo), on tests/fixtures/corpora/facets (party, country).
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from '../../../analysis/src/read/manifest';
import { loadCorpus } from '../../../analysis/src/read/corpus';
import { facetsMetaRow } from '../../../analysis/src/write/meta';
import { readCorpusInfo } from '../../../src/lib/db/corpus-info';
import { tableFile } from '../../../src/lib/db/contract/schema';
import { fixtureDb, FIXTURE_CORPORA } from '../../fixtures/corpus-db';
import { useDb } from '../db/term-fixture';
import { cleanupTemp, tempDir } from './helpers';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';

const FACETS = join(FIXTURE_CORPORA, 'facets');
afterAll(cleanupTemp);

/** A one-text corpus with the given header and row. */
function corpus(header: string, row: string): string {
	const dir = join(tempDir(), 'c');
	mkdirSync(dir);
	writeFileSync(join(dir, 'manifest.csv'), `${header}\n${row}\n`);
	writeFileSync(join(dir, 'a.txt'), 'The armed uprising began. The Soviets formed.\n');
	return dir;
}

describe('manifest columns beyond the known ones', () => {
	it('are facets, in manifest order, with no warning; an empty cell is an empty value', () => {
		const m = readManifest(FACETS);
		expect(m.problems).toEqual([]);
		expect(m.facets).toEqual(['party', 'country']);
		expect(m.entries.map((e) => e.facets)).toContainEqual({ party: 'Democratic', country: '' });
		expect(loadCorpus(FACETS).warnings).toEqual([]);
		expect(facetsMetaRow(m.entries)).toEqual(['facets', '["party","country"]']);
		expect(facetsMetaRow([{}])).toEqual(['facets', '[]']);
	});

	it('name the rule when a column cannot be a facet, and suggest a name', () => {
		const m = readManifest(corpus('id,file,author,title,date,Birth Place,2nd,genre', 'a,a.txt,X,Y,1917,Tiflis,b,speech'));
		expect(m.facets).toEqual(['genre']);
		const [place, second] = m.problems;
		expect(place).toMatchObject({ severity: 'warning', line: 1, value: 'Birth Place', fix: 'rename it to "birth_place".' });
		expect(place.message).toMatch(/lower case letters, digits and "_"/);
		expect(second).toMatchObject({ value: '2nd', fix: 'rename it to "f_2nd".' });
		expect(m.entries[0].facets).toEqual({ genre: 'speech' });
	});

	it('may not shadow a column Tribune makes (year, n_words, when)', () => {
		const m = readManifest(corpus('id,file,author,title,date,year,n_words,party', 'a,a.txt,X,Y,1917,1917,3,Bolshevik'));
		expect(m.facets).toEqual(['party']);
		expect(m.problems.map((p) => [p.value, p.severity])).toEqual([['year', 'warning'], ['n_words', 'warning']]);
		expect(m.problems[0].message).toMatch(/cannot be a facet/);
		expect(m.problems[0].fix).toMatch(/"year_given"/);
	});
});

describe('the facets fixture analysed', () => {
	const db = useDb(() => fixtureDb('facets'));

	it('has one document_facets row per document and facet with a value (the empty cell has none)', async () => {
		const rows = await db.rows<{ doc_id: string; facet: string; value: string }>('SELECT doc_id, facet, value FROM document_facets ORDER BY doc_id, facet');
		expect(rows.filter((r) => r.facet === 'party')).toHaveLength(6);
		expect(rows.filter((r) => r.facet === 'country')).toHaveLength(5);
		expect(rows.filter((r) => r.doc_id === '1835-andrew-jackson')).toEqual([{ doc_id: '1835-andrew-jackson', facet: 'party', value: 'Democratic' }]);
		const [meta] = await db.rows<{ value: string }>("SELECT value FROM meta WHERE key = 'facets'");
		expect(JSON.parse(meta.value)).toEqual(['party', 'country']);
	});

	it('exports document_facets as Parquet and CSV beside the database', async () => {
		const dir = dirname(await fixtureDb('facets'));
		for (const f of ['parquet', 'csv'] as const) expect(existsSync(join(dir, tableFile('facets', 'document_facets', f)))).toBe(true);
	});

	it('reaches CorpusInfo: names, values in order of first appearance with counts, each document’s values', async () => {
		const info = await readCorpusInfo(db, 'facets', '/data/facets/corpus.duckdb');
		expect(info.facets).toEqual([
			{ name: 'party', values: [{ value: 'Democratic-Republican', n_docs: 1 }, { value: 'Democratic', n_docs: 3 }, { value: 'Republican', n_docs: 2 }] },
			{ name: 'country', values: [{ value: 'United States', n_docs: 5 }] }
		]);
		expect(info.docFacets.get('1862-abraham-lincoln')).toEqual({ party: 'Republican', country: 'United States' });
		expect(info.docFacets.get('1835-andrew-jackson')).toEqual({ party: 'Democratic' });
	});
});

describe('a corpus without facets', () => {
	const db = useDb(() => fixtureDb('documents'));
	it('has meta.facets [] and no facets in CorpusInfo', async () => {
		const info = await readCorpusInfo(db, 'documents', '/data/documents/corpus.duckdb');
		expect(info.meta.facets).toBe('[]');
		expect(info.facets).toEqual([]);
		expect(info.docFacets.size).toBe(0);
	});
});
