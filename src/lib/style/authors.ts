// The one colour scale of the app for documents and authors: every view colours an author the same way (set once per
// corpus by DbProvider). Colour follows the author, or a facet (party, country …: an author then takes the colour of
// the value most of his documents have), or nothing (neutral, authors named in labels); "Colour by" chooses
// (src/lib/state/colour.ts), by default the author when there are at most ten, else a facet of at most ten values.
import { getContext, setContext } from 'svelte';
import { scaleOrdinal } from 'd3';

/** Okabe–Ito based, distinguishable with common colour-vision deficiencies, all readable on white. */
export const AUTHOR_PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#B8860B', '#56B4E9', '#882255', '#6B6B00', '#332288', '#44AA99'];

/** Colour for anything without a colour of its own (an author past the tenth, a document without the facet's value). */
export const NEUTRAL = '#8a8a8a';

/** What colour follows: the author, a facet by name, or nothing. */
export type ColourBy = 'author' | 'none' | (string & {});

export interface LegendItem {
	label: string;
	color: string;
}

export interface AuthorColors {
	(author: string): string;
	/** Authors in legend order (first appearance in time). */
	domain: readonly string[];
	/** What the colours follow now: 'author', a facet's name, or 'none'. */
	readonly by: ColourBy;
	/** A document's colour: its author's, or its own value of the facet (not its author's majority). */
	ofDoc(docId: string): string;
	/** The mapping shown in a legend (empty when colour follows nothing). */
	readonly legend: readonly LegendItem[];
	/** The legend's title: "Author", the facet's name, or "". */
	readonly title: string;
}

/** What the colours are made from: the corpus's documents and facets (CorpusInfo's fields). */
export interface ColourSource {
	docs: readonly { doc_id: string; author: string }[];
	facets: readonly { name: string; values: readonly { value: string }[] }[];
	docFacets: ReadonlyMap<string, Readonly<Record<string, string>>>;
}

/** The default: the author when there are at most ten, else the first facet of at most ten values, else nothing. */
export function defaultColourBy(authors: readonly string[], facets: ColourSource['facets']): ColourBy {
	if (authors.length <= AUTHOR_PALETTE.length) return 'author';
	return facets.find((f) => f.values.length <= AUTHOR_PALETTE.length)?.name ?? 'none';
}

/** One mode's colours: by author, by document, and the legend. */
interface Mode {
	author(a: string): string;
	doc(id: string): string;
	legend: LegendItem[];
	title: string;
}

/** The first `AUTHOR_PALETTE.length` of `domain` coloured in order, the rest neutral (never a colour used twice). */
const palette = (domain: readonly string[]) =>
	scaleOrdinal<string, string>().domain(domain.slice(0, AUTHOR_PALETTE.length)).range(AUTHOR_PALETTE).unknown(NEUTRAL);

function modeOf(by: ColourBy, authors: readonly string[], src: ColourSource): Mode {
	const authorOf = new Map(src.docs.map((d) => [d.doc_id, d.author]));
	const facet = src.facets.find((f) => f.name === by);
	if (by === 'author' || (!facet && by !== 'none')) {
		const scale = palette(authors);
		const more = authors.length - AUTHOR_PALETTE.length;
		const legend = authors.slice(0, AUTHOR_PALETTE.length).map((a) => ({ label: a, color: scale(a) }));
		return {
			author: (a) => scale(a),
			doc: (id) => scale(authorOf.get(id) ?? ''),
			legend: more > 0 ? [...legend, { label: `${more} other author${more === 1 ? '' : 's'}`, color: NEUTRAL }] : legend,
			title: 'Author'
		};
	}
	if (!facet) return { author: () => NEUTRAL, doc: () => NEUTRAL, legend: [], title: '' };
	const values = facet.values.map((v) => v.value);
	const scale = palette(values);
	const valueOf = (id: string) => src.docFacets.get(id)?.[facet.name];
	// An author's colour: the value most of his documents have (a tie goes to the value met first in time).
	const counts = new Map<string, Map<string, number>>();
	for (const d of src.docs) {
		const v = valueOf(d.doc_id);
		if (v === undefined) continue;
		const c = counts.get(d.author) ?? new Map<string, number>();
		c.set(v, (c.get(v) ?? 0) + 1);
		counts.set(d.author, c);
	}
	const majority = new Map<string, string>();
	for (const [a, c] of counts) {
		let best = '';
		let n = 0;
		for (const [v, k] of c) if (k > n) [best, n] = [v, k];
		majority.set(a, best);
	}
	const more = values.length - AUTHOR_PALETTE.length;
	const legend = values.slice(0, AUTHOR_PALETTE.length).map((v) => ({ label: v, color: scale(v) }));
	const missing = src.docs.some((d) => valueOf(d.doc_id) === undefined);
	return {
		author: (a) => (majority.has(a) ? scale(majority.get(a)!) : NEUTRAL),
		doc: (id) => {
			const v = valueOf(id);
			return v === undefined ? NEUTRAL : scale(v);
		},
		legend: [...legend, ...(more > 0 ? [{ label: `${more} other value${more === 1 ? '' : 's'}`, color: NEUTRAL }] : []), ...(missing ? [{ label: `no ${facet.name}`, color: NEUTRAL }] : [])],
		title: facet.name
	};
}

/**
 * Builds the colours from the authors in order of first appearance: stable for a given corpus. `by` is read on every
 * call (a getter over the app state), so a view that colours through it follows "Colour by" without knowing of it.
 */
export function authorColors(authors: readonly string[], src: ColourSource = { docs: [], facets: [], docFacets: new Map() }, by: () => ColourBy = () => 'author'): AuthorColors {
	const modes = new Map<ColourBy, Mode>();
	const mode = () => {
		const b = by();
		let m = modes.get(b);
		if (!m) modes.set(b, (m = modeOf(b, authors, src)));
		return m;
	};
	const fn = ((a: string) => mode().author(a)) as AuthorColors;
	Object.defineProperties(fn, {
		domain: { value: [...authors] },
		by: { get: () => (src.facets.some((f) => f.name === by()) || by() === 'none' ? by() : 'author') },
		ofDoc: { value: (id: string) => mode().doc(id) },
		legend: { get: () => mode().legend },
		title: { get: () => mode().title }
	});
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
