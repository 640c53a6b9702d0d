// The browser's engine reads what the pipeline writes: DuckDB-wasm (its Node build, same wasm) attaches corpus.duckdb.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { analyzeCorpus } from '../../../analysis/src/pipeline';
import { loadCorpus } from '../../../analysis/src/read/corpus';
import { cleanCorpus } from '../../../analysis/src/clean/index';
import { segmentDocument } from '../../../analysis/src/segment/segment';
import { blockSizeFor, CorpusWriter, LARGE_CORPUS_CHARACTERS } from '../../../analysis/src/write/writer';
import { cleanupTemp, FIXTURES, openDb, tempDir } from './helpers';

afterAll(cleanupTemp);

/** The tiny corpus written with the block size of a large corpus (256 KiB), as the writer chooses it. */
async function writeLarge(): Promise<string> {
	const path = join(tempDir(), 'large', 'corpus.duckdb');
	const writer = await CorpusWriter.create(path, { characters: LARGE_CORPUS_CHARACTERS });
	for (const c of cleanCorpus(loadCorpus(join(FIXTURES, 'tiny')).docs)) await writer.addDocument(segmentDocument(c));
	await writer.finish([['corpus_hash', 'h']]);
	return path;
}

describe('block size', () => {
	it('16 KiB below the rule’s size, 256 KiB from it, and the file is written so', async () => {
		expect(blockSizeFor(231_546)).toBe(16384);
		expect(blockSizeFor(LARGE_CORPUS_CHARACTERS)).toBe(262144);
		const db = await openDb(await writeLarge());
		try {
			expect(await db.rows(`SELECT block_size::INTEGER AS b FROM pragma_database_size() WHERE database_name = 'corpus'`)).toEqual([{ b: 262144 }]);
		} finally {
			db.close();
		}
	});

	it('DuckDB-wasm reads a file of 256 KiB blocks', async () => {
		const path = await writeLarge();
		const dist = dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/blocking'));
		const bundle = { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' };
		const db = await createDuckDB({ mvp: { ...bundle, mainModule: join(dist, 'duckdb-mvp.wasm') }, eh: bundle }, new VoidLogger(), NODE_RUNTIME);
		await db.instantiate();
		db.registerFileBuffer('corpus.duckdb', new Uint8Array(readFileSync(path)));
		const conn = db.connect();
		try {
			conn.query(`ATTACH 'corpus.duckdb' AS corpus (READ_ONLY)`);
			const rows = conn.query(`SELECT (SELECT count(*) FROM corpus.documents)::INTEGER AS docs, (SELECT count(*) FROM corpus.doc_terms)::INTEGER > 0 AS terms`).toArray().map((x) => x.toJSON());
			expect(rows).toEqual([{ docs: 2, terms: true }]);
		} finally {
			conn.close();
			db.reset();
		}
	});
});

describe('DuckDB-wasm compatibility', () => {
	it('DuckDB-wasm attaches the written file read-only and reads every table', async () => {
		const r = await analyzeCorpus({ corpus: join(FIXTURES, 'tiny'), out: tempDir() });
		const dist = dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/blocking'));
		const bundle = { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' };
		const db = await createDuckDB({ mvp: { ...bundle, mainModule: join(dist, 'duckdb-mvp.wasm') }, eh: bundle }, new VoidLogger(), NODE_RUNTIME);
		await db.instantiate();
		db.registerFileBuffer('corpus.duckdb', new Uint8Array(readFileSync(r.path!)));
		const conn = db.connect();
		try {
			conn.query(`ATTACH 'corpus.duckdb' AS corpus (READ_ONLY)`);
			const rows = conn.query(`
				SELECT (SELECT count(*) FROM corpus.documents)::INTEGER AS docs, (SELECT sum(n_words) FROM corpus.documents)::INTEGER AS words,
					(SELECT count(*) FILTER (is_word) FROM corpus.tokens)::INTEGER AS tokens, (SELECT count(*) FROM corpus.doc_terms)::INTEGER AS terms,
					(SELECT value FROM corpus.meta WHERE key = 'corpus_hash') AS hash`).toArray().map((x) => x.toJSON());
			expect(rows).toEqual([{ docs: 2, words: r.n_words, tokens: r.n_words, terms: expect.any(Number), hash: r.hash }]);
		} finally {
			conn.close();
			db.reset();
		}
	});
});
