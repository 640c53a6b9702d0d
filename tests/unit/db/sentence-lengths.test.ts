// The sentence-length SQL (src/lib/db/queries/sentence-lengths.ts) on databases written by the real pipeline: every
// figure on the default corpus recomputed in JavaScript from the sentences, and a small corpus worked out by hand.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeDbRunner } from './node-runner';
import { DEFAULT_DB, ensureDefaultCorpus } from '../../../scripts/start';
import { analyzeCorpus } from '../../../analysis/src/pipeline';
import type { Groups } from '../../../src/lib/db/groups';
import {
	documentSectionsQuery,
	lengthHistogramQuery,
	lengthListsQuery,
	lengthOverTimeQuery,
	lengthSentencesQuery,
	lengthSummaryQuery,
	rollingLengthQuery,
	type DocSectionRow,
	type LengthBinRow,
	type LengthListRow,
	type LengthOverTimeRow,
	type LengthSentenceRow,
	type LengthSummaryRow,
	type RollingLengthRow
} from '../../../src/lib/db/queries/sentence-lengths';
import { quantile } from '../../../src/lib/stats/quantile';

interface Sent {
	doc_id: string;
	sentence_id: number;
	n_words: number;
	author: string;
	year: number;
	doc_order: number;
	section: string;
}

/** The figures of one set of lengths, computed here: the independent check of the SQL. */
function figures(xs: number[]) {
	const q1 = quantile(xs, 0.25);
	const q3 = quantile(xs, 0.75);
	const lo = q1 - 1.5 * (q3 - q1);
	const hi = q3 + 1.5 * (q3 - q1);
	return {
		n: xs.length,
		min: Math.min(...xs),
		q1,
		median: quantile(xs, 0.5),
		q3,
		p90: quantile(xs, 0.9),
		max: Math.max(...xs),
		whisker_lo: Math.min(...xs.filter((x) => x >= lo)),
		whisker_hi: Math.max(...xs.filter((x) => x <= hi)),
		n_outliers: xs.filter((x) => x < lo || x > hi).length
	};
}

const by = <T,>(xs: T[], key: (x: T) => string) => {
	const m = new Map<string, T[]>();
	for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
	return m;
};

const LENIN = 'V. I. Lenin';
const GROUPS: Groups = { a: { kind: 'authors', authors: [LENIN] }, b: { kind: 'rest' } };
const grpOf = (s: Sent) => (s.author === LENIN ? 'A' : 'B');

