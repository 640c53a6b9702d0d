// The keyword-contrast SQL: on a hand-worked tiny database, and on the default corpus (written by the real pipeline)
// against brute-force counts in JavaScript and the independent TypeScript statistics of src/lib/stats, to 1e-9.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeRunner } from '../../../scripts/db/node-runner';
import { ensureDefaultCorpus, DEFAULT_DB } from '../../../scripts/start';
import type { Groups } from '../../../src/lib/db/groups';
import {
	contrastGroupsQuery,
	contrastQuery,
	contrastStopTermsQuery,
	oneDocumentSide,
	withSignificance,
	type ContrastGroupRow,
	type ContrastOptions,
	type ContrastRow,
	type StopTermRow
} from '../../../src/lib/db/queries/contrasts';
import { benjaminiHochberg, griesDP, informativePrior, logLikelihood, logOdds, logRatio, ratePer10k } from '../../../src/lib/stats';

/** Equal, or for numbers |actual − expected| ≤ 1e-9, relative above 1. */
const close = (actual: unknown, expected: unknown) =>
	actual === expected ||
	(typeof actual === 'number' && typeof expected === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)));

describe('on a hand-worked tiny corpus', () => {
	// Documents (words): d1 (8) and d2 (2) by X form A, c = 10; d3 (10) by Y is B, d = 10; d4 (5) by Z is in neither.
	// The corpus has 25 words. "the" is a stop word; "," is a token but not a word; "wars" has the lemma "war".
	const docs: [string, string, string[]][] = [
		['d1', 'X', ['war', 'war', ',', 'war', 'war', 'the', 'the', 'land', 'bread']],
		['d2', 'X', ['peace', 'the']],
		['d3', 'Y', ['wars', 'peace', 'peace', 'peace', 'the', 'the', 'bread', 'bread', 'bread', 'bread']],
		['d4', 'Z', ['peace', 'the', 'the', 'land', 'land']]
	];
	const groups: Groups = { a: { kind: 'authors', authors: ['X'] }, b: { kind: 'authors', authors: ['Y'] } };
	let dir: string;
	let db: NodeRunner;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'contrasts-'));
		const path = join(dir, 'tiny.duckdb');
		const inst = await DuckDBInstance.create(path);
		const con = await inst.connect();
		await con.run(`CREATE TABLE documents (doc_id VARCHAR, author VARCHAR, year INTEGER, n_words INTEGER);
			CREATE TABLE tokens (doc_id VARCHAR, token_id INTEGER, lower VARCHAR, lemma VARCHAR, is_word BOOLEAN, is_stop BOOLEAN)`);
		await con.run(`CREATE TABLE doc_terms (doc_id VARCHAR, form VARCHAR, term VARCHAR, n INTEGER)`);
		for (const [id, author, toks] of docs) {
			const words = toks.filter((t) => t !== ',').length;
			await con.run(`INSERT INTO documents VALUES ('${id}', '${author}', 1900, ${words})`);
			for (const [i, t] of toks.entries())
				await con.run(
					`INSERT INTO tokens VALUES ('${id}', ${i}, '${t}', ${t === ',' ? 'NULL' : `'${t === 'wars' ? 'war' : t}'`}, ${t !== ','}, ${t === 'the'})`
				);
		}
		// The per-document counts the contrast reads (contract: doc_terms), as the pipeline counts them.
		await con.run(`INSERT INTO doc_terms
			SELECT doc_id, 'lower', lower, count(*) FROM tokens WHERE is_word GROUP BY ALL
			UNION ALL SELECT doc_id, 'lemma', lemma, count(*) FROM tokens WHERE is_word GROUP BY ALL`);
		con.closeSync();
		inst.closeSync();
		db = await NodeRunner.open(path);
	});
	afterAll(() => {
		db?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('counts the groups', async () => {
		expect(await db.run<ContrastGroupRow>(contrastGroupsQuery(groups))).toEqual([
			{ grp: 'A', docs: 2, words: 10 },
			{ grp: 'B', docs: 1, words: 10 }
		]);
	});

	it('"war" by lemma: every statistic worked by hand', async () => {
		const rows = await db.run<ContrastRow>(contrastQuery(groups, { by: 'lemma', minFreq: 2 }));
		// land (1 + 0) is under the guard; the (stop word) is left out.
		expect(rows.map((r) => r.term)).toEqual(['war', 'peace', 'bread']);
		const war = rows[0];
		expect(war).toMatchObject({ a: 4, b: 1, c: 10, d: 10, docs_a: 2, docs_b: 1, corpus_count: 5, df_a: 1, df_b: 1 });
		expect(war).toMatchObject({ top_doc_a: 'd1', top_n_a: 4, top_words_a: 8, top_doc_b: 'd3', top_n_b: 1, top_words_b: 10 });
		// rates: 4/10 and 1/10 per 10,000 words
		expect(war.rate_a).toBeCloseTo(4000, 9);
		expect(war.rate_b).toBeCloseTo(1000, 9);
		// N = 20, E1 = E2 = 10 × 5 / 20 = 2.5; G² = 2 [4 ln(4/2.5) + 1 ln(1/2.5)] = 2 [1.880015 − 0.916291] = 1.927448, a/c > b/d → +
		expect(war.g2).toBeCloseTo(1.9274475702175746, 12);
		// Log Ratio = log2(0.4 / 0.1) = 2; half-width 1.959964 √(1/4 + 1/1) / ln 2 = 1.959964 × 1.118034 / 0.693147 = 3.161387
		expect(war.log_ratio).toBeCloseTo(2, 12);
		expect(war.log_ratio_lower).toBeCloseTo(2 - 3.161386806293074, 9);
		expect(war.log_ratio_upper).toBeCloseTo(2 + 3.161386806293074, 9);
		// α = the corpus count 5 (α0 = 25 words): δ = ln(9 / (10 + 25 − 4 − 5)) − ln(6 / (10 + 25 − 1 − 5)) = ln(9/26) − ln(6/29)
		// = 0.514664; σ² = 1/9 + 1/6 = 0.277778; z = 0.514664 / 0.527046 = 0.976507
		expect(war.alpha).toBeCloseTo(5, 12);
		expect(war.log_odds).toBeCloseTo(0.5146644000731564, 12);
		expect(war.log_odds_var).toBeCloseTo(5 / 18, 12);
		expect(war.log_odds_z).toBeCloseTo(0.9765070409011821, 12);
		// DP across A: s = .8 (d1), .2 (d2); p = 1, 0 → ½ (.2 + .2) = .2; DPnorm = .2 / (1 − .2) = .25. B has one part: 0.
		expect(war.dp_a).toBeCloseTo(0.2, 12);
		expect(war.dp_norm_a).toBeCloseTo(0.25, 12);
		expect(war.dp_b).toBe(0);
		expect(war.dp_norm_b).toBe(0);
		// documents: 1 of 2 against 1 of 1; E1 = 2 × 2/3, E2 = 2/3; G² = 2 [ln(1 / (4/3)) + ln(1 / (2/3))] = 0.235566, 1/2 < 1/1 → −
		expect(war.df_g2).toBeCloseTo(-0.23556607131276697, 12);
		// p = erfc(√(G²/2)) (Python's math.erfc)
		expect(withSignificance(rows)[0].p).toBeCloseTo(0.16503796424971726, 12);
	});

	it('by word form, with p-values and their BH adjustment over the terms tested', async () => {
		const rows = withSignificance(await db.run<ContrastRow>(contrastQuery(groups, { minFreq: 2 })));
		// wars (0 + 1) and land (1 + 0) are under the guard. war 4 vs 0: E = 2, G² = 2 × 4 ln 2 = 5.545177.
		// bread 1 vs 4: G² = −2 [ln(1/2.5) + 4 ln(4/2.5)] = −1.927448; peace 1 vs 3: G² = −2 [ln(1/2) + 3 ln(3/2)] = −1.046496
		expect(rows.map((r) => [r.term, +r.g2.toFixed(6)])).toEqual([
			['war', 5.545177],
			['peace', -1.046496],
			['bread', -1.927448]
		]);
		expect(rows[0].log_ratio).toBeCloseTo(Math.log2(0.4 / 0.05), 12); // b = 0 taken as 0.5
		// p (math.erfc): war 0.018532, bread 0.165038, peace 0.306315; m = 3:
		// q(war) = 3 × 0.018532 = 0.055595; q(bread) = 3/2 × 0.165038 = 0.247557; q(peace) = 0.306315
		const pWar = 0.018531677751199068;
		expect(rows[0].p).toBeCloseTo(pWar, 12);
		expect(rows[0].q).toBeCloseTo(3 * pWar, 12);
		expect(rows[2].q).toBeCloseTo(1.5 * 0.16503796424971726, 12);
		expect(rows[1].q).toBeCloseTo(0.3063154055027367, 12);
	});

	it('keeps stop words when asked, and says nothing when a group is empty', async () => {
		const the = (await db.run<ContrastRow>(contrastQuery(groups, { minFreq: 2, stopWords: true }))).find((r) => r.term === 'the');
		expect(the).toMatchObject({ a: 3, b: 2, df_a: 2, df_b: 1 });
		const empty: Groups = { a: groups.a, b: { kind: 'authors', authors: ['Nobody'] } };
		expect(await db.run(contrastQuery(empty, { minFreq: 1 }))).toEqual([]);
		expect(await db.run<ContrastGroupRow>(contrastGroupsQuery(empty))).toEqual([
			{ grp: 'A', docs: 2, words: 10 },
			{ grp: 'B', docs: 0, words: 0 }
		]);
	});

	it('scales the prior by α0 and the interval by the level', async () => {
		const [war] = await db.run<ContrastRow>(contrastQuery(groups, { by: 'lemma', minFreq: 2, alpha0: 10, level: 0.9 }));
		// α = 10 × 5 / 25 = 2: δ = ln(6 / (10 + 10 − 4 − 2)) − ln(3 / (10 + 10 − 1 − 2)) = ln(6/14) − ln(3/17)
		expect(war.alpha).toBeCloseTo(2, 12);
		expect(war.log_odds).toBeCloseTo(Math.log(6 / 14) - Math.log(3 / 17), 12);
		// z(.95) = 1.644854: half-width 1.644854 × 1.118034 / ln 2
		expect(war.log_ratio_upper - war.log_ratio).toBeCloseTo((1.6448536269514722 * Math.sqrt(1.25)) / Math.LN2, 9);
	});

	it('rejects a guard that is not a whole number ≥ 1', () => {
		expect(() => contrastQuery(groups, { minFreq: 0 })).toThrow(RangeError);
		expect(() => contrastQuery(groups, { minFreq: 2.5 })).toThrow(RangeError);
		expect(() => contrastQuery(groups, { alpha0: 0 })).toThrow(RangeError);
	});
});

