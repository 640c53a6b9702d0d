// Text that cannot be searched for is refused where it enters — the term box and the address's terms= — with a
// message that names the value (shortened: a pasted page is never echoed whole) and the reason.
import { describe, expect, it } from 'vitest';
import { controlProblem, parseTerms, quoteValue, QUOTE_CHARS } from '../../../src/lib/terms/parse';
import { termsSlice } from '../../../src/lib/terms/state';

const read = (search: string) => {
	const problems: string[] = [];
	return { s: termsSlice.read(new URLSearchParams(search), problems), problems };
};

describe('terms with control characters', () => {
	it('refuses a pasted NUL in the term box, naming the term and the character, and keeps the other terms', () => {
		const { terms, errors } = parseTerms('so\u0000viet, uprising');
		expect(terms.map((t) => t.label)).toEqual(['uprising']);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain('“soU+0000viet”');
		expect(errors[0]).toContain('U+0000 (NUL)');
		expect(errors[0]).not.toContain('\u0000');
	});
	it('refuses other control characters but keeps tabs and line ends as separators', () => {
		expect(parseTerms('a\u001bb').errors[0]).toMatch(/U\+001B/);
		expect(parseTerms('armed\tuprising\nsoviet').terms.map((t) => t.label)).toEqual(['armed uprising', 'soviet']);
		expect(controlProblem('soviet')).toBeNull();
	});
	it('refuses terms=so%00viet in the address with a notice, keeping the other terms', () => {
		const { s, problems } = read('terms=so%00viet,discipline');
		expect(s.terms).toEqual(['discipline']);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/soU\+0000viet.*NUL.*left out/);
	});
	it('drops a left-out form with a NUL from the address', () => {
		const { s, problems } = read('terms=left&not=left:le%00ave');
		expect(s.exclude).toEqual([]);
		expect(problems).toHaveLength(1);
	});
});

describe('long values in messages', () => {
	const page = 'word '.repeat(2000).trim();
	it('quotes a 10,000-character phrase by its start only', () => {
		const { errors } = parseTerms(page);
		expect(errors).toHaveLength(1);
		expect(errors[0].length).toBeLessThan(200);
		expect(errors[0]).toContain('(this one has 2000)');
		expect(quoteValue(page)).toHaveLength(QUOTE_CHARS);
	});
	it('quotes a long word without a letter by its start only', () => {
		expect(parseTerms('1'.repeat(10_000)).errors[0].length).toBeLessThan(200);
	});
	it('names a too-long term of the address and keeps the others', () => {
		const { s, problems } = read(`terms=${'x'.repeat(10_000)},soviet`);
		expect(s.terms).toEqual(['soviet']);
		expect(problems[0].length).toBeLessThan(200);
		expect(problems[0]).toContain('10000 characters');
	});
});
