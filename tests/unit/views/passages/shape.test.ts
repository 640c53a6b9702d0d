// The passages: the state's focus (by term label) to a query target (by index), its title, the panel's state.
import { describe, expect, it } from 'vitest';
import { describeFocus, panelState, toTarget } from '../../../../src/lib/views/passages/shape';
import { passagesSlice } from '../../../../src/lib/views/passages/state';
import { parseTerms } from '../../../../src/lib/terms/parse';

const terms = parseTerms('soviet, armed uprising').terms;

describe('passages shape', () => {
	it('a focus names its term by label; a term no longer asked for has no target', () => {
		expect(toTarget({ term: 'armed uprising', docId: 'd1', bin: { index: 2, count: 10 } }, terms)).toEqual({ term: 1, docId: 'd1', bin: { index: 2, count: 10 } });
		expect(toTarget({ term: 'gone' }, terms)).toBeNull();
		// A bin, an occurrence or a part only with its document.
		expect(toTarget({ term: 'soviet', token: 3, section: 'Preface' }, terms)).toEqual({ term: 0 });
	});
	it('titles the focus', () => {
		const title = (id: string) => `Doc ${id}`;
		expect(describeFocus({ term: 'soviet', docId: 'd1' }, title)).toBe('“soviet” in Doc d1');
		expect(describeFocus({ term: 'soviet', docId: 'd1', bin: { index: 2, count: 10 } }, title)).toBe('“soviet”, in Doc d1, bin 3 of 10');
		expect(describeFocus({ author: 'Ann' }, title)).toBe('All terms in all of Ann');
	});
	it('says what the panel shows', () => {
		const q = (over: object) => ({ error: null, pending: false, rows: [], ...over });
		expect(panelState(null, q({}))).toBe('idle');
		expect(panelState({ term: 'x' }, q({ pending: true }))).toBe('pending');
		expect(panelState({ term: 'x' }, q({ rows: null }))).toBe('pending');
		expect(panelState({ term: 'x' }, q({ error: new Error('x') }))).toBe('error');
		expect(panelState({ term: 'x' }, q({}))).toBe('ready');
	});
});

describe('the page of lines in the address', () => {
	const read = (q: string) => {
		const problems: string[] = [];
		return { v: passagesSlice.read(new URLSearchParams(q), problems), problems };
	};
	it('pp= is the page from 1; the first page is not written; without passages there is no page', () => {
		const v = { focus: { term: 'soviet' }, sort: 'doc' as const, desc: false, page: 2 };
		const p = new URLSearchParams();
		passagesSlice.write(v, p);
		expect(p.toString()).toBe('pt=soviet&pp=3');
		expect(read('pt=soviet&pp=3').v.page).toBe(2);
		expect(read('pt=soviet&pp=1').v.page).toBeUndefined();
		expect(read('pp=3').v.page).toBeUndefined();
	});
	it('a malformed page is noted and the first shown', () => {
		const { v, problems } = read('pt=soviet&pp=0');
		expect(v.page).toBeUndefined();
		expect(problems).toEqual(['The page of passages in the address is malformed; showing the first']);
	});
});