describe('on the default corpus', () => {
	let runner: NodeDbRunner;
	let run: NodeDbRunner['run'];
	let sents: Sent[];

	beforeAll(async () => {
		await ensureDefaultCorpus(() => {}, true);
		runner = await NodeDbRunner.open(DEFAULT_DB);
		run = (q) => runner.run(q);
		sents = await run<Sent & Record<string, unknown>>({
			sql: `SELECT s.doc_id, s.sentence_id, s.n_words, d.author, d.year, coalesce(d.doc_order, 0) AS doc_order, s.section
				FROM sentences s JOIN documents d USING (doc_id) WHERE NOT s.is_heading ORDER BY d.year, d.doc_order, s.doc_id, s.sentence_id`,
			params: []
		});
	}, 600_000);
	afterAll(() => runner?.close());

	/** The longest sentence in reading order (the first among equals). */
	const longest = (xs: Sent[]) => xs.reduce((best, s) => (s.n_words > best.n_words ? s : best));

	it('JS quantiles equal quantile_cont to the last bit', async () => {
		const lists = [[1], [3, 1], [2, 3, 3, 9, 14], sents.slice(0, 97).map((s) => s.n_words), sents.map((s) => s.n_words)];
		for (const xs of lists) {
			for (const p of [0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 1 / 3]) {
				const [r] = await run<{ v: number }>({
					sql: `SELECT quantile_cont(x, ${p})::DOUBLE AS v FROM unnest([${xs.join(', ')}]::INTEGER[]) t(x)`,
					params: []
				});
				expect(quantile(xs, p), `n=${xs.length} p=${p}`).toBe(r.v);
			}
		}
	});

	it('per document: every figure as computed from the sentences, and as doc_sentence_stats has it', async () => {
		const rows = await run<LengthSummaryRow>(lengthSummaryQuery('doc'));
		const docs = by(sents, (s) => s.doc_id);
		expect(rows.map((r) => r.key)).toEqual([...docs.keys()]);
		const stats = await run<{ doc_id: string; n_sentences: number; median_words: number; p90_words: number; max_words: number; mean_words: number }>({
			sql: 'SELECT * FROM doc_sentence_stats',
			params: []
		});
		for (const r of rows) {
			const xs = docs.get(r.key)!;
			const lengths = xs.map((s) => s.n_words);
			expect(r, r.key).toMatchObject({ ...figures(lengths), author: xs[0].author, grp: null, n_docs: 1 });
			expect(r.mean).toBeCloseTo(lengths.reduce((a, b) => a + b) / lengths.length, 10);
			expect([r.longest_doc_id, r.longest_sentence_id]).toEqual([longest(xs).doc_id, longest(xs).sentence_id]);
			const st = stats.find((s) => s.doc_id === r.key)!;
			expect([r.n, r.median, r.p90, r.max]).toEqual([st.n_sentences, st.median_words, st.p90_words, st.max_words]);
		}
	});

	it('per author within groups A (Lenin) and B (the rest), and per group', async () => {
		const authors = await run<LengthSummaryRow>(lengthSummaryQuery('author', GROUPS));
		const byAuthor = by(sents, (s) => s.author);
		expect(authors.map((r) => [r.key, r.grp])).toEqual([...byAuthor.keys()].map((a) => [a, a === LENIN ? 'A' : 'B']));
		for (const r of authors) {
			const xs = byAuthor.get(r.key)!;
			expect(r, r.key).toMatchObject({ ...figures(xs.map((s) => s.n_words)), n_docs: new Set(xs.map((s) => s.doc_id)).size });
			expect([r.longest_doc_id, r.longest_sentence_id]).toEqual([longest(xs).doc_id, longest(xs).sentence_id]);
		}
		const groups = await run<LengthSummaryRow>(lengthSummaryQuery('group', GROUPS));
		expect(groups.map((r) => [r.key, r.label, r.author])).toEqual([['A', 'Group A', null], ['B', 'Group B', null]]);
		for (const r of groups) {
			const xs = sents.filter((s) => grpOf(s) === r.key);
			expect(r).toMatchObject(figures(xs.map((s) => s.n_words)));
			expect(r.longest_doc_id).toBe(longest(xs).doc_id);
		}
		expect(() => lengthSummaryQuery('group')).toThrow();
	});

	it('an author with documents in both groups has a row in each', async () => {
		const split: Groups = { a: { kind: 'docs', docs: ['lenin-1906-moscow-uprising'] }, b: { kind: 'rest' } };
		const rows = await run<LengthSummaryRow>(lengthSummaryQuery('author', split));
		const lenin = rows.filter((r) => r.key === LENIN);
		expect(lenin.map((r) => [r.grp, r.n_docs])).toEqual([['A', 1], ['B', 1]]);
		expect(lenin.map((r) => r.n)).toEqual(['A', 'B'].map((g) => sents.filter((s) => s.author === LENIN && (s.doc_id === 'lenin-1906-moscow-uprising') === (g === 'A')).length));
	});

	it('histogram: every bin from the shortest to the longest, for A and B, counts and shares as counted here', async () => {
		for (const width of [1, 5, 7, 20]) {
			const rows = await run<LengthBinRow>(lengthHistogramQuery(GROUPS, width));
			const all = sents.map((s) => Math.floor(s.n_words / width));
			const first = Math.min(...all);
			const last = Math.max(...all);
			expect(rows.length, `width ${width}`).toBe(2 * (last - first + 1));
			for (const r of rows) {
				const xs = sents.filter((s) => grpOf(s) === r.grp);
				const n = xs.filter((s) => s.n_words >= r.lo && s.n_words < r.hi).length;
				expect([r.lo, r.hi, r.n, r.total]).toEqual([r.bin * width, (r.bin + 1) * width, n, xs.length]);
				expect(r.share).toBeCloseTo(n / xs.length, 12);
			}
			expect(rows.map((r) => r.bin)).toEqual(rows.map((_, i) => first + Math.floor(i / 2)));
		}
		expect(() => lengthHistogramQuery(GROUPS, 0)).toThrow(RangeError);
		expect(() => lengthHistogramQuery(GROUPS, 2.5)).toThrow(RangeError);
	});

	it('the raw lengths of A and of B, ascending; and per document', async () => {
		const rows = await run<LengthListRow>(lengthListsQuery(GROUPS));
		expect(rows.map((r) => r.key)).toEqual(['A', 'B']);
		for (const r of rows) expect(r.lengths).toEqual(sents.filter((s) => grpOf(s) === r.key).map((s) => s.n_words).sort((a, b) => a - b));
		const perDoc = await run<LengthListRow>(lengthListsQuery(null, 'doc'));
		const docs = by(sents, (s) => s.doc_id);
		expect(perDoc.map((r) => [r.key, r.lengths])).toEqual([...docs].map(([k, xs]) => [k, xs.map((s) => s.n_words).sort((a, b) => a - b)]));
		// B as one document only: the other group has no row
		const onlyB = await run<LengthListRow>(lengthListsQuery({ a: { kind: 'docs', docs: [] }, b: { kind: 'docs', docs: ['stalin-1917-moscow-conference'] } }));
		expect(onlyB.map((r) => [r.key, r.lengths.length])).toEqual([['B', 33]]);
	});

	it('over time: median and IQR per document at its fractional year; dated parts apart', async () => {
		const rows = await run<LengthOverTimeRow>(lengthOverTimeQuery(GROUPS));
		const docs = by(sents, (s) => s.doc_id);
		expect(rows.map((r) => r.doc_id)).toEqual([...docs.keys()]);
		for (const r of rows) {
			const xs = docs.get(r.doc_id)!.map((s) => s.n_words);
			expect([r.n, r.q1, r.median, r.q3, r.section, r.unit]).toEqual([xs.length, quantile(xs, 0.25), quantile(xs, 0.5), quantile(xs, 0.75), null, r.doc_id]);
			expect(r.grp).toBe(r.author === LENIN ? 'A' : 'B');
		}
		// 1906-08-29: day 241 of the year → 1906 + 240.5/366; 1902-09 → mid-September
		expect(rows.find((r) => r.doc_id === 'lenin-1906-moscow-uprising')!.when).toBeCloseTo(1906 + 240.5 / 366, 10);
		expect(rows.find((r) => r.doc_id === 'lenin-1902-organizational-tasks')!.when).toBeCloseTo(1902 + 8.5 / 12, 10);

		const parts = await run<LengthOverTimeRow>(lengthOverTimeQuery(null, { datedParts: true }));
		const lenin = parts.filter((r) => r.doc_id === 'lenin-1902-organizational-tasks');
		expect(lenin.map((r) => [r.year, r.section])).toEqual([
			[1902, 'Letter to a comrade'],
			[1904, 'Preface to the 1904 Russian edition'],
			[1904, 'Postface to the 1904 Russian edition']
		]);
		for (const r of lenin) {
			const xs = sents.filter((s) => s.doc_id === r.doc_id && s.section === r.section).map((s) => s.n_words);
			expect([r.n, r.median]).toEqual([xs.length, quantile(xs, 0.5)]);
		}
		expect(lenin.reduce((a, r) => a + r.n, 0)).toBe(docs.get('lenin-1902-organizational-tasks')!.length);
		expect(parts.map((r) => r.when)).toEqual([...parts.map((r) => r.when)].sort((a, b) => a - b));
	});

	it('rolling mean, median and quartiles over a centred window (odd and even)', async () => {
		const doc = 'trotsky-1918-soviet-power';
		const xs = sents.filter((s) => s.doc_id === doc);
		const lengths = xs.map((s) => s.n_words);
		for (const [window, before] of [[15, 7], [4, 1], [1, 0]]) {
			const rows = await run<RollingLengthRow>(rollingLengthQuery(doc, window));
			expect(rows.map((r) => r.sentence_id)).toEqual(xs.map((s) => s.sentence_id));
			rows.forEach((r, i) => {
				const w = lengths.slice(Math.max(0, i - before), i - before + window);
				expect(r.window_n).toBe(w.length);
				expect(r.rolling_mean).toBeCloseTo(w.reduce((a, b) => a + b) / w.length, 10);
				expect([r.rolling_q1, r.rolling_median, r.rolling_q3]).toEqual([0.25, 0.5, 0.75].map((p) => quantile(w, p)));
				expect([r.doc_q1, r.doc_median, r.doc_q3]).toEqual([0.25, 0.5, 0.75].map((p) => quantile(lengths, p)));
			});
		}
		expect(() => rollingLengthQuery(doc, 0)).toThrow(RangeError);
	});

	it('sections of a document as spans of position', async () => {
		const rows = await run<DocSectionRow>(documentSectionsQuery('lenin-1902-organizational-tasks'));
		expect(rows.map((r) => r.section)).toEqual(['Preface to the 1904 Russian edition', 'Letter to a comrade', 'Postface to the 1904 Russian edition']);
		expect(rows[0].start).toBe(0);
		expect(rows.at(-1)!.end).toBe(1);
		rows.slice(1).forEach((r, i) => expect(r.start).toBe(rows[i].end));
		for (const r of rows) expect(r.n_sentences).toBe(sents.filter((s) => s.doc_id === 'lenin-1902-organizational-tasks' && s.section === r.section).length);
	});

	it('the sentences behind a length range in group A: longest first, all inside the range, paged, with a total', async () => {
		const target = { group: 'A' as const, min: 40.5, max: 60 };
		const want = sents.filter((s) => s.author === LENIN && s.n_words >= 41 && s.n_words <= 60);
		const rows = await run<LengthSentenceRow>(lengthSentencesQuery(target, GROUPS, { limit: 1000 }));
		expect(rows.length).toBe(want.length);
		for (const r of rows) {
			expect(r.n_words).toBeGreaterThanOrEqual(41);
			expect(r.n_words).toBeLessThanOrEqual(60);
			expect([r.author, r.grp, r.total]).toEqual([LENIN, 'A', want.length]);
		}
		expect(rows.map((r) => r.n_words)).toEqual(want.map((s) => s.n_words).sort((a, b) => b - a));
		// equal lengths in reading order
		const same = rows.filter((r) => r.n_words === rows[0].n_words);
		expect(same.map((r) => `${r.doc_id}:${r.sentence_id}`)).toEqual(
			want.filter((s) => s.n_words === rows[0].n_words).map((s) => `${s.doc_id}:${s.sentence_id}`)
		);
		const page = await run<LengthSentenceRow>(lengthSentencesQuery(target, GROUPS, { limit: 5, offset: 5 }));
		expect(page.map((r) => r.sentence_id)).toEqual(rows.slice(5, 10).map((r) => r.sentence_id));
		const shortest = await run<LengthSentenceRow>(lengthSentencesQuery(target, GROUPS, { descending: false, limit: 1 }));
		expect(shortest[0].n_words).toBe(Math.min(...want.map((s) => s.n_words)));
	});

	it('the sentences of one document, of one author, in reading order; the text is the sentence', async () => {
		const doc = await run<LengthSentenceRow>(lengthSentencesQuery({ docId: 'stalin-1917-moscow-conference' }, null, { sort: 'doc' }));
		expect(doc.map((r) => r.sentence_id)).toEqual(sents.filter((s) => s.doc_id === 'stalin-1917-moscow-conference').map((s) => s.sentence_id));
		expect(doc[0].grp).toBeNull();
		const [text] = await run<{ text: string }>({ sql: `SELECT text FROM sentences WHERE doc_id = 'stalin-1917-moscow-conference' AND sentence_id = ${doc[0].sentence_id}`, params: [] });
		expect(doc[0].text).toBe(text.text);
		const author = await run<LengthSentenceRow>(lengthSentencesQuery({ author: 'Leon Trotsky', min: 100 }));
		expect(author.map((r) => r.n_words)).toEqual(sents.filter((s) => s.author === 'Leon Trotsky' && s.n_words >= 100).map((s) => s.n_words).sort((a, b) => b - a));
	});

	it('groups with no documents: no bins, no lengths, no rows', async () => {
		const none: Groups = { a: { kind: 'docs', docs: [] }, b: { kind: 'docs', docs: [] } };
		expect(await run(lengthHistogramQuery(none, 5))).toEqual([]);
		expect(await run(lengthListsQuery(none))).toEqual([]);
		expect(await run(lengthSummaryQuery('group', none))).toEqual([]);
	});

	it('quotes user values and refuses bad targets', async () => {
		expect(await run(lengthSentencesQuery({ docId: "x' OR '1'='1", author: "A'--" }))).toEqual([]);
		expect(await run(rollingLengthQuery("x' OR '1'='1", 5))).toEqual([]);
		expect(() => lengthSentencesQuery({ group: 'A' })).toThrow();
		expect(() => lengthSentencesQuery({ group: 'C' as 'A' }, GROUPS)).toThrow(RangeError);
		expect(() => lengthSentencesQuery({}, null, { limit: -1 })).toThrow(RangeError);
		expect(() => lengthSentencesQuery({ min: NaN })).toThrow();
	});
});

