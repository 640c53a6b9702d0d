// The written corpus.duckdb of the default corpus: counts that agree, metrics, meta (its tables and columns, and the
// app's reads of it, are checked against the contract in tests/unit/db/contract.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { analyzeCorpus, type AnalyzeResult } from '../../../analysis/src/pipeline';
import { readCatalog } from '../../../analysis/src/write/catalog';
import { cleanupTemp, DEFAULT_CORPUS, openDb, tempDir, type Db } from './helpers';

let out: string;
let result: AnalyzeResult;
let db: Db;

beforeAll(async () => {
	out = tempDir();
	result = await analyzeCorpus({ corpus: DEFAULT_CORPUS, out });
	db = await openDb(result.path!);
});

afterAll(() => {
	db?.close();
	cleanupTemp();
});

const manifestIds = () =>
	readFileSync(join(DEFAULT_CORPUS, 'manifest.csv'), 'utf8')
		.split('\n')
		.slice(1)
		.filter((l) => /^[a-z]/.test(l))
		.map((l) => l.split(',')[0]);

describe('default corpus → static/data/default/corpus.duckdb', () => {
	it('is written under the name "default" and listed in corpora.json', () => {
		expect(result.name).toBe('default');
		expect(result.path).toBe(join(out, 'default', 'corpus.duckdb'));
		const catalog = readCatalog(out);
		expect(catalog).toEqual([{ name: 'default', title: expect.any(String), n_documents: 5, n_words: result.n_words, hash: result.hash }]);
	});

	it('keeps the documents in manifest order, with their manifest facts', async () => {
		const docs = await db.rows('SELECT doc_id, doc_order, year, date, author FROM documents ORDER BY doc_order');
		expect(docs.map((d) => d.doc_id)).toEqual(manifestIds());
		expect(docs.map((d) => d.doc_order)).toEqual([0, 1, 2, 3, 4]);
		expect(docs.find((d) => d.doc_id === 'stalin-1917-moscow-conference')).toMatchObject({ date: '1917-08-08', year: 1917, author: 'J. V. Stalin' });
	});

	it("documents' n_words and n_sentences agree with tokens and sentences", async () => {
		const bad = await db.rows(`
			SELECT d.doc_id, d.n_words, d.n_sentences, w.n AS words, s.n AS sentences
			FROM documents d
			LEFT JOIN (SELECT doc_id, count(*) FILTER (is_word) AS n FROM tokens GROUP BY doc_id) w USING (doc_id)
			LEFT JOIN (SELECT doc_id, count(*) AS n FROM sentences GROUP BY doc_id) s USING (doc_id)
			WHERE d.n_words IS DISTINCT FROM w.n OR d.n_sentences IS DISTINCT FROM s.n`);
		expect(bad).toEqual([]);
		const [{ total }] = await db.rows('SELECT sum(n_words)::INTEGER AS total FROM documents');
		expect(total).toBe(result.n_words);
	});

	it("sentences' n_words agree with their tokens, and every sentence has tokens", async () => {
		const bad = await db.rows(`
			SELECT s.doc_id, s.sentence_id, s.n_words, t.words
			FROM sentences s
			LEFT JOIN (SELECT doc_id, sentence_id, count(*) FILTER (is_word) AS words, count(*) AS n FROM tokens GROUP BY ALL) t USING (doc_id, sentence_id)
			WHERE t.n IS NULL OR s.n_words <> t.words`);
		expect(bad).toEqual([]);
		const orphans = await db.rows('SELECT count(*)::INTEGER AS n FROM tokens t ANTI JOIN sentences s USING (doc_id, sentence_id)');
		expect(orphans[0].n).toBe(0);
	});

	it('numbers sentences, tokens and words from 0 without gaps, in reading order', async () => {
		const bad = await db.rows(`
			SELECT doc_id FROM (
				SELECT doc_id, max(token_id) + 1 AS top, count(*) AS n, max(word_index) + 1 AS wtop, count(word_index) AS w,
					count(*) FILTER (is_word) AS words
				FROM tokens GROUP BY doc_id)
			WHERE top <> n OR wtop <> w OR w <> words
			UNION ALL
			SELECT doc_id FROM (SELECT doc_id, max(sentence_id) + 1 AS top, count(*) AS n FROM sentences GROUP BY doc_id) WHERE top <> n`);
		expect(bad).toEqual([]);
		// Tokens of a later sentence never come before those of an earlier one.
		const disorder = await db.rows(`
			SELECT count(*)::INTEGER AS n FROM (
				SELECT sentence_id < lag(sentence_id) OVER (PARTITION BY doc_id ORDER BY token_id) AS back FROM tokens) WHERE back`);
		expect(disorder[0].n).toBe(0);
	});

	it('rebuilds each sentence text from its tokens and space_before', async () => {
		const bad = await db.rows(`
			SELECT s.doc_id, s.sentence_id, s.text, t.rebuilt FROM sentences s
			JOIN (SELECT doc_id, sentence_id, ltrim(string_agg(space_before || surface, '' ORDER BY token_id)) AS rebuilt FROM tokens GROUP BY ALL) t
			USING (doc_id, sentence_id)
			WHERE s.text <> t.rebuilt OR s.text <> trim(regexp_replace(s.text, '\\s+', ' ', 'g'))
			LIMIT 5`);
		expect(bad).toEqual([]);
	});

	it('positions each sentence at the words before it over the document words', async () => {
		const bad = await db.rows(`
			SELECT s.doc_id, s.sentence_id FROM (
				SELECT doc_id, sentence_id, position,
					coalesce(sum(n_words) OVER (PARTITION BY doc_id ORDER BY sentence_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
				FROM sentences) s JOIN documents d USING (doc_id)
			WHERE abs(s.position - s.before / d.n_words) > 1e-12 OR s.position < 0 OR s.position >= 1`);
		expect(bad).toEqual([]);
	});

	it('has no empty sentence', async () => {
		const bad = await db.rows(`SELECT doc_id, sentence_id, text FROM sentences WHERE NOT regexp_matches(text, '[[:alnum:]]') OR trim(text) = ''`);
		expect(bad).toEqual([]);
	});

	it('stores lemmas in lower case, and Soviets → soviet', async () => {
		// lower is the surface in lower case with ’ written ', and so are lemmas.
		const upper = await db.rows(`SELECT count(*)::INTEGER AS n FROM tokens WHERE lemma <> lower(lemma) OR lower <> replace(lower(surface), '’', '''') OR contains(lemma, '’')`);
		expect(upper[0].n).toBe(0);
		const soviets = await db.rows(`SELECT DISTINCT lemma FROM tokens WHERE surface = 'Soviets'`);
		expect(soviets).toEqual([{ lemma: 'soviet' }]);
	});

	it('marks words: a letter makes a word, and hyphenated compounds stay whole', async () => {
		const bad = await db.rows(`SELECT surface FROM tokens WHERE is_word <> regexp_matches(surface, '\\p{L}') LIMIT 5`);
		expect(bad).toEqual([]);
		const compounds = await db.rows(`SELECT DISTINCT surface FROM tokens WHERE surface IN ('Social-Democratic', 'Social-Democrats', 'counter-revolution') ORDER BY 1`);
		expect(compounds.length).toBeGreaterThan(0);
		// No `word` `-` `word` left split, with the hyphen glued on both sides.
		const loose = await db.rows(`
			SELECT count(*)::INTEGER AS n FROM (
				SELECT surface, space_before, lag(surface) OVER w AS prev, lead(surface) OVER w AS next, lead(space_before) OVER w AS next_space
				FROM tokens WINDOW w AS (PARTITION BY doc_id ORDER BY token_id))
			WHERE surface = '-' AND space_before = '' AND next_space = '' AND regexp_matches(prev, '\\p{L}$') AND regexp_matches(next, '^\\p{L}')`);
		expect(loose[0].n).toBe(0);
	});

	it('keeps clitics with their word and full stops off words (Lenin’s, don’t; `in.` is `in` `.`)', async () => {
		// No word glued to the word before it, as wink leaves `Lenin` `’s`, `do` `n’t`, `can` `not`.
		const clitics = await db.rows(`
			SELECT surface FROM (SELECT surface, space_before, is_word, lag(is_word) OVER w AS prev_word, lag(sentence_id) OVER w AS prev_sentence, sentence_id
				FROM tokens WINDOW w AS (PARTITION BY doc_id ORDER BY token_id))
			WHERE is_word AND prev_word AND space_before = '' AND prev_sentence = sentence_id LIMIT 5`);
		expect(clitics).toEqual([]);
		const glued = await db.rows(`SELECT DISTINCT surface FROM tokens WHERE regexp_matches(surface, '^\\p{Ll}{2,}\\.$') AND surface NOT IN ('etc.', 'pp.', 'nos.', 'no.', 'vols.', 'cf.', 'ibid.', 'vs.')`);
		expect(glued).toEqual([]);
		const possessives = await db.rows(`SELECT DISTINCT lemma FROM tokens WHERE surface IN ('Lenin’s', 'Russia’s')`);
		expect(possessives.map((r) => r.lemma).sort()).toEqual(['lenin', 'russia']);
	});

	it('doc_terms counts every word once per form', async () => {
		const bad = await db.rows(`
			SELECT d.doc_id, f.form, f.total, d.n_words FROM documents d
			JOIN (SELECT doc_id, form, sum(n) AS total FROM doc_terms GROUP BY ALL) f USING (doc_id)
			WHERE f.total <> d.n_words`);
		expect(bad).toEqual([]);
		const forms = await db.rows(`SELECT form, count(DISTINCT doc_id)::INTEGER AS docs FROM doc_terms GROUP BY form ORDER BY form`);
		expect(forms).toEqual([{ form: 'lemma', docs: 5 }, { form: 'lower', docs: 5 }]);
		const mismatch = await db.rows(`
			SELECT t.* FROM (SELECT doc_id, lower AS term, count(*) AS n FROM tokens WHERE is_word GROUP BY ALL) t
			FULL JOIN (SELECT * FROM doc_terms WHERE form = 'lower') d USING (doc_id, term)
			WHERE t.n IS DISTINCT FROM d.n LIMIT 5`);
		expect(mismatch).toEqual([]);
	});

	it('doc_sentence_stats matches the sentence lengths (headings excluded)', async () => {
		const stats = await db.rows('SELECT * FROM doc_sentence_stats ORDER BY doc_id');
		const lengths = await db.rows(`SELECT doc_id, list(n_words ORDER BY sentence_id) AS ns FROM sentences WHERE NOT is_heading GROUP BY doc_id ORDER BY doc_id`);
		expect(stats.map((s) => s.doc_id)).toEqual(lengths.map((l) => l.doc_id));
		const quantile = (xs: number[], p: number) => {
			const s = [...xs].sort((a, b) => a - b);
			const h = (s.length - 1) * p;
			return s[Math.floor(h)] + (h - Math.floor(h)) * (s[Math.ceil(h)] - s[Math.floor(h)]);
		};
		stats.forEach((s, i) => {
			const ns = lengths[i].ns as number[];
			expect(s.n_sentences).toBe(ns.length);
			expect(s.mean_words).toBeCloseTo(ns.reduce((a, b) => a + b, 0) / ns.length, 10);
			expect(s.median_words).toBeCloseTo(quantile(ns, 0.5), 10);
			expect(s.p90_words).toBeCloseTo(quantile(ns, 0.9), 10);
			expect(s.max_words).toBe(Math.max(...ns));
		});
	});

	it('sections cover each document: their words and sentences add up', async () => {
		const bad = await db.rows(`
			SELECT d.doc_id FROM documents d LEFT JOIN (SELECT doc_id, sum(n_words) AS w, sum(n_sentences) AS s FROM sections GROUP BY doc_id) x USING (doc_id)
			WHERE x.w IS DISTINCT FROM d.n_words OR x.s IS DISTINCT FROM d.n_sentences`);
		expect(bad).toEqual([]);
		const unknown = await db.rows(`SELECT DISTINCT doc_id, section FROM sentences ANTI JOIN sections USING (doc_id, section)`);
		expect(unknown).toEqual([]);
	});

	it('removed holds every span the cleaning rules took out', async () => {
		const rows = await db.rows('SELECT doc_id, count(*)::INTEGER AS n FROM removed GROUP BY doc_id');
		const byDoc = Object.fromEntries(rows.map((r) => [r.doc_id, r.n]));
		for (const c of result.clean) expect(byDoc[c.entry.id] ?? 0).toBe(c.removed.length);
		const lines = await db.rows('SELECT count(*)::INTEGER AS n FROM removed WHERE line < 1 OR rule IS NULL OR rule = \'\'');
		expect(lines[0].n).toBe(0);
	});

	it('meta records versions, the corpus hash and the statistic definitions', async () => {
		const meta = Object.fromEntries((await db.rows('SELECT key, value FROM meta')).map((r) => [r.key, r.value]));
		const require = createRequire(import.meta.url);
		expect(meta.wink_model_version).toBe((require('wink-eng-lite-web-model/package.json') as { version: string }).version);
		expect(meta.pipeline_version).toMatch(/^\d+\.\d+\.\d+/);
		expect(meta.corpus_hash).toMatch(/^sha256:[0-9a-f]{64}$/);
		expect(meta.corpus_hash).toBe(result.hash);
		expect(meta.created_from).toBe('default');
		for (const k of ['stat_g2', 'stat_log_ratio', 'stat_log_odds', 'stat_rate', 'stat_dp']) expect(meta[k]).toBeTruthy();
		expect(meta.stat_g2).toContain('G²');
		expect(Object.values(meta).join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
	});
});
