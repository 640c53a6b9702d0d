// The term box grammar.
import { describe, expect, it } from 'vitest';
import { MAX_TERMS, describeMatching, parseTerms } from '../../../src/lib/terms/parse';
import { DEFAULT_TERMS } from '../../../src/lib/terms/state';

describe('parseTerms', () => {
	it('splits on commas and new lines, lower-cases, collapses spaces', () => {
		const { terms, errors } = parseTerms('Uprising,  Armed   Uprising\nConstituent Assembly ,');
		expect(errors).toEqual([]);
		expect(terms.map((t) => t.label)).toEqual(['uprising', 'armed uprising', 'constituent assembly']);
		expect(terms[1].words).toEqual([
			{ text: 'armed', prefix: false },
			{ text: 'uprising', prefix: false }
		]);
	});
	it('reads the default text', () => {
		expect(parseTerms(DEFAULT_TERMS.join(', ')).terms.map((t) => t.label)).toEqual(['uprising', 'soviet', 'discipline']);
	});
	it('takes a trailing wildcard, rejects any other', () => {
		const ok = parseTerms('revolution*, armed upris*');
		expect(ok.terms[0].words).toEqual([{ text: 'revolution', prefix: true }]);
		expect(ok.terms[1].words[1]).toEqual({ text: 'upris', prefix: true });
		const bad = parseTerms('re*volution, *, soviet');
		expect(bad.terms.map((t) => t.label)).toEqual(['soviet']);
		expect(bad.errors).toHaveLength(2);
	});
	it('reads a curly apostrophe as the straight one the pipeline stores', () => {
		expect(parseTerms('Lenin’s, don\'t').terms.map((t) => t.label)).toEqual(["lenin's", "don't"]);
	});
	it('keeps hyphenated compounds as one word', () => {
		const { terms } = parseTerms('Social-Democratic');
		expect(terms[0].words).toEqual([{ text: 'social-democratic', prefix: false }]);
	});
	it('drops quotes and edge punctuation, skips duplicates and empties', () => {
		const { terms, errors } = parseTerms('"armed uprising", (soviet), soviet., ,,\n\n');
		expect(errors).toEqual([]);
		expect(terms.map((t) => t.label)).toEqual(['armed uprising', 'soviet']);
	});
	it('reports words without letters', () => {
		const { terms, errors } = parseTerms('1917, soviet');
		expect(terms.map((t) => t.label)).toEqual(['soviet']);
		expect(errors[0]).toMatch(/1917/);
	});
	it(`stops at ${MAX_TERMS} terms`, () => {
		const { terms, errors } = parseTerms('a, b, c, d, e, f, g, h, i, j');
		expect(terms).toHaveLength(MAX_TERMS);
		expect(errors[0]).toMatch(/“i”/);
	});
	it('labels join back to the same text (as the box shows the terms again)', () => {
		const text = 'uprising, armed uprising, revolution*';
		expect(parseTerms(text).terms.map((t) => t.label).join(', ')).toBe(text);
	});
	it('describes the matching', () => {
		expect(describeMatching({ lemma: true, parts: true })).toMatch(/lemmas.*inside hyphenated/);
		expect(describeMatching({ lemma: false, parts: false })).toMatch(/word forms.*single words/);
	});
});

describe('term length agrees with the URL', () => {
	it('refuses a term longer than the URL keeps, with a message, and the URL reads back what the box takes', async () => {
		const { MAX_TERM_CHARS } = await import('../../../src/lib/terms/parse');
		const { parseUrl, serializeUrl, defaults } = await import('../../../src/lib/state/url');
		const long = parseTerms(`${'a'.repeat(5000)}, soviet`);
		expect(long.terms.map((t) => t.label)).toEqual(['soviet']);
		expect(long.errors.join(' ')).toMatch(new RegExp(`at most ${MAX_TERM_CHARS} characters`));
		// The longest term the box takes survives a reload.
		const edge = parseTerms('b'.repeat(MAX_TERM_CHARS));
		expect(edge.errors).toEqual([]);
		const state = defaults();
		state.terms.terms = edge.terms.map((t) => t.label);
		const back = parseUrl(serializeUrl(state));
		expect(back.problems).toEqual([]);
		expect(back.state.terms.terms).toEqual(state.terms.terms);
	});
});
