// Writing corpus.duckdb: atomic (a failed run leaves the old file byte for byte), deterministic, --name/--out, CRLF alike.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeCorpus, corpusName, DEFAULT_CORPUS as PIPELINE_DEFAULT } from '../../../analysis/src/pipeline';
import { CorpusWriter } from '../../../analysis/src/write/writer';
import { CorpusError } from '../../../analysis/src/problems';
import { readCatalog } from '../../../analysis/src/write/catalog';
import { tablePaths } from '../../../analysis/src/write/tables';
import { SUMMARY_FILE, VIEW_ANSWERS_FILE } from '../../../src/lib/db/summary';
import { cleanupTemp, copyCorpus, DEFAULT_CORPUS, FIXTURES, openDb, tempDir } from './helpers';

afterAll(cleanupTemp);

/**
 * What a finished run leaves in the corpus's folder: the database, each table as Parquet and CSV, and the app's first
 * answers (summary.json), nothing else.
 */
const published = (path: string) => ['corpus.duckdb', SUMMARY_FILE, VIEW_ANSWERS_FILE, ...tablePaths(path).map((f) => basename(f.path))].sort();

const TABLES = ['documents', 'sections', 'sentences', 'tokens', 'removed', 'meta', 'doc_terms', 'doc_sentence_stats'];

/** Every table's rows, sorted, as JSON: what any query can see. */
async function dump(path: string, tables = TABLES): Promise<Record<string, unknown[]>> {
	const db = await openDb(path);
	try {
		const out: Record<string, unknown[]> = {};
		for (const t of tables) out[t] = await db.rows(`SELECT * FROM ${t} ORDER BY ALL`);
		return out;
	} finally {
		db.close();
	}
}

describe('atomic write', () => {
	it('a corpus that fails validation leaves the previous corpus.duckdb byte-identical, and no temporary file', async () => {
		const out = tempDir();
		const first = await analyzeCorpus({ corpus: join(FIXTURES, 'tiny'), name: 'same', out });
		const before = readFileSync(first.path!);
		const catalog = readFileSync(join(out, 'corpora.json'));
		await expect(analyzeCorpus({ corpus: join(FIXTURES, 'bad-rows'), name: 'same', out })).rejects.toBeInstanceOf(CorpusError);
		expect(readFileSync(first.path!).equals(before)).toBe(true);
		expect(readFileSync(join(out, 'corpora.json')).equals(catalog)).toBe(true);
		expect(readdirSync(join(out, 'same')).sort()).toEqual(published(join(out, 'same', 'corpus.duckdb')));
	});

	it('an aborted writer removes its temporary file and leaves the old one', async () => {
		const out = tempDir();
		const path = join(out, 'x', 'corpus.duckdb');
		await analyzeCorpus({ corpus: join(FIXTURES, 'tiny'), name: 'x', out });
		const before = readFileSync(path);
		const writer = await CorpusWriter.create(path);
		expect(existsSync(writer.tmpPath)).toBe(true);
		await writer.abort();
		expect(readFileSync(path).equals(before)).toBe(true);
		expect(readdirSync(join(out, 'x')).sort()).toEqual(published(path));
	});

	it('a corpus whose text is all apparatus (no words left) is refused before anything is written', async () => {
		const dir = copyCorpus(join(FIXTURES, 'tiny'));
		writeFileSync(join(dir, 'stalin.txt'), '1917\n\n2 3\n');
		const out = tempDir();
		const err = await analyzeCorpus({ corpus: dir, name: 'n', out }).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(CorpusError);
		// Numbers only: refused when read (issue 12), naming the file and what to do.
		expect((err as CorpusError).problems[0]).toMatchObject({ file: 'stalin.txt', severity: 'error' });
		expect((err as CorpusError).problems[0].message).toMatch(/no letters/);
		expect(existsSync(join(out, 'n', 'corpus.duckdb'))).toBe(false);
		expect(existsSync(join(out, 'n')) ? readdirSync(join(out, 'n')) : []).toEqual([]);
	});
});

