// "Colour by" in the address: colorby=author|none|FACET, the corpus's default left out, a facet the corpus lacks
// dropped with a notice.
import { describe, expect, it } from 'vitest';
import { parseUrl, reconcile, serializeUrl } from '../../../src/lib/state/url';
import { AppState } from '../../../src/lib/state/app-state.svelte';

describe('colour by', () => {
	it('round-trips; the default writes nothing', () => {
		expect(parseUrl('?colorby=party').state.colour).toEqual({ by: 'party' });
		const s = new AppState();
		expect(serializeUrl(s.snapshot())).toBe('');
		s.setOptions('colour', { by: 'none' });
		expect(serializeUrl(s.snapshot())).toBe('?colorby=none');
	});

	it('refuses a malformed value, and drops a facet the corpus lacks, with a notice', () => {
		expect(parseUrl('?colorby=Party+Line')).toMatchObject({ state: { colour: { by: '' } }, problems: ['Unknown colorby "Party Line"; colours follow the default'] });
		const facts = { docIds: [], authors: [], facets: { party: ['Democratic'] } };
		expect(reconcile(parseUrl('?colorby=genre').state, facts)).toMatchObject({ state: { colour: { by: '' } }, problems: ['No facet "genre" in this corpus to colour by; colours follow the default'] });
		expect(reconcile(parseUrl('?colorby=party').state, facts).problems).toEqual([]);
		expect(reconcile(parseUrl('?colorby=author').state, { ...facts, facets: {} }).problems).toEqual([]);
	});
});
