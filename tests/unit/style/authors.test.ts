// The shared colours: by author (as before: callable, with a domain), by a facet (an author takes his majority value's
// colour, a document its own), or by nothing; the default for the corpus; "Colour by" followed as it changes.
import { describe, expect, it } from 'vitest';
import { AUTHOR_PALETTE, NEUTRAL, authorColors, defaultColourBy, type ColourBy } from '../../../src/lib/style/authors';

// Andrew Johnson: elected with Lincoln on the National Union ticket; here two of his three documents say so.
const docs = [
	{ doc_id: 'j1', author: 'Andrew Jackson' },
	{ doc_id: 'j2', author: 'Andrew Jackson' },
	{ doc_id: 'l1', author: 'Abraham Lincoln' },
	{ doc_id: 'n1', author: 'Andrew Johnson' },
	{ doc_id: 'n2', author: 'Andrew Johnson' },
	{ doc_id: 'n3', author: 'Andrew Johnson' },
	{ doc_id: 'x', author: 'Nobody Known' }
];
const party: Record<string, string> = { j1: 'Democratic', j2: 'Democratic', l1: 'Republican', n1: 'National Union', n2: 'Republican', n3: 'National Union' };
const src = {
	docs,
	facets: [{ name: 'party', values: ['Democratic', 'Republican', 'National Union'].map((value) => ({ value })) }],
	docFacets: new Map(Object.entries(party).map(([id, p]) => [id, { party: p }]))
};
const authors = ['Andrew Jackson', 'Abraham Lincoln', 'Andrew Johnson', 'Nobody Known'];

describe('author colours', () => {
	it('by author: as before, a colour per author in order, with the domain and a legend', () => {
		const c = authorColors(authors, src);
		expect(authors.map((a) => c(a))).toEqual(AUTHOR_PALETTE.slice(0, 4));
		expect(c.domain).toEqual(authors);
		expect(c.by).toBe('author');
		expect(c.ofDoc('l1')).toBe(AUTHOR_PALETTE[1]);
		expect(c.legend.map((l) => l.label)).toEqual(authors);
		expect(c('someone else')).toBe(NEUTRAL);
	});

	it('by a facet: an author takes the colour of most of his documents, a document its own value', () => {
		const c = authorColors(authors, src, () => 'party');
		const [dem, rep, nu] = AUTHOR_PALETTE;
		expect([c('Andrew Jackson'), c('Abraham Lincoln'), c('Andrew Johnson'), c('Nobody Known')]).toEqual([dem, rep, nu, NEUTRAL]);
		expect([c.ofDoc('n2'), c.ofDoc('n1'), c.ofDoc('x')]).toEqual([rep, nu, NEUTRAL]);
		expect(c.title).toBe('party');
		expect(c.legend).toEqual([
			{ label: 'Democratic', color: dem },
			{ label: 'Republican', color: rep },
			{ label: 'National Union', color: nu },
			{ label: 'no party', color: NEUTRAL }
		]);
	});

	it('follows "Colour by" as it changes; nothing: every author neutral, no legend', () => {
		let by: ColourBy = 'author';
		const c = authorColors(authors, src, () => by);
		expect(c('Andrew Johnson')).toBe(AUTHOR_PALETTE[2]);
		by = 'none';
		expect([c('Andrew Johnson'), c.ofDoc('j1'), c.legend.length, c.by]).toEqual([NEUTRAL, NEUTRAL, 0, 'none']);
		by = 'party';
		expect(c('Abraham Lincoln')).toBe(AUTHOR_PALETTE[1]);
		by = 'genre';
		expect(c.by).toBe('author');
	});

	it('never gives two authors one colour: past the tenth, neutral and counted in the legend', () => {
		const many = Array.from({ length: 42 }, (_, i) => `President ${i}`);
		const c = authorColors(many);
		expect(new Set(many.slice(0, 10).map((a) => c(a))).size).toBe(10);
		expect(c(many[10])).toBe(NEUTRAL);
		expect(c.legend.at(-1)).toEqual({ label: '32 other authors', color: NEUTRAL });
	});

	it('defaults to the author up to ten authors, else a facet of at most ten values, else nothing', () => {
		const many = Array.from({ length: 42 }, (_, i) => `P${i}`);
		expect(defaultColourBy(authors, src.facets)).toBe('author');
		expect(defaultColourBy(many, src.facets)).toBe('party');
		const wide = { name: 'state', values: Array.from({ length: 30 }, (_, i) => ({ value: `S${i}` })) };
		expect(defaultColourBy(many, [wide, ...src.facets])).toBe('party');
		expect(defaultColourBy(many, [wide])).toBe('none');
	});
});