describe('determinism', () => {
	it('analysing the same corpus twice gives the same query results', async () => {
		const a = await analyzeCorpus({ corpus: DEFAULT_CORPUS, out: tempDir() });
		const b = await analyzeCorpus({ corpus: DEFAULT_CORPUS, out: tempDir() });
		expect(await dump(b.path!)).toEqual(await dump(a.path!));
	});
});

describe('names and output', () => {
	it('names the output after the folder, "default" for analysis/corpus, or --name', () => {
		expect(corpusName(PIPELINE_DEFAULT)).toBe('default');
		expect(corpusName(join(FIXTURES, 'tiny'))).toBe('tiny');
		expect(corpusName(join(FIXTURES, 'tiny'), 'mine')).toBe('mine');
		expect(() => corpusName(join(FIXTURES, 'tiny'), '../up')).toThrow(CorpusError);
	});

	it('lists every analysed corpus in corpora.json, default first', async () => {
		const out = tempDir();
		await analyzeCorpus({ corpus: join(FIXTURES, 'tiny'), out, title: 'Tiny' });
		await analyzeCorpus({ corpus: DEFAULT_CORPUS, out });
		await analyzeCorpus({ corpus: join(FIXTURES, 'tiny'), out, title: 'Tiny again' });
		const list = readCatalog(out);
		expect(list.map((e) => [e.name, e.title])).toEqual([
			['default', 'The default corpus'],
			['tiny', 'Tiny again']
		]);
		expect(list[1]).toMatchObject({ n_documents: 2, hash: expect.stringMatching(/^sha256:/) });
	});

	it('a dry run writes nothing', async () => {
		const out = tempDir();
		const r = await analyzeCorpus({ corpus: join(FIXTURES, 'tiny'), out, dryRun: true });
		expect(r.path).toBeUndefined();
		expect(readdirSync(out)).toEqual([]);
	});
});

describe('the tiny corpus, counted by hand', () => {
	it('has the sentences a reader marks', async () => {
		const r = await analyzeCorpus({ corpus: join(FIXTURES, 'tiny'), out: tempDir() });
		const db = await openDb(r.path!);
		const rows = await db.rows(`SELECT doc_id, list(text ORDER BY sentence_id) AS s FROM sentences GROUP BY doc_id ORDER BY doc_id`);
		const words = await db.rows(`SELECT doc_id, n_words, n_sentences FROM documents ORDER BY doc_order`);
		db.close();
		expect((rows[0].s as string[]).length).toBe(9);
		expect(rows[1].s).toEqual([
			'The Soviets are the power of the working class and the poorest peasantry, forming the foundation on which this power stands.',
			'The workers can convene the All-Russia Congress of Soviets whenever they choose.',
			"Some people say: 'How can you enlist generals?",
			"Surely, that's dangerous?'",
			'Of course, everything under the sun has its dangerous side.',
			'But, you see, we need instructors who know about military matters.',
			"It said: 'The whole people are with me.'",
			'The toilers of town and country rallied under its banner.'
		]);
		// 83 words: `that's` is one word (a clitic stays with its word).
		expect(words[1]).toEqual({ doc_id: 'trotsky-1918-excerpt', n_sentences: 8, n_words: 83 });
	});

	it('gives the same rows from a BOM + CRLF copy (only the hash differs)', async () => {
		const dir = copyCorpus(join(FIXTURES, 'tiny'));
		for (const f of readdirSync(dir)) writeFileSync(join(dir, f), `\ufeff${readFileSync(join(dir, f), 'utf8').replace(/\n/g, '\r\n')}`);
		const a = await analyzeCorpus({ corpus: join(FIXTURES, 'tiny'), out: tempDir() });
		const b = await analyzeCorpus({ corpus: dir, name: 'tiny', out: tempDir() });
		const tables = TABLES.filter((t) => t !== 'meta');
		expect(await dump(b.path!, tables)).toEqual(await dump(a.path!, tables));
		expect(b.hash).not.toBe(a.hash);
	});
});

