// The Reader's and the passages' parameters in the address: an out-of-range or malformed sentence number, and text
// no corpus can hold (a NUL), are refused with a notice naming the value — never corrected in silence.
import { describe, expect, it } from 'vitest';
import { readerSlice } from '../../../../src/lib/views/reader/state';
import { passagesSlice } from '../../../../src/lib/views/passages/state';

function read<T>(slice: { read(p: URLSearchParams, problems: string[]): T }, search: string) {
	const problems: string[] = [];
	return { v: slice.read(new URLSearchParams(search), problems), problems };
}

describe('the Reader in the address', () => {
	it.each(['-1', 'NaN', '1.5', '99999999999'])('says that rs=%s is not a sentence number and opens at the first sentence', (rs) => {
		const { v, problems } = read(readerSlice, `read=doc-1&rs=${rs}`);
		expect(v.at).toEqual({ docId: 'doc-1', sentence: 0 });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(`rs=${rs}`);
	});
	it('reads a good sentence number without a notice', () => {
		expect(read(readerSlice, 'read=doc-1&rs=12')).toEqual({ v: { at: { docId: 'doc-1', sentence: 12 }, hit: null }, problems: [] });
	});
	it('refuses a document id with a NUL, naming it', () => {
		const { v, problems } = read(readerSlice, 'read=do%00c&rs=1');
		expect(v.at).toBeNull();
		expect(problems[0]).toMatch(/doU\+0000c.*NUL/);
	});
	it('names a malformed occurrence, shortened', () => {
		const { problems } = read(readerSlice, `read=d&rk=${'x'.repeat(5000)}`);
		expect(problems[0].length).toBeLessThan(200);
	});
});

describe('the passages in the address', () => {
	it('refuses a term with a NUL, naming it, and keeps the rest of the focus', () => {
		const { v, problems } = read(passagesSlice, 'pt=so%00viet&pd=doc-1');
		expect(v.focus).toEqual({ docId: 'doc-1' });
		expect(problems.join(' ')).toMatch(/pt=.*soU\+0000viet.*NUL/);
	});
});
