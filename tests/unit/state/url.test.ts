// The URL form of the app state: parse ∘ serialize round trips, defaults stay out of the URL, bad or stale
// values fall back with a notice, and which changes are steps in the history.
import { describe, expect, test } from 'vitest';
import { defaults, historyKey, parseUrl, reconcile, serializeUrl, type UrlState } from '../../../src/lib/state/url';
import { DEFAULT_TERMS } from '../../../src/lib/terms/state';
import type { GroupB } from '../../../src/lib/state/groups';

interface Over {
	corpus?: string;
	groupA?: string[];
	groupB?: GroupB;
	terms?: string[];
	lemma?: boolean;
}
/** The defaults with some of the shared selection changed. */
const state = (over: Over): UrlState => {
	const s = defaults();
	if (over.corpus !== undefined) s.corpus = over.corpus;
	if (over.groupA) s.groups.a = { mode: 'docs', docs: over.groupA };
	if (over.groupB) s.groups.b = over.groupB;
	if (over.terms) s.terms.terms = over.terms;
	if (over.lemma !== undefined) s.terms.lemma = over.lemma;
	return s;
};

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
			groupB: { mode: 'author', authors: ['Leon Trotsky'] },
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
			expect(parseUrl(serializeUrl(s)).state.groups.b).toEqual({ mode: 'docs', docs });
		}
	});

	test('lists are trimmed and de-duplicated', () => {
		expect(parseUrl('?a=%20x%20,y,,x').state.groups.a).toEqual({ mode: 'docs', docs: ['x', 'y'] });
	});

	test('default terms and lemma are left out of the URL', () => {
		const qs = serializeUrl(state({ groupA: ['x'] }));
		expect(qs).toBe('?a=x');
		expect(DEFAULT_TERMS).toEqual(['uprising', 'soviet', 'discipline']);
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
		expect(s.groups.b).toEqual({ mode: 'rest' });
		expect(s.terms.lemma).toBe(true);
		expect(s.corpus).toBe('default');
	});

	test('an absurdly long list is ignored', () => {
		const ids = Array.from({ length: 600 }, (_, i) => `d${i}`).join(',');
		const { state: s, problems } = parseUrl(`?a=${ids}`);
		expect(s.groups.a).toEqual({ mode: 'docs', docs: [] });
		expect(problems.length).toBe(1);
	});
});

describe('reconcile with the corpus (stale URLs)', () => {
	const facts = { docIds: ['a', 'b', 'c'], authors: ['Ann', 'Bob'] };

	test('unknown documents are dropped from both groups, with a notice naming them', () => {
		const { state: s, problems } = reconcile(state({ groupA: ['a', 'gone'], groupB: { mode: 'docs', docs: ['old', 'c'] } }), facts);
		expect(s.groups.a).toEqual({ mode: 'docs', docs: ['a'] });
		expect(s.groups.b).toEqual({ mode: 'docs', docs: ['c'] });
		expect(problems.join(' ')).toContain('gone');
		expect(problems.join(' ')).toContain('old');
	});

	test('an unknown author for group B falls back to the rest of the corpus', () => {
		const { state: s, problems } = reconcile(state({ groupB: { mode: 'author', authors: ['Zed'] } }), facts);
		expect(s.groups.b).toEqual({ mode: 'rest' });
		expect(problems).toHaveLength(1);
	});

	test('a valid state passes unchanged and silently', () => {
		const s = state({ groupA: ['b'], groupB: { mode: 'author', authors: ['Ann'] } });
		expect(reconcile(s, facts)).toEqual({ state: s, problems: [] });
	});
});

describe('history steps', () => {
	test('a selection change is a new history step; typing terms, bins or the KWIC order is not', () => {
		const s = state({});
		expect(historyKey(state({ groupA: ['x'] }))).not.toBe(historyKey(s));
		expect(historyKey(state({ groupB: { mode: 'author', authors: ['Ann'] } }))).not.toBe(historyKey(s));
		expect(historyKey(state({ terms: ['x'] }))).toBe(historyKey(s));
		const other = defaults();
		other.inside.bins = 30;
		other.passages.sort = 'left';
		other.passages.desc = true;
		other.reader.hit = 12;
		expect(historyKey(other)).toBe(historyKey(s));
	});

	// Back must undo exactly the last choice: a choice that only replaced the entry would be undone together with
	// the step before it (Back after unticking "lemmas" also closed the passages and turned lemmas back on).
	test('each choice of how to count or draw is a step: lemmas, compounds, the trajectory options', () => {
		const s = state({});
		const changed: ((x: UrlState) => void)[] = [
			(x) => (x.terms.lemma = false),
			(x) => (x.terms.parts = true),
			(x) => (x.trajectory.level = 'authors'),
			(x) => (x.trajectory.x = 'order'),
			(x) => (x.trajectory.colorBy = 'author'),
			(x) => (x.trajectory.datedParts = false),
			(x) => (x.inside.doc = 'd1'),
			(x) => (x.passages.focus = { term: 'x' }),
			(x) => (x.reader.at = { docId: 'd1', sentence: 0 })
		];
		for (const change of changed) {
			const next = defaults();
			change(next);
			expect(historyKey(next)).not.toBe(historyKey(s));
		}
	});
});