describe('a small corpus worked out by hand', () => {
	// one (1905-01-22): a heading "THE MEETING", then sentences of 3, 9, 3, 14, 2 words (ids 1–5)
	// two (1917): 3, 5, 1 words (ids 0–2)
	let dir: string;
	let runner: NodeDbRunner;
	let run: NodeDbRunner['run'];
	const groups: Groups = { a: { kind: 'docs', docs: ['one'] }, b: { kind: 'docs', docs: ['two'] } };

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'tribune-lengths-'));
		const corpus = join(dir, 'corpus');
		mkdirSync(corpus);
		writeFileSync(join(corpus, 'manifest.csv'), 'id,file,author,title,date,kind,published_in,edition,translation\none,one.txt,Author One,First Text,1905-01-22,article,,,\ntwo,two.txt,Author Two,Second Text,1917,article,,,\n');
		writeFileSync(join(corpus, 'one.txt'), '#THE MEETING\n\nThe workers met. They spoke about the strike for a long time. Bread was scarce.\n\nThe soviet of the district decided to call a general strike on Monday morning. Nobody left.\n');
		writeFileSync(join(corpus, 'two.txt'), 'Short one here. Another short sentence here now. Peace.\n');
		const result = await analyzeCorpus({ corpus, out: join(dir, 'out') });
		runner = await NodeDbRunner.open(result.path!);
		run = (q) => runner.run(q);
	}, 120_000);
	afterAll(() => {
		runner?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('the figures of "one": sorted 2 3 3 9 14, the heading left out', async () => {
		// n = 5; mean 31/5; q1: h = 1 → 3; median 3; q3: h = 3 → 9; p90: h = 3.6 → 9 + 0.6·5 = 12; IQR 6,
		// fences −6 and 18 → whiskers 2 and 14, no outliers; the longest (14) is sentence 4 (the heading is 0)
		const [r] = await run<LengthSummaryRow>(lengthSummaryQuery('doc', groups));
		expect(r).toMatchObject({ key: 'one', grp: 'A', n: 5, mean: 6.2, min: 2, q1: 3, median: 3, q3: 9, max: 14, whisker_lo: 2, whisker_hi: 14, n_outliers: 0, longest_doc_id: 'one', longest_sentence_id: 4 });
		expect(r.p90).toBeCloseTo(12, 12);
	});
	it('histogram with 5-word bins: A = 3, 1, 1; B = 2, 1, 0', async () => {
		// A: 2 3 3 → [0, 5), 9 → [5, 10), 14 → [10, 15); B: 1 3 → [0, 5), 5 → [5, 10)
		const rows = await run<LengthBinRow>(lengthHistogramQuery(groups, 5));
		expect(rows.map((r) => [r.grp, r.lo, r.hi, r.n])).toEqual([
			['A', 0, 5, 3], ['B', 0, 5, 2], ['A', 5, 10, 1], ['B', 5, 10, 1], ['A', 10, 15, 1], ['B', 10, 15, 0]
		]);
		expect(rows.map((r) => r.share)).toEqual([0.6, 2 / 3, 0.2, 1 / 3, 0.2, 0]);
	});
	it('raw lengths and the over-time medians', async () => {
		const lists = await run<LengthListRow>(lengthListsQuery(groups));
		expect(lists.map((r) => [r.key, r.lengths])).toEqual([['A', [2, 3, 3, 9, 14]], ['B', [1, 3, 5]]]);
		const time = await run<LengthOverTimeRow>(lengthOverTimeQuery(groups));
		// 1905-01-22 → 1905 + 21.5/366; 1917 → mid-year
		expect(time.map((r) => [r.doc_id, r.median, r.q1, r.q3, r.min, r.max])).toEqual([['one', 3, 3, 9, 2, 14], ['two', 3, 2, 4, 1, 5]]);
		expect(time[0].when).toBeCloseTo(1905 + 21.5 / 366, 12);
		expect(time[1].when).toBe(1917.5);
	});
	it('rolling mean over 3 sentences: 6, 5, 26/3, 19/3, 8', async () => {
		// windows: (3 9) (3 9 3) (9 3 14) (3 14 2) (14 2)
		const rows = await run<RollingLengthRow>(rollingLengthQuery('one', 3));
		expect(rows.map((r) => r.sentence_id)).toEqual([1, 2, 3, 4, 5]);
		[6, 5, 26 / 3, 19 / 3, 8].forEach((m, i) => expect(rows[i].rolling_mean).toBeCloseTo(m, 12));
		expect(rows.map((r) => r.rolling_median)).toEqual([6, 3, 9, 3, 8]);
		expect(rows.map((r) => r.window_n)).toEqual([2, 3, 3, 3, 2]);
		expect(rows[0].doc_median).toBe(3);
	});
	it('the sentences of 3 to 9 words in A and B, longest first', async () => {
		const rows = await run<LengthSentenceRow>(lengthSentencesQuery({ min: 3, max: 9 }, groups));
		expect(rows.map((r) => [r.doc_id, r.sentence_id, r.n_words, r.total])).toEqual([
			['one', 2, 9, 5], ['two', 1, 5, 5], ['one', 1, 3, 5], ['one', 3, 3, 5], ['two', 0, 3, 5]
		]);
		expect(rows[0].text).toBe('They spoke about the strike for a long time.');
	});
	it('both groups (AB): the sentences of A, then of B, each with its group’s count', async () => {
		const rows = await run<LengthSentenceRow>(lengthSentencesQuery({ min: 3, max: 9, group: 'AB' }, groups));
		expect(rows.map((r) => [r.grp, r.doc_id, r.sentence_id, r.n_words, r.group_total, r.total])).toEqual([
			['A', 'one', 2, 9, 3, 5], ['A', 'one', 1, 3, 3, 5], ['A', 'one', 3, 3, 3, 5], ['B', 'two', 1, 5, 2, 5], ['B', 'two', 0, 3, 2, 5]
		]);
		const onlyB = await run<LengthSentenceRow>(lengthSentencesQuery({ min: 3, max: 9, group: 'B' }, groups));
		expect(onlyB.map((r) => [r.sentence_id, r.group_total, r.total])).toEqual([[1, 2, 2], [0, 2, 2]]);
	});
});
