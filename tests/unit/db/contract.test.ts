// The contract between the pipeline and the app, tested end to end: real corpora analysed by the real pipeline, opened
// with the Node runner, and read with every query the app makes when it opens a corpus (readCorpusInfo: documents,
// authors, meta) plus the timeline's dated sections. Nothing here is hand-written into a database, so nothing can drift.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FIXTURE_CORPORA, defaultDb, fixtureDb } from '../../fixtures/corpus-db';
import { useDb } from './term-fixture';
import { loadCorpus } from '../../../analysis/src/read/corpus';
import { DEFAULT_CORPUS } from '../../../analysis/src/pipeline';
import { RULES } from '../../../analysis/src/clean/index';
import { corpusInfo, readCorpusInfo, type CorpusInfo } from '../../../src/lib/db/corpus-info';
import { FACTS, META_KEYS, TABLES, cleaningRules, metaEntries, metaLabel } from '../../../src/lib/db/contract';
import { datedSectionsQuery, type SectionRow } from '../../../src/lib/db/queries/documents';
import { methodsStamp } from '../../../src/lib/export/stamp';

/** What the app must find in every corpus the pipeline writes. */
function checkCorpus(label: string, path: () => Promise<string>, corpusDir: string, folder: string, title: string) {
	describe(label, () => {
		const db = useDb(path);
		let info: CorpusInfo;
		const read = async () => (info ??= await readCorpusInfo(db, folder, `/data/${folder}/corpus.duckdb`));

		it('has every table and column of the contract, with its type', async () => {
			const cols = await db.rows<{ table_name: string; column_name: string; data_type: string }>(
				`SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' ORDER BY table_name, ordinal_position`
			);
			for (const [table, columns] of Object.entries(TABLES)) {
				const found = cols.filter((c) => c.table_name === table).map((c) => `${c.column_name} ${c.data_type}`);
				expect(found, table).toEqual(Object.entries(columns).map(([c, t]) => `${c} ${t.replace(' PRIMARY KEY', '')}`));
			}
		});

		it(`is titled “${title}”`, async () => {
			expect((await read()).name).toBe(title);
		});

		it('has the methods stamp’s facts, only the contract’s keys, and the cleaning rules', async () => {
			const { meta } = await read();
			const keys = Object.keys(meta);
			expect(keys.filter((k) => !META_KEYS.includes(k as never)), 'keys outside the contract').toEqual([]);
			for (const k of Object.keys(FACTS)) if (k !== 'corpus_title') expect(meta[k], k).toBeTruthy();
			const stamp = methodsStamp(meta, info.name, 'x', new Date(0));
			expect(Object.values(stamp)).not.toContain('unknown');
			expect(stamp.corpus_hash).toBe(loadCorpus(corpusDir).hash);
			expect(cleaningRules(meta)?.map((r) => r.name)).toEqual(RULES.map((r) => r.name));
			// the methods panel lists the contract's facts first, in the contract's order, with their labels
			const listed = metaEntries(meta).map(([k]) => k);
			expect(listed.slice(0, 3)).toEqual(meta.corpus_title ? ['corpus_title', 'created_from', 'corpus_hash'] : ['created_from', 'corpus_hash', 'n_documents']);
			expect(metaLabel('wink_model_version')).toBe(FACTS.wink_model_version);
		});

		it('lists the manifest’s documents with the fields and types the views use, and counts that agree with meta', async () => {
			const { docs, authors, meta } = await read();
			const manifest = loadCorpus(corpusDir).docs.map((d) => d.entry);
			expect(docs.map((d) => d.doc_id).sort()).toEqual(manifest.map((e) => e.id).sort());
			for (const d of docs) {
				const e = manifest.find((m) => m.id === d.doc_id)!;
				expect([d.title, d.author, d.date, d.year, d.kind], d.doc_id).toEqual([e.title, e.author, e.date, e.year, e.kind]);
				for (const k of ['n_words', 'n_sentences', 'when', 'doc_order'] as const) expect(typeof d[k], `${d.doc_id} ${k}`).toBe('number');
				expect(d.n_words).toBeGreaterThan(0);
				expect(typeof d.mean_sentence).toBe('number');
				expect(typeof d.translation).toBe('string');
				expect(typeof d.published_in).toBe('string');
			}
			expect(docs.map((d) => d.year)).toEqual([...docs.map((d) => d.year)].sort((a, b) => a - b));
			expect(Number(meta.n_documents)).toBe(docs.length);
			expect(Number(meta.n_words)).toBe(docs.reduce((n, d) => n + d.n_words, 0));
			expect(Number(meta.n_sentences)).toBe(docs.reduce((n, d) => n + d.n_sentences, 0));
			expect(authors.map((a) => a.author).sort()).toEqual([...new Set(docs.map((d) => d.author))].sort());
			expect(authors.reduce((n, a) => n + a.n_docs, 0)).toBe(docs.length);
		});

		it('gives the timeline’s dated sections for its own documents', async () => {
			const { docs } = await read();
			const sections = await db.run<SectionRow>(datedSectionsQuery());
			for (const s of sections) {
				const doc = docs.find((d) => d.doc_id === s.doc_id)!;
				expect(s.date).not.toBe(doc.date);
				expect(Math.floor(s.when)).toBe(s.year);
			}
		});
	});
}

// The tiny corpus has no README.md and no --title: it is called after the folder it was made from, whatever the
// folder it is served from.
checkCorpus('a corpus without a title (tests/fixtures/corpora/tiny)', () => fixtureDb('tiny'), join(FIXTURE_CORPORA, 'tiny'), 'renamed', 'tiny');
checkCorpus('a corpus titled by its README (tests/fixtures/corpora/documents)', () => fixtureDb('documents'), join(FIXTURE_CORPORA, 'documents'), 'documents', 'Documents fixture');
checkCorpus('the default corpus', defaultDb, DEFAULT_CORPUS, 'default', 'The default corpus');
checkCorpus('a corpus with facets (tests/fixtures/corpora/facets)', () => fixtureDb('facets'), join(FIXTURE_CORPORA, 'facets'), 'facets', 'Facets fixture');

describe('corpusInfo', () => {
	const row = (key: string, value: string) => ({ key, value });
	const info = (meta: { key: string; value: string }[]) => corpusInfo({ folder: 'served-as', url: '', docs: [], authors: [], meta }).name;
	it('has no facets for a database older than them (no meta.facets), and drops rows of a facet meta does not list', () => {
		const docs = [{ doc_id: 'a' }, { doc_id: 'b' }] as never[];
		const rows = [
			{ doc_id: 'a', facet: 'party', value: 'Whig' },
			{ doc_id: 'b', facet: 'party', value: 'Whig' },
			{ doc_id: 'a', facet: 'stray', value: 'x' }
		];
		expect(corpusInfo({ folder: 'f', url: '', docs, authors: [], meta: [] }).facets).toEqual([]);
		const withFacets = corpusInfo({ folder: 'f', url: '', docs, authors: [], meta: [row('facets', '["party"]')], facets: rows });
		expect(withFacets.facets).toEqual([{ name: 'party', values: [{ value: 'Whig', n_docs: 2 }] }]);
		expect(withFacets.docFacets.get('a')).toEqual({ party: 'Whig' });
	});
	it('takes the title, else the folder the corpus was made from, else the folder it is served from', () => {
		expect(info([row('corpus_title', 'Speeches'), row('created_from', 'speeches')])).toBe('Speeches');
		expect(info([row('created_from', 'speeches')])).toBe('speeches');
		expect(info([])).toBe('served-as');
	});
});