describe('the Reader occurrence (rk)', () => {
	test('round-trips with the Reader, after read and rs', () => {
		const s = defaults();
		s.reader = { at: { docId: 'd1', sentence: 7 }, hit: 1234 };
		const qs = serializeUrl(s);
		expect(qs).toBe('?read=d1&rs=7&rk=1234');
		expect(parseUrl(qs)).toEqual({ state: s, problems: [] });
	});

	test('is left out without a Reader, and ignored without one; malformed is a notice', () => {
		const s = defaults();
		s.reader.hit = 5;
		expect(serializeUrl(s)).toBe('');
		expect(parseUrl('?rk=5').state.reader.hit).toBeNull();
		const bad = parseUrl('?read=d1&rs=2&rk=abc');
		expect(bad.state.reader.hit).toBeNull();
		expect(bad.state.reader.at).toEqual({ docId: 'd1', sentence: 2 });
		expect(bad.problems.length).toBe(1);
	});

	test('dropped with a Reader on a document not in the corpus', () => {
		const s = parseUrl('?read=gone&rs=2&rk=9').state;
		const out = reconcile(s, { docIds: ['d1'], authors: [] }).state;
		expect(out.reader.at).toBeNull();
		expect(out.reader.hit).toBeNull();
	});
});

describe('groups by authors and years (am/av, b/bv)', () => {
	test('older addresses still read: a= documents, b=author with one name, b=docs', () => {
		const { state: s, problems } = parseUrl('?a=x,y&b=author&bv=Leon+Trotsky');
		expect(problems).toEqual([]);
		expect(s.groups).toEqual({ a: { mode: 'docs', docs: ['x', 'y'] }, b: { mode: 'author', authors: ['Leon Trotsky'] } });
		expect(serializeUrl(s)).toBe('?a=x,y&b=author&bv=Leon+Trotsky');
	});

	test('A as several authors (names may hold commas) and B as a year range round-trip', () => {
		const s = defaults();
		s.groups = { a: { mode: 'author', authors: ['Lenin, V. I.', 'J. V. Stalin'] }, b: { mode: 'years', from: 1917, to: 1918 } };
		const qs = serializeUrl(s);
		expect(qs).toBe('?am=author&av=Lenin,+V.+I.|J.+V.+Stalin&b=years&bv=1917-1918'.replace('|', '%7C'));
		expect(parseUrl(qs)).toEqual({ state: s, problems: [] });
	});

	test('a year range is ordered, one year is a range of one, a malformed one falls back with a note', () => {
		expect(parseUrl('?am=years&av=1930-1910').state.groups.a).toEqual({ mode: 'years', from: 1910, to: 1930 });
		expect(parseUrl('?b=years&bv=1917').state.groups.b).toEqual({ mode: 'years', from: 1917, to: 1917 });
		const bad = parseUrl('?am=years&av=soon&b=years&bv=1900-x');
		expect(bad.state.groups).toEqual(defaults().groups);
		expect(bad.problems).toEqual([
			'Group A\'s year range "soon" is not FROM-TO; group A left empty',
			'Group B\'s year range "1900-x" is not FROM-TO; using the rest of the corpus'
		]);
		expect(parseUrl('?am=party').problems).toEqual(['Unknown group A "party"; group A left empty']);
	});

	test('reconcile drops unknown authors of A and B, naming them', () => {
		const facts = { docIds: ['a'], authors: ['Ann', 'Bob'] };
		const s = defaults();
		s.groups = { a: { mode: 'author', authors: ['Ann', 'Zed'] }, b: { mode: 'author', authors: ['Yan'] } };
		const out = reconcile(s, facts);
		expect(out.state.groups).toEqual({ a: { mode: 'author', authors: ['Ann'] }, b: { mode: 'rest' } });
		expect(out.problems).toEqual(['No author "Zed" in this corpus; removed from group A', 'No author "Yan" in this corpus; group B is the rest of the corpus']);
	});
});
