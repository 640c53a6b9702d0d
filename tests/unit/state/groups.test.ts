// A document is in one group at most: choosing it for group B moves it out of A (and the other way round),
// and an address naming it in both keeps it in A with a notice.
import { describe, expect, test } from 'vitest';
import { AppState } from '../../../src/lib/state/app-state.svelte';
import { parseUrl, serializeUrl } from '../../../src/lib/state/url';

function app(a: string[], b: string[]): AppState {
	const s = new AppState();
	s.groupA = a;
	s.groupB = { mode: 'docs', docs: b };
	return s;
}

describe('choosing documents for group B', () => {
	test('shift-clicking a document of A while choosing B moves it to B', () => {
		const s = app(['lenin-1902', 'lenin-1906'], []);
		s.selectTarget = 'B';
		s.toggle('lenin-1902');
		expect(s.groupA).toEqual(['lenin-1906']);
		expect(s.groupB).toEqual({ mode: 'docs', docs: ['lenin-1902'] });
		// Changing A later does not bring it back into both.
		s.selectTarget = 'A';
		s.select(['stalin-1917']);
		expect(s.groupB).toEqual({ mode: 'docs', docs: ['lenin-1902'] });
		expect(serializeUrl(s.snapshot())).toBe('?a=stalin-1917&b=docs&bv=lenin-1902');
	});

	test('a click (not a toggle) or a brush for B takes its documents out of A', () => {
		const s = app(['x', 'y', 'z'], ['w']);
		s.selectTarget = 'B';
		s.select(['y']);
		expect(s.groupA).toEqual(['x', 'z']);
		expect(s.groupB).toEqual({ mode: 'docs', docs: ['y'] });
		s.select(['x', 'q']);
		expect(s.groupA).toEqual(['z']);
		expect(s.groupB).toEqual({ mode: 'docs', docs: ['x', 'q'] });
	});

	test('choosing a document of B for A moves it to A', () => {
		const s = app(['x'], ['y', 'z']);
		s.toggle('y');
		expect(s.groupA).toEqual(['x', 'y']);
		expect(s.groupB).toEqual({ mode: 'docs', docs: ['z'] });
	});

	test('removing a document from B leaves A alone', () => {
		const s = app(['x'], ['y']);
		s.selectTarget = 'B';
		s.toggle('y');
		expect(s.groupA).toEqual(['x']);
		expect(s.groupB).toEqual({ mode: 'docs', docs: [] });
	});
});

test('an address naming a document in both groups keeps it in A, with a notice', () => {
	const { state, problems } = parseUrl('?a=x,y&b=docs&bv=y,z');
	expect(state.groupA).toEqual(['x', 'y']);
	expect(state.groupB).toEqual({ mode: 'docs', docs: ['z'] });
	expect(problems).toEqual(['In group A, so removed from group B: y']);
});
