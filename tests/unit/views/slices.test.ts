// The view slices' URL parameters (trajectory, inside one document, passages, Reader; they were one "term view"):
// round trips, defaults left out, malformed values ignored, reconciled with the corpus.
import { describe, expect, it } from 'vitest';
import { defaults, historyKey, parseUrl, reconcile, serializeUrl, type UrlState } from '../../../src/lib/state/url';
import { profileDoc } from '../../../src/lib/views/inside/state';
import { shortAuthor } from '../../../src/lib/terms/current';

const parse = (s: string) => parseUrl(s);
/** The view slices of a parsed address (what the old term view held). */
const views = (s: UrlState) => ({ parts: s.terms.parts, trajectory: s.trajectory, inside: s.inside, passages: s.passages, reader: s.reader });

describe('view parameters in the URL', () => {
	it('writes nothing for the defaults', () => {
		expect(serializeUrl(defaults())).toBe('');
		expect(parse('')).toEqual({ state: defaults(), problems: [] });
	});
	it('round-trips every field, in the same order as before', () => {
		const v = defaults();
		v.terms.parts = true;
		v.trajectory = { datedParts: false, level: 'authors', x: 'order', colorBy: 'author' };
		v.inside = { doc: 'lenin-1906', bins: 25 };
		v.passages = { focus: { term: 'armed uprising', docId: 'lenin-1906', bin: { index: 3, count: 25 }, token: 120, section: 'Postface' }, sort: 'left', desc: true };
		v.reader = { at: { docId: 'lenin-1906', sentence: 14 }, hit: null };
		const s = serializeUrl(v);
		expect(s).toBe(
			'?parts=1&dated=0&level=authors&x=order&color=author&doc=lenin-1906&bins=25&pt=armed+uprising&pd=lenin-1906&pb=3&pn=25&pk=120&ps=Postface&sort=left&desc=1&read=lenin-1906&rs=14'
		);
		expect(parse(s)).toEqual({ state: v, problems: [] });
	});
	it('an author passage', () => {
		expect(parse('pt=soviet&pa=V.+I.+Lenin').state.passages.focus).toEqual({ term: 'soviet', author: 'V. I. Lenin' });
	});
	it('ignores malformed values with a note', () => {
		const { state, problems } = parse('level=cosmic&bins=0&x=1&parts=maybe&pb=3&pk=x&pd=d1');
		expect(state.trajectory.level).toBe('documents');
		expect(state.inside.bins).toBe(10);
		expect(state.trajectory.x).toBe('year');
		expect(state.terms.parts).toBe(false);
		expect(state.passages.focus).toEqual({ docId: 'd1' });
		expect(problems.length).toBeGreaterThanOrEqual(4);
	});
	it('a bin or an occurrence needs its document', () => {
		const { state, problems } = parse('pb=1&pn=4&pk=7');
		expect(state.passages.focus).toBeNull();
		expect(problems.length).toBeGreaterThan(0);
	});
	it('reconciles with the corpus', () => {
		const v = defaults();
		v.inside.doc = 'gone';
		v.passages.focus = { docId: 'gone' };
		v.reader.at = { docId: 'd1', sentence: 2 };
		const { state, problems } = reconcile(v, { docIds: ['d1'], authors: ['A'] });
		expect(state.inside.doc).toBeNull();
		expect(state.passages.focus).toBeNull();
		expect(state.reader.at).toEqual({ docId: 'd1', sentence: 2 });
		expect(problems).toHaveLength(2);
	});
});

describe('shortAuthor', () => {
	it('drops initials and shortens long names to initials', () => {
		expect(shortAuthor('V. I. Lenin')).toBe('Lenin');
		expect(shortAuthor('J. V. Stalin')).toBe('Stalin');
		expect(shortAuthor('Leon Trotsky')).toBe('Leon Trotsky');
		expect(shortAuthor('Leon Trotsky', 8)).toBe('LT');
		expect(shortAuthor('Lutte Ouvrière', 8)).toBe('LO');
	});
});

describe('in the app URL', () => {
	it('round-trips with the rest of the state and reconciles with the corpus', () => {
		const search = '?a=d1&terms=uprising,armed+uprising&lemma=0&parts=1&doc=d1&bins=20&pt=uprising&pd=d1&pb=2&pn=20&read=d1&rs=4';
		const { state, problems } = parseUrl(search);
		expect(problems).toEqual([]);
		expect(views(state)).toMatchObject({
			parts: true,
			inside: { doc: 'd1', bins: 20 },
			passages: { focus: { term: 'uprising', docId: 'd1', bin: { index: 2, count: 20 } } },
			reader: { at: { docId: 'd1', sentence: 4 } }
		});
		expect(parseUrl(serializeUrl(state)).state).toEqual(state);
		expect(serializeUrl(defaults())).toBe('');
		// Opening passages or the Reader is a step in the history (back closes it).
		expect(historyKey({ ...state, reader: { at: null, hit: null } })).not.toBe(historyKey(state));
		const checked = reconcile(state, { docIds: ['d2'], authors: ['A'] });
		expect(checked.state.inside.doc).toBeNull();
		expect(checked.state.passages.focus).toBeNull();
		expect(checked.state.reader.at).toBeNull();
	});
});

describe('profileDoc (the document inside one document)', () => {
	it('keeps the address, then group A, then the most hits, then the first document', () => {
		expect(profileDoc('x', ['a'], 'top', 'first')).toBe('x');
		expect(profileDoc(null, ['a', 'b'], 'top', 'first')).toBe('a');
		expect(profileDoc(null, [], 'top', 'first')).toBe('top');
		expect(profileDoc(null, [], null, 'first')).toBe('first');
		expect(profileDoc(null, [], undefined, 'first')).toBeNull();
	});
});
