// The browser's engine reads what the pipeline writes: DuckDB-wasm (its Node build, same wasm) attaches corpus.duckdb.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { analyzeCorpus } from '../../../analysis/src/pipeline';
import { cleanupTemp, FIXTURES, tempDir } from './helpers';

afterAll(cleanupTemp);

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