describe('oneDocumentSide (text-dispersion flag)', () => {
	const base = { b: 5, d: 1000, docs_b: 3, top_n_b: 2, top_words_b: 400, c: 1000, docs_a: 3 } as const;
	const row = (over: Partial<ContrastRow>) => ({ ...base, ...over }) as ContrastRow;
	it('flags a key term whose A occurrences sit in one document', () => {
		// a = 30, all in a 200-word document: without it 0 of 800 against 5 of 1000 — no longer more in A
		const r = row({ a: 30, top_n_a: 30, top_words_a: 200, g2: logLikelihood(30, 5, 1000, 1000).g2 });
		expect(r.g2).toBeGreaterThan(3.84);
		expect(oneDocumentSide(r)).toBe('A');
	});
	it('does not flag a term spread over the group, nor one that is not key, nor a one-document group', () => {
		// without the top document: 15 of 500 against 5 of 1000 — still more in A
		expect(oneDocumentSide(row({ a: 30, top_n_a: 15, top_words_a: 500, g2: logLikelihood(30, 5, 1000, 1000).g2 }))).toBeNull();
		expect(oneDocumentSide(row({ a: 7, top_n_a: 7, top_words_a: 100, g2: logLikelihood(7, 5, 1000, 1000).g2 }))).toBeNull();
		expect(oneDocumentSide(row({ a: 30, docs_a: 1, top_n_a: 30, top_words_a: 1000, g2: logLikelihood(30, 5, 1000, 1000).g2 }))).toBeNull();
	});
	it('asks for the direction without the top document, not for significance: a small group loses power, not its term', () => {
		// a = 20 in A (1000 words, 14 of them in a 600-word document); b = 5 of 1000. Without that document: 6 of 400
		// (15 per 1000) against 5 of 1000 — still more in A, though no longer significant (G² = 3.24 < 3.84).
		const r = row({ a: 20, top_n_a: 14, top_words_a: 600, g2: logLikelihood(20, 5, 1000, 1000).g2 });
		expect(r.g2).toBeGreaterThan(3.84);
		expect(logLikelihood(6, 5, 400, 1000).g2).toBeLessThan(3.84);
		expect(oneDocumentSide(r)).toBeNull();
		// With only 2 of the 20 elsewhere (5 per 1000 against 5 per 1000), the difference is that document's.
		expect(oneDocumentSide(row({ a: 20, top_n_a: 18, top_words_a: 600, g2: r.g2 }))).toBe('A');
	});
	it('works on B’s side too', () => {
		// b = 40 of 1000 with 36 in one 100-word document; a = 5 of 1000: without it 4 of 900 (4.4 per 1000) — no more than A's 5 per 1000
		const r = { a: 5, c: 1000, docs_a: 3, top_n_a: 2, top_words_a: 400, b: 40, d: 1000, docs_b: 4, top_n_b: 36, top_words_b: 100 };
		expect(oneDocumentSide({ ...r, g2: logLikelihood(5, 40, 1000, 1000).g2 } as unknown as ContrastRow)).toBe('B');
	});
});

