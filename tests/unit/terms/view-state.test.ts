// The trajectory/passages view's URL parameters: round trips, defaults left out, malformed values ignored.
import { describe, expect, it } from 'vitest';
import { defaultTermView, parseTermView, profileDoc, reconcileTermView, writeTermView, type TermView } from '../../../src/lib/terms/view-state';

const write = (v: TermView) => {
	const p = new URLSearchParams();
	writeTermView(v, p);
	return p.toString();
};
const parse = (s: string) => {
	const problems: string[] = [];
	return { view: parseTermView(new URLSearchParams(s), problems), problems };
};

describe('term view URL', () => {
	it('writes nothing for the defaults', () => {
		expect(write(defaultTermView())).toBe('');
		expect(parse('')).toEqual({ view: defaultTermView(), problems: [] });
	});
	it('round-trips every field', () => {
		const v: TermView = {
			parts: true, datedParts: false, level: 'authors', x: 'order', colorBy: 'author', focusDoc: 'lenin-1906', bins: 25,
			passage: { term: 'armed uprising', docId: 'lenin-1906', bin: { index: 3, count: 25 }, token: 120, section: 'Postface' },
			sort: 'left', desc: true, reader: { docId: 'lenin-1906', sentence: 14 }
		};
		const s = write(v);
		expect(s).toBe('parts=1&dated=0&level=authors&x=order&color=author&doc=lenin-1906&bins=25&pt=armed+uprising&pd=lenin-1906&pb=3&pn=25&pk=120&ps=Postface&sort=left&desc=1&read=lenin-1906&rs=14');
		expect(parse(s)).toEqual({ view: v, problems: [] });
	});
	it('an author passage', () => {
		const { view } = parse('pt=soviet&pa=V.+I.+Lenin');
		expect(view.passage).toEqual({ term: 'soviet', author: 'V. I. Lenin' });
	});
	it('ignores malformed values with a note', () => {
		const { view, problems } = parse('level=cosmic&bins=0&x=1&parts=maybe&pb=3&pk=x&pd=d1');
		expect(view.level).toBe('documents');
		expect(view.bins).toBe(10);
		expect(view.x).toBe('year');
		expect(view.parts).toBe(false);
		expect(view.passage).toEqual({ docId: 'd1' });
		expect(problems.length).toBeGreaterThanOrEqual(4);
	});
	it('a bin or an occurrence needs its document', () => {
		const { view, problems } = parse('pb=1&pn=4&pk=7');
		expect(view.passage).toBeNull();
		expect(problems.length).toBeGreaterThan(0);
	});
	it('reconciles with the corpus', () => {
		const v = { ...defaultTermView(), focusDoc: 'gone', passage: { docId: 'gone' }, reader: { docId: 'd1', sentence: 2 } };
		const problems: string[] = [];
		const out = reconcileTermView(v, new Set(['d1']), new Set(['A']), problems);
		expect(out.focusDoc).toBeNull();
		expect(out.passage).toBeNull();
		expect(out.reader).toEqual({ docId: 'd1', sentence: 2 });
		expect(problems).toHaveLength(2);
	});
});

describe('shortAuthor', () => {
	it('drops initials and shortens long names to initials', async () => {
		const { shortAuthor } = await import('../../../src/lib/terms/current');
		expect(shortAuthor('V. I. Lenin')).toBe('Lenin');
		expect(shortAuthor('J. V. Stalin')).toBe('Stalin');
		expect(shortAuthor('Leon Trotsky')).toBe('Leon Trotsky');
		expect(shortAuthor('Leon Trotsky', 8)).toBe('LT');
		expect(shortAuthor('Lutte Ouvrière', 8)).toBe('LO');
	});
});

describe('in the app URL (src/lib/state/url.ts)', () => {
	it('round-trips with the rest of the state and reconciles with the corpus', async () => {
		const { parseUrl, serializeUrl, reconcile, selectionKey, defaults } = await import('../../../src/lib/state/url');
		const search = '?a=d1&terms=uprising,armed+uprising&lemma=0&parts=1&doc=d1&bins=20&pt=uprising&pd=d1&pb=2&pn=20&read=d1&rs=4';
		const { state, problems } = parseUrl(search);
		expect(problems).toEqual([]);
		expect(state.termView).toMatchObject({ parts: true, focusDoc: 'd1', bins: 20, passage: { term: 'uprising', docId: 'd1', bin: { index: 2, count: 20 } }, reader: { docId: 'd1', sentence: 4 } });
		expect(parseUrl(serializeUrl(state)).state).toEqual(state);
		expect(serializeUrl(defaults())).toBe('');
		// Opening passages or the Reader is a step in the history (back closes it).
		expect(selectionKey({ ...state, termView: { ...state.termView, reader: null } })).not.toBe(selectionKey(state));
		const checked = reconcile(state, { docIds: ['d2'], authors: ['A'] });
		expect(checked.state.termView.focusDoc).toBeNull();
		expect(checked.state.termView.passage).toBeNull();
		expect(checked.state.termView.reader).toBeNull();
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
