// The URL form of the app state: parse ∘ serialize round trips, defaults stay out of the URL, bad or stale
// values fall back with a notice.
import { describe, expect, test } from 'vitest';
import { DEFAULTS, defaults, parseUrl, reconcile, selectionKey, serializeUrl, type UrlState } from '../../../src/lib/state/url';
import { groupBIds } from '../../../src/lib/state/app-state.svelte';

const state = (over: Partial<UrlState>): UrlState => ({ ...defaults(), ...over });

describe('serializeUrl / parseUrl', () => {
	test('the default state is an empty query string, and "" parses to the defaults', () => {
		expect(serializeUrl(defaults())).toBe('');
		const { state: s, problems } = parseUrl('');
		expect(s).toEqual(defaults());
		expect(problems).toEqual([]);
	});

	test('a full state round-trips, commas unescaped and spaces encoded', () => {
		const s = state({
			corpus: 'my-corpus',
			groupA: ['lenin-1902', 'stalin-1917'],
			groupB: { mode: 'author', author: 'Leon Trotsky' },
			terms: ['armed uprising', 'revolution*'],
			lemma: false
		});
		const qs = serializeUrl(s);
		expect(qs).toContain('a=lenin-1902,stalin-1917');
		expect(qs).toContain('b=author&bv=Leon+Trotsky');
		expect(qs).toContain('lemma=0');
		expect(parseUrl(qs)).toEqual({ state: s, problems: [] });
	});

	test('group B as chosen documents, even none yet, round-trips', () => {
		for (const docs of [['x', 'y'], []]) {
			const s = state({ groupB: { mode: 'docs', docs } });
			expect(parseUrl(serializeUrl(s)).state.groupB).toEqual({ mode: 'docs', docs });
		}
	});

	test('lists are trimmed and de-duplicated', () => {
		expect(parseUrl('?a=%20x%20,y,,x').state.groupA).toEqual(['x', 'y']);
	});

	test('default terms and lemma are left out of the URL', () => {
		const qs = serializeUrl(state({ groupA: ['x'] }));
		expect(qs).toBe('?a=x');
		expect(DEFAULTS.terms).toEqual(['uprising', 'soviet', 'discipline']);
	});
});

describe('malformed URLs fall back to defaults with a notice', () => {
	test.each([
		['?b=sideways', 'sideways'],
		['?b=author', 'no author'],
		['?lemma=maybe', 'lemma=maybe'],
		['?corpus=../../etc', 'not a corpus name']
	])('%s', (qs, note) => {
		const { state: s, problems } = parseUrl(qs);
		expect(problems.length).toBe(1);
		expect(problems[0].toLowerCase()).toContain(note.toLowerCase());
		expect(s.groupB).toEqual({ mode: 'rest' });
		expect(s.lemma).toBe(true);
		expect(s.corpus).toBe('default');
	});

	test('an absurdly long list is ignored', () => {
		const ids = Array.from({ length: 600 }, (_, i) => `d${i}`).join(',');
		const { state: s, problems } = parseUrl(`?a=${ids}`);
		expect(s.groupA).toEqual([]);
		expect(problems.length).toBe(1);
	});
});

describe('reconcile with the corpus (stale URLs)', () => {
	const facts = { docIds: ['a', 'b', 'c'], authors: ['Ann', 'Bob'] };

	test('unknown documents are dropped from both groups, with a notice naming them', () => {
		const { state: s, problems } = reconcile(state({ groupA: ['a', 'gone'], groupB: { mode: 'docs', docs: ['old', 'c'] } }), facts);
		expect(s.groupA).toEqual(['a']);
		expect(s.groupB).toEqual({ mode: 'docs', docs: ['c'] });
		expect(problems.join(' ')).toContain('gone');
		expect(problems.join(' ')).toContain('old');
	});

	test('an unknown author for group B falls back to the rest of the corpus', () => {
		const { state: s, problems } = reconcile(state({ groupB: { mode: 'author', author: 'Zed' } }), facts);
		expect(s.groupB).toEqual({ mode: 'rest' });
		expect(problems).toHaveLength(1);
	});

	test('a valid state passes unchanged and silently', () => {
		const s = state({ groupA: ['b'], groupB: { mode: 'author', author: 'Ann' } });
		expect(reconcile(s, facts)).toEqual({ state: s, problems: [] });
	});
});

describe('history steps and group B', () => {
	test('a selection change is a new history step; a term change is not', () => {
		const s = state({});
		expect(selectionKey(state({ groupA: ['x'] }))).not.toBe(selectionKey(s));
		expect(selectionKey(state({ groupB: { mode: 'author', author: 'Ann' } }))).not.toBe(selectionKey(s));
		expect(selectionKey(state({ terms: ['x'], lemma: false }))).toBe(selectionKey(s));
	});

	test('group B never overlaps group A', () => {
		const docs = [
			{ doc_id: 'a1', author: 'Ann' },
			{ doc_id: 'a2', author: 'Ann' },
			{ doc_id: 'b1', author: 'Bob' }
		];
		expect(groupBIds({ groupA: ['a1'], groupB: { mode: 'rest' } }, docs)).toEqual(['a2', 'b1']);
		expect(groupBIds({ groupA: ['a1'], groupB: { mode: 'author', author: 'Ann' } }, docs)).toEqual(['a2']);
		expect(groupBIds({ groupA: ['a1'], groupB: { mode: 'docs', docs: ['a1', 'b1', 'zz'] } }, docs)).toEqual(['b1']);
	});
});

describe('the Reader occurrence (rk)', () => {
	test('round-trips with the Reader, after read and rs', () => {
		const s = state({ termView: { ...defaults().termView, reader: { docId: 'd1', sentence: 7 } }, readerHit: 1234 });
		const qs = serializeUrl(s);
		expect(qs).toBe('?read=d1&rs=7&rk=1234');
		expect(parseUrl(qs)).toEqual({ state: s, problems: [] });
	});

	test('is left out without a Reader, and ignored without one; malformed is a notice', () => {
		expect(serializeUrl(state({ readerHit: 5 }))).toBe('');
		expect(parseUrl('?rk=5').state.readerHit).toBeNull();
		const bad = parseUrl('?read=d1&rs=2&rk=abc');
		expect(bad.state.readerHit).toBeNull();
		expect(bad.state.termView.reader).toEqual({ docId: 'd1', sentence: 2 });
		expect(bad.problems.length).toBe(1);
	});

	test('dropped with a Reader on a document not in the corpus', () => {
		const s = parseUrl('?read=gone&rs=2&rk=9').state;
		const out = reconcile(s, { docIds: ['d1'], authors: [] }).state;
		expect(out.termView.reader).toBeNull();
		expect(out.readerHit).toBeNull();
	});
});
