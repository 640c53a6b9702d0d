// The address that reopens a view exactly: the app's URL form with the shared settings written out even when they hold
// their defaults, so that the link means the same thing if a later version changes a default.
import { serializeUrl, type UrlState } from '$lib/state/url';

/** The full link for a state, from the page's origin and path (`base`: e.g. `https://host/tribune/`). */
export function viewLink(state: UrlState, base: string): string {
	const params = new URLSearchParams(serializeUrl(state));
	const explicit: [string, string][] = [
		['corpus', state.corpus],
		['terms', state.terms.terms.join(',')],
		['lemma', state.terms.lemma ? '1' : '0'],
		['parts', state.terms.parts ? '1' : '0']
	];
	const out = new URLSearchParams();
	for (const [k, v] of explicit) out.set(k, params.get(k) ?? v);
	for (const [k, v] of params) if (!out.has(k)) out.append(k, v);
	return `${base}?${out.toString().replaceAll('%2C', ',')}`;
}