interface Tok extends Record<string, unknown> {
	doc_id: string;
	lower: string;
	lemma: string | null;
	is_stop: boolean | null;
}
interface Doc extends Record<string, unknown> {
	doc_id: string;
	author: string;
	year: number;
	n_words: number;
}

describe('on the default corpus, against src/lib/stats', () => {
	let db: NodeRunner;
	let toks: Tok[];
	let documents: Doc[];

	beforeAll(async () => {
		await ensureDefaultCorpus(() => {}, true);
		db = await NodeRunner.open(DEFAULT_DB);
		toks = await db.run<Tok>({ sql: 'SELECT doc_id, lower, lemma, is_stop FROM tokens WHERE is_word', params: [] });
		documents = await db.run<Doc>({ sql: 'SELECT doc_id, author, year, n_words FROM documents', params: [] });
	}, 600_000);
	afterAll(() => db?.close());

	/** Every expected row, worked out in JavaScript from the tokens: group → 'A' | 'B' per document (others absent). */
	function expected(member: Map<string, 'A' | 'B'>, o: ContrastOptions) {
		const perTerm = new Map<string, { perDoc: Map<string, number>; stop: boolean; corpus: number }>();
		for (const t of toks) {
			const term = o.by === 'lemma' ? (t.lemma ?? t.lower) : t.lower;
			const e = perTerm.get(term) ?? { perDoc: new Map(), stop: false, corpus: 0 };
			e.perDoc.set(t.doc_id, (e.perDoc.get(t.doc_id) ?? 0) + 1);
			e.stop ||= !!t.is_stop;
			e.corpus++;
			perTerm.set(term, e);
		}
		const side = (g: 'A' | 'B') => documents.filter((d) => member.get(d.doc_id) === g);
		const [docsA, docsB] = [side('A'), side('B')];
		const c = docsA.reduce((s, d) => s + d.n_words, 0);
		const d = docsB.reduce((s, x) => s + x.n_words, 0);
		const corpusWords = documents.reduce((s, x) => s + x.n_words, 0);
		const alpha0 = o.alpha0 ?? corpusWords;
		const out = new Map<string, Record<string, string | number | null>>();
		for (const [term, e] of perTerm) {
			const countsA = docsA.map((x) => e.perDoc.get(x.doc_id) ?? 0);
			const countsB = docsB.map((x) => e.perDoc.get(x.doc_id) ?? 0);
			const a = countsA.reduce((s, n) => s + n, 0);
			const b = countsB.reduce((s, n) => s + n, 0);
			if (a + b < o.minFreq || (!o.stopWords && e.stop)) continue;
			const ll = logLikelihood(a, b, c, d);
			const lr = logRatio(a, b, c, d, o.level);
			const alpha = informativePrior(e.corpus, corpusWords, alpha0);
			const lo = logOdds(a, b, c, d, alpha, alpha0);
			const dpA = griesDP(countsA, docsA.map((x) => x.n_words));
			const dpB = griesDP(countsB, docsB.map((x) => x.n_words));
			const dfA = countsA.filter((n) => n > 0).length;
			const dfB = countsB.filter((n) => n > 0).length;
			out.set(term, {
				a, b, c, d, docs_a: docsA.length, docs_b: docsB.length, corpus_count: e.corpus,
				rate_a: ratePer10k(a, c), rate_b: ratePer10k(b, d), g2: ll.g2, p: ll.p,
				log_ratio: lr.value, log_ratio_lower: lr.lower, log_ratio_upper: lr.upper,
				alpha, log_odds: lo.delta, log_odds_var: lo.variance, log_odds_z: lo.z,
				df_a: dfA, df_b: dfB, df_g2: logLikelihood(dfA, dfB, docsA.length, docsB.length).g2,
				dp_a: dpA?.dp ?? null, dp_norm_a: dpA?.dpNorm ?? null, dp_b: dpB?.dp ?? null, dp_norm_b: dpB?.dpNorm ?? null,
				...top('a', docsA, countsA), ...top('b', docsB, countsB)
			});
		}
		return out;
	}

	/** The document with most occurrences (ties: the smaller doc_id), its count and its words. */
	function top(side: 'a' | 'b', group: Doc[], counts: number[]): Record<string, string | number | null> {
		const order = group.map((x, i) => i).sort((i, j) => counts[j] - counts[i] || (group[i].doc_id < group[j].doc_id ? -1 : 1));
		const i = order[0];
		const found = counts[i] > 0;
		return { [`top_doc_${side}`]: found ? group[i].doc_id : null, [`top_n_${side}`]: found ? counts[i] : null, [`top_words_${side}`]: found ? group[i].n_words : null };
	}

	const author = (name: string) => (d: Doc) => d.author === name;
	const cases: { name: string; groups: Groups; inA: (d: Doc) => boolean; inB: (d: Doc) => boolean; options: Partial<ContrastOptions> }[] = [
		{
			name: 'Lenin against Trotsky, word forms, stop words out, guard 5',
			groups: { a: { kind: 'authors', authors: ['V. I. Lenin'] }, b: { kind: 'authors', authors: ['Leon Trotsky'] } },
			inA: author('V. I. Lenin'),
			inB: author('Leon Trotsky'),
			options: {}
		},
		{
			name: '1917–1918 against the rest, lemmas, stop words in, guard 3, α0 = 1,000, 90% interval',
			groups: { a: { kind: 'years', from: 1917, to: 1918 }, b: { kind: 'rest' } },
			inA: (d) => d.year >= 1917 && d.year <= 1918,
			inB: (d) => !(d.year >= 1917 && d.year <= 1918),
			options: { by: 'lemma', stopWords: true, minFreq: 3, alpha0: 1000, level: 0.9 }
		},
		{
			name: 'the rest against Lutte Ouvrière 2017, lemmas, guard 1',
			groups: { a: { kind: 'rest' }, b: { kind: 'docs', docs: ['lutte-ouvriere-2017-russian-revolution'] } },
			inA: (d) => d.doc_id !== 'lutte-ouvriere-2017-russian-revolution',
			inB: (d) => d.doc_id === 'lutte-ouvriere-2017-russian-revolution',
			options: { by: 'lemma', minFreq: 1 }
		}
	];

	for (const k of cases)
		it(k.name, async () => {
			const o: ContrastOptions = { by: 'word', stopWords: false, minFreq: 5, alpha0: null, level: 0.95, ...k.options };
			const member = new Map<string, 'A' | 'B'>();
			for (const d of documents) if (k.inA(d)) member.set(d.doc_id, 'A');
			else if (k.inB(d)) member.set(d.doc_id, 'B');
			const want = expected(member, o);
			const rows = withSignificance(await db.run<ContrastRow>(contrastQuery(k.groups, o)));
			expect(rows.length).toBeGreaterThan(100);
			expect(new Set(rows.map((r) => r.term))).toEqual(new Set(want.keys()));
			const bad: string[] = [];
			for (const r of rows) {
				const w = want.get(r.term)!;
				for (const [key, value] of Object.entries(w))
					if (!close(r[key], value)) bad.push(`${r.term}.${key}: ${String(r[key])} ≠ ${value}`);
			}
			expect(bad.slice(0, 20)).toEqual([]);
			const q = benjaminiHochberg(rows.map((r) => want.get(r.term)!.p as number));
			expect(rows.every((r, i) => close(r.q, q[i]))).toBe(true);
			// ordered by G², strongest for A first
			expect(rows.every((r, i) => i === 0 || rows[i - 1].g2 >= r.g2)).toBe(true);
			// The view hands the stop terms in (asked once): the same rows as the query finding them itself.
			if (!o.stopWords) {
				const stops = (await db.run<StopTermRow>(contrastStopTermsQuery(o.by))).map((r) => r.term);
				expect(stops).toContain('the');
				const given = await db.run<ContrastRow>(contrastQuery(k.groups, o, stops));
				const found = await db.run<ContrastRow>(contrastQuery(k.groups, o));
				expect(given.map((r) => r.term)).toEqual(found.map((r) => r.term));
				const differ = given.flatMap((r, i) => Object.keys(r).filter((c) => !close(r[c], found[i][c])).map((c) => `${r.term}.${c}`));
				expect(differ.slice(0, 20)).toEqual([]);
			}
		});
});
