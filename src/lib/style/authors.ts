// The one author colour scale of the app: every view colours an author the same way (set once per corpus by DbProvider).
import { getContext, setContext } from 'svelte';
import { scaleOrdinal } from 'd3';

/** Okabe–Ito based, distinguishable with common colour-vision deficiencies, all readable on white. */
const AUTHOR_PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#B8860B', '#56B4E9', '#882255', '#6B6B00', '#332288', '#44AA99'];

/** Colour for anything that is not an author (e.g. "other"). */
const NEUTRAL = '#8a8a8a';

export interface AuthorColors {
	(author: string): string;
	/** Authors in legend order (first appearance in time). */
	domain: readonly string[];
}

/** Builds the scale from the authors in order of first appearance: stable for a given corpus. */
export function authorColors(authors: readonly string[]): AuthorColors {
	const scale = scaleOrdinal<string, string>().domain(authors).range(AUTHOR_PALETTE).unknown(NEUTRAL);
	const fn = ((a: string) => scale(a)) as AuthorColors;
	Object.defineProperty(fn, 'domain', { value: [...authors] });
	return fn;
}

const KEY = Symbol('tribune:author-colors');

export function setAuthorColors(colors: AuthorColors): AuthorColors {
	return setContext(KEY, colors);
}

export function getAuthorColors(): AuthorColors {
	const c = getContext<AuthorColors | undefined>(KEY);
	if (!c) throw new Error('getAuthorColors() outside <DbProvider>');
	return c;
}
