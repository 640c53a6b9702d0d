// The term, KWIC and Reader SQL on the real default corpus (static/data/default/corpus.duckdb, analysed first if
// missing or stale), checked against brute-force counts over the tokens in JavaScript.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultDb } from '../../fixtures/corpus-db';
import { dpOverParts } from '../../fixtures/gries-dp';
import { parseTerms, type Term } from '../../../src/lib/terms/parse';
import { termBinsQuery, termDispersionQuery, termDocRatesQuery, termFormsQuery, termHitsQuery, type HitRow, type TermBinRow, type TermDispersionRow, type TermDocRow, type TermFormRow } from '../../../src/lib/db/queries/terms';
import { kwicQuery, type KwicRow } from '../../../src/lib/db/queries/passages';
import { readerMatchTokensQuery, readerSentencesQuery, type ReaderSentenceRow, type ReaderTokenRow } from '../../../src/lib/db/queries/reader';
import { sentenceSegments } from '../../../src/lib/views/reader/shape';
import { LEMMAS, WORDS, useDb } from './term-fixture';


interface Tok extends Record<string, unknown> {
	doc_id: string;
	sentence_id: number;
	word_index: number;
	lower: string;
	lemma: string | null;
}

const db = useDb(defaultDb);
let words: Tok[];

/** Brute force: occurrences of a word-form term per document, scanning the words in order. */
function bruteCount(term: Term): Map<string, number> {
	const out = new Map<string, number>();
	for (let i = 0; i < words.length; i++) {
		let ok = true;
		for (let k = 0; k < term.words.length && ok; k++) {
			const w = words[i + k];
			const want = term.words[k];
			ok = !!w && w.doc_id === words[i].doc_id && w.sentence_id === words[i].sentence_id && w.word_index === words[i].word_index + k &&
				(want.prefix ? w.lower.startsWith(want.text) : w.lower === want.text);
		}
		if (ok) out.set(words[i].doc_id, (out.get(words[i].doc_id) ?? 0) + 1);
	}
	return out;
}

