// The terms slice's URL form for left-out forms (not=term:form,…): read, written, dropped with their term; and the
// one naming rule for authors on an axis.
import { describe, expect, it } from 'vitest';
import { keepExcluded, readExcluded, termsSlice } from '../../../src/lib/terms/state';
import { axisAuthorNames } from '../../../src/lib/terms/current';

const read = (search: string) => {
	const problems: string[] = [];
	return { s: termsSlice.read(new URLSearchParams(search), problems), problems };
};

describe('left-out forms in the address', () => {
	it('reads term:form pairs for the terms asked for, and writes them back in the same order', () => {
		const { s, problems } = read('terms=left,masses&not=left:leave,masses:mass,gone:x');
		expect(problems).toEqual([]);
		expect(s.exclude).toEqual([
			{ term: 'left', form: 'leave' },
			{ term: 'masses', form: 'mass' }
		]);
		const p = new URLSearchParams();
		termsSlice.write(s, p);
		expect(p.get('not')).toBe('left:leave,masses:mass');
	});
	it('a phrase term and form keep their spaces; the last colon splits', () => {
		expect(readExcluded('armed uprising:armed uprisings')).toEqual({ term: 'armed uprising', form: 'armed uprisings' });
		expect(readExcluded('nocolon')).toBeNull();
		expect(read('terms=a&not=nocolon').problems).toHaveLength(1);
	});
	it('no exclusions: nothing written; a change of exclusions is a history step', () => {
		const p = new URLSearchParams();
		termsSlice.write(termsSlice.defaults(), p);
		expect(p.has('not')).toBe(false);
		const a = termsSlice.defaults();
		const b = { ...a, exclude: [{ term: 'soviet', form: 'soviets' }] };
		expect(termsSlice.step!(a)).not.toEqual(termsSlice.step!(b));
	});
	it('a term typed away takes its exclusions with it', () => {
		expect(keepExcluded([{ term: 'a', form: 'x' }, { term: 'b', form: 'y' }], ['b'])).toEqual([{ term: 'b', form: 'y' }]);
	});
});

describe('author names on an axis', () => {
	it('one rule for all: full names when they fit, else every surname', () => {
		const authors = ['V. I. Lenin', 'Leon Trotsky', 'Lutte Ouvrière'];
		expect([...axisAuthorNames(authors, 14).values()]).toEqual(authors);
		expect([...axisAuthorNames(authors, 12).values()]).toEqual(['Lenin', 'Trotsky', 'Ouvrière']);
	});
});