describe('rows reach the database exactly as segmented', () => {
	it('keeps quotes, tabs and line breaks, non-ASCII case, nulls and tiny positions in every field', async () => {
		const entry = { id: "o'doc", file: 'o.txt', author: 'A', title: 'T "quoted"', date: '1917', year: 1917, kind: '', published_in: '', edition: '', translation: '', line: 2 };
		const token = (token_id: number, surface: string, lemma: string, pos: string, word_index: number | null, space_before = ' ') => ({
			token_id, surface, lower: surface.toLowerCase().replaceAll('’', "'"), lemma, pos, is_word: word_index !== null, is_stop: false, space_before, word_index
		});
		const tokens = [
			token(0, '"', '"', 'PUNCT', null, ''),
			token(1, 'Élan', 'élan', 'NOUN', 0, ''),
			token(2, 'ΟΔΟΣ', 'οδος', 'NOUN', 1),
			token(3, 'a"b', 'a"b', 'X', 2),
			token(4, 'Russia’s', 'russia', 'PROPN', 3),
			token(5, '\\N', '\\n', 'X', 4),
			token(6, '.', '.', 'PUNCT', null, '')
		];
		const text = '"Élan ΟΔΟΣ a"b Russia’s \\N.';
		const doc = {
			entry,
			sentences: [{ sentence_id: 0, paragraph_id: 0, section: 'Part\tone "1"\nnext', text, n_words: 5, position: 1e-7, heading: false, line: 3, tokens }],
			removed: [{ rule: 'notes', text: 'a\tb\n"c"', line: 1 }],
			sections: [{ name: 'Part\tone "1"\nnext', date: '1917' }],
			n_words: 5
		};
		const path = join(tempDir(), 'x', 'corpus.duckdb');
		const writer = await CorpusWriter.create(path);
		await writer.addDocument(doc);
		await writer.finish([['k', 'v']]);
		const db = await openDb(path);
		try {
			const rows = await db.rows('SELECT * EXCLUDE (doc_id, sentence_id) FROM tokens ORDER BY token_id');
			expect(rows).toEqual(tokens);
			expect(await db.rows('SELECT doc_id, section, text, position FROM sentences')).toEqual([{ doc_id: "o'doc", section: doc.sentences[0].section, text, position: 1e-7 }]);
			expect(await db.rows('SELECT text FROM removed')).toEqual([{ text: 'a\tb\n"c"' }]);
			expect(await db.rows('SELECT section, n_words, n_sentences FROM sections')).toEqual([{ section: doc.sentences[0].section, n_words: 5, n_sentences: 1 }]);
			expect(await db.rows(`SELECT term, n FROM doc_terms WHERE form = 'lemma' ORDER BY term`)).toEqual(
				['a"b', 'russia', 'élan', 'οδος', '\\n'].sort().map((term) => ({ term, n: 1 }))
			);
		} finally {
			db.close();
		}
		expect(readdirSync(join(path, '..')).sort()).toEqual(published(path));
	});

	it('writes a sentence longer than DuckDB’s default line limit (2 MB)', async () => {
		const entry = { id: 'long', file: 'l.txt', author: 'A', title: 'T', date: '1917', year: 1917, kind: '', published_in: '', edition: '', translation: '', line: 2 };
		const surface = 'é'.repeat(800_000);
		const t = { token_id: 0, surface, lower: surface, lemma: surface, pos: 'NOUN', is_word: true, is_stop: false, space_before: '', word_index: 0 };
		const text = `${surface} ${'"a" '.repeat(300_000)}`;
		const path = join(tempDir(), 'l', 'corpus.duckdb');
		const writer = await CorpusWriter.create(path);
		await writer.addDocument({
			entry,
			sentences: [{ sentence_id: 0, paragraph_id: 0, section: 'Main text', text, n_words: 1, position: 0, heading: false, line: 1, tokens: [t] }],
			removed: [],
			sections: [{ name: 'Main text', date: '1917' }],
			n_words: 1
		});
		await writer.finish([]);
		const db = await openDb(path);
		try {
			const [row] = await db.rows('SELECT len(s.text)::INTEGER AS text, len(t.surface)::INTEGER AS surface FROM sentences s, tokens t');
			expect(row).toEqual({ text: text.length, surface: surface.length });
		} finally {
			db.close();
		}
	});
});