describe('on the default corpus', () => {
	beforeAll(async () => {
		words = await db.run<Tok>({
			sql: 'SELECT doc_id, sentence_id, word_index, lower, lemma FROM tokens WHERE is_word ORDER BY doc_id, word_index',
			params: []
		});
	});

	it('documents.n_words is the number of word tokens', async () => {
		const rows = await db.run<{ doc_id: string; n_words: number; counted: number }>({
			sql: `SELECT d.doc_id, d.n_words, count(t.token_id)::INTEGER AS counted FROM documents d LEFT JOIN tokens t ON t.doc_id = d.doc_id AND t.is_word GROUP BY ALL`,
			params: []
		});
		for (const r of rows) expect(r.counted, r.doc_id).toBe(r.n_words);
	});

	it('"uprising" occurs in Lenin 1906, and every count equals the brute-force count', async () => {
		const t = parseTerms('uprising, soviet, discipline, armed uprising, revolution*, the working class').terms;
		const rows = await db.run<TermDocRow>(termDocRatesQuery(t, WORDS));
		const lenin = rows.find((r) => r.label === 'uprising' && r.doc_id === 'lenin-1906-moscow-uprising')!;
		expect(lenin.count).toBeGreaterThan(0);
		for (const [i, term] of t.entries()) {
			const brute = bruteCount(term);
			for (const r of rows.filter((x) => x.term === i)) expect(r.count, `${term.label} in ${r.doc_id}`).toBe(brute.get(r.doc_id) ?? 0);
		}
		expect(rows).toHaveLength(t.length * 5);
	});

	it('lemma mode finds at least what word-form mode finds, and its forms add up', async () => {
		const t = parseTerms('soviet, uprising, discipline').terms;
		const w = await db.run<TermDocRow>(termDocRatesQuery(t, WORDS));
		const l = await db.run<TermDocRow>(termDocRatesQuery(t, LEMMAS));
		w.forEach((r, i) => expect(l[i].count).toBeGreaterThanOrEqual(r.count));
		const forms = await db.run<TermFormRow>(termFormsQuery(t, LEMMAS));
		for (let k = 0; k < t.length; k++) {
			const total = l.filter((r) => r.term === k).reduce((s, r) => s + r.count, 0);
			expect(forms.filter((f) => f.term === k).reduce((s, f) => s + f.count, 0)).toBe(total);
		}
		expect(forms.filter((f) => f.term === 0).map((f) => f.form)).toContain('soviets');
	});

	it('bins add up to the document count, and the document’s DP is the DP of its bins', async () => {
		const t = parseTerms('uprising, the').terms;
		const doc = 'lenin-1906-moscow-uprising';
		const rates = await db.run<TermDocRow>(termDocRatesQuery(t, LEMMAS));
		const dp = await db.run<TermDispersionRow>(termDispersionQuery(t, LEMMAS, 10));
		const bins = await db.run<TermBinRow>(termBinsQuery(t, LEMMAS, doc, 10));
		for (let k = 0; k < t.length; k++) {
			const mine = bins.filter((b) => b.term === k);
			expect(mine).toHaveLength(10);
			expect(mine.reduce((s, b) => s + b.count, 0)).toBe(rates.find((r) => r.term === k && r.doc_id === doc)!.count);
			expect(mine.reduce((s, b) => s + b.words, 0)).toBe(rates.find((r) => r.doc_id === doc)!.n_words);
			const parts = (await dpOverParts(db, mine.map((b) => b.count), mine.map((b) => b.words)))!;
			const row = dp.find((r) => r.term === k && r.doc_id === doc)!;
			expect(row.dp).toBeCloseTo(parts.dp, 12);
			expect(row.dp_norm).toBeCloseTo(parts.dpNorm, 12);
		}
	});

	it('every KWIC line behind a point contains the term, and there are as many as the count', async () => {
		const t = parseTerms('uprising, armed uprising').terms;
		const rates = await db.run<TermDocRow>(termDocRatesQuery(t, LEMMAS));
		for (const r of rates.filter((x) => x.count > 0)) {
			const lines = await db.run<KwicRow>(kwicQuery(t, LEMMAS, { term: r.term, docId: r.doc_id }, { limit: 1000 }));
			expect(lines).toHaveLength(r.count);
			for (const l of lines) {
				expect(l.total).toBe(r.count);
				expect(l.match.toLowerCase()).toMatch(r.term === 0 ? /^uprisings?$/ : /^armed\W+uprisings?$/);
				expect(`${l.left} ${l.match} ${l.right}`.split(/\s+/).length).toBeGreaterThan(3);
			}
		}
	});

	it('the Reader rebuilds each matched sentence exactly and highlights the matches', async () => {
		const t = parseTerms('uprising, soviet').terms;
		for (const doc of ['lenin-1906-moscow-uprising', 'trotsky-1918-soviet-power']) {
			const sentences = await db.run<ReaderSentenceRow>(readerSentencesQuery(doc));
			const tokens = await db.run<ReaderTokenRow>(readerMatchTokensQuery(t, LEMMAS, doc));
			const bySentence = new Map<number, ReaderTokenRow[]>();
			for (const x of tokens) bySentence.set(x.sentence_id, [...(bySentence.get(x.sentence_id) ?? []), x]);
			expect(bySentence.size).toBeGreaterThan(0);
			for (const [sid, toks] of bySentence) {
				const segs = sentenceSegments(toks);
				const text = sentences.find((s) => s.sentence_id === sid)!.text;
				expect(segs.map((s) => s.text).join(''), `${doc} #${sid}`).toBe(text);
				for (const s of segs.filter((x) => x.hit !== null)) expect(s.text.toLowerCase()).toMatch(/^(uprising|soviet)/);
			}
		}
	});

	it('one-word terms give the same hits by their own join as beside a phrase (the general path)', async () => {
		// hitsCtes joins one-word terms to their matches directly; with a phrase among the terms every term goes through
		// the materialised matches. Each option, a prefix, a compound's parts and a left-out form: the same rows.
		const words = 'soviet, uprising, revolution*, party, the';
		const optsList = [WORDS, LEMMAS, { ...LEMMAS, parts: true }, { ...WORDS, exclude: { 'revolution*': ['revolutionary'] } }];
		for (const opts of optsList) {
			for (const docId of [undefined, 'lenin-1906-moscow-uprising']) {
				const alone = await db.run<HitRow>(termHitsQuery(parseTerms(words).terms, opts, docId));
				const beside = await db.run<HitRow>(termHitsQuery(parseTerms(`${words}, armed uprising`).terms, opts, docId));
				expect(alone.length, JSON.stringify(opts)).toBeGreaterThan(0);
				expect(alone, `${JSON.stringify(opts)} ${docId}`).toEqual(beside.filter((h) => h.term < 5));
			}
		}
	});
});
