// The URL form of the app state, read and written only here: pure parse/serialize plus a check against the corpus.
//
// Query parameters (each omitted when it holds its default):
//   corpus=NAME          corpus under static/data/NAME/ (default "default")
//   a=ID,ID              group A: document ids
//   b=rest|author|docs   group B mode (default rest = the rest of the corpus)
//   bv=VALUE             group B value: an author name (b=author) or document ids ID,ID (b=docs; may be empty)
//   terms=T,T            terms of the trajectory view (default uprising,soviet,discipline)
//   lemma=1|0            match lemmas (default 1)
//   parts, level, x, color, doc, bins, pt…pk, sort, desc, read, rs: the trajectory and passages views
//                        (src/lib/terms/view-state.ts reads and writes them)
//   rk=N                 the occurrence (its first token id) the Reader (read=, rs=) is at
// To add a field: add it to UrlState and DEFAULTS, read it in parseUrl, write it in serializeUrl,
// and (if it names corpus things) check it in reconcile.

import { defaultTermView, parseTermView, reconcileTermView, writeTermView, type TermView } from '$lib/terms/view-state';
import { MAX_TERM_CHARS } from '$lib/terms/parse';

export type GroupBMode = 'rest' | 'author' | 'docs';

export type GroupB = { mode: 'rest' } | { mode: 'author'; author: string } | { mode: 'docs'; docs: string[] };

/** Everything the URL holds, as plain data. */
export interface UrlState {
	corpus: string;
	groupA: string[];
	groupB: GroupB;
	terms: string[];
	lemma: boolean;
	termView: TermView;
	/** The occurrence the Reader is at (first token id); only with a Reader open. */
	readerHit: number | null;
}

export const DEFAULT_TERMS = ['uprising', 'soviet', 'discipline'];

export const DEFAULTS: UrlState = {
	corpus: 'default',
	groupA: [],
	groupB: { mode: 'rest' },
	terms: DEFAULT_TERMS,
	lemma: true,
	termView: defaultTermView(),
	readerHit: null
};

/** A fresh copy of the defaults (arrays are not shared). */
export function defaults(): UrlState {
	return { ...DEFAULTS, groupA: [], groupB: { mode: 'rest' }, terms: [...DEFAULT_TERMS], termView: defaultTermView(), readerHit: null };
}

export interface Parsed {
	state: UrlState;
	/** Short, human-readable notes about values that were ignored (shown to the user). */
	problems: string[];
}

const CORPUS_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const MAX_LIST = 500;
const MAX_TERMS = 20;
const MAX_TEXT = 200;

function list(value: string | null): string[] {
	if (value === null) return [];
	const seen = new Set<string>();
	for (const part of value.split(',')) {
		const s = part.trim();
		if (s) seen.add(s);
	}
	return [...seen];
}

const short = (s: string) => (s.length > 40 ? s.slice(0, 37) + '…' : s);

/** Reads a query string (with or without "?") into a UrlState; anything malformed falls back to its default. */
export function parseUrl(search: string | URLSearchParams): Parsed {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const state = defaults();
	const problems: string[] = [];

	const corpus = params.get('corpus');
	if (corpus !== null) {
		if (CORPUS_NAME.test(corpus)) state.corpus = corpus;
		else problems.push(`"${short(corpus)}" is not a corpus name; showing the default corpus`);
	}

	const a = list(params.get('a'));
	if (a.length > MAX_LIST || a.some((id) => id.length > MAX_TEXT)) problems.push('The group A list in the address is malformed and was ignored');
	else state.groupA = a;

	const b = params.get('b');
	const bv = params.get('bv');
	if (b === 'author') {
		if (bv && bv.trim() && bv.length <= MAX_TEXT) state.groupB = { mode: 'author', author: bv.trim() };
		else problems.push('Group B names no author; using the rest of the corpus');
	} else if (b === 'docs') {
		const docs = list(bv);
		if (docs.length <= MAX_LIST && docs.every((id) => id.length <= MAX_TEXT)) state.groupB = { mode: 'docs', docs };
		else problems.push('The group B list in the address is malformed; using the rest of the corpus');
	} else if (b !== null && b !== 'rest') {
		problems.push(`Unknown group B "${short(b)}"; using the rest of the corpus`);
	}
	// A document is in one group at most: one named in both stays in A.
	if (state.groupB.mode === 'docs') {
		const inA = new Set(state.groupA);
		const both = state.groupB.docs.filter((id) => inA.has(id));
		if (both.length) {
			problems.push(`In group A, so removed from group B: ${both.map(short).join(', ')}`);
			state.groupB = { mode: 'docs', docs: state.groupB.docs.filter((id) => !inA.has(id)) };
		}
	}

	const terms = params.get('terms');
	if (terms !== null) {
		const t = list(terms);
		if (t.length <= MAX_TERMS && t.every((x) => x.length <= MAX_TERM_CHARS)) state.terms = t;
		else problems.push('The term list in the address is malformed; using the default terms');
	}

	const lemma = params.get('lemma');
	if (lemma === '0' || lemma === 'false') state.lemma = false;
	else if (lemma !== null && lemma !== '1' && lemma !== 'true') problems.push(`"lemma=${short(lemma)}" is not 0 or 1; matching lemmas`);

	state.termView = parseTermView(params, problems);
	const rk = params.get('rk');
	if (rk !== null && state.termView.reader) {
		if (/^\d{1,8}$/.test(rk)) state.readerHit = Number(rk);
		else problems.push('The occurrence to read in the address is malformed; opening at its sentence');
	}

	return { state, problems };
}

const sameList = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);

/** The query string for a state, "" when everything is default; parameters always in the same order. */
export function serializeUrl(state: UrlState): string {
	const p = new URLSearchParams();
	if (state.corpus !== DEFAULTS.corpus) p.set('corpus', state.corpus);
	if (state.groupA.length) p.set('a', state.groupA.join(','));
	if (state.groupB.mode === 'author') {
		p.set('b', 'author');
		p.set('bv', state.groupB.author);
	} else if (state.groupB.mode === 'docs') {
		p.set('b', 'docs');
		p.set('bv', state.groupB.docs.join(','));
	}
	if (!sameList(state.terms, DEFAULTS.terms)) p.set('terms', state.terms.join(','));
	if (state.lemma !== DEFAULTS.lemma) p.set('lemma', state.lemma ? '1' : '0');
	writeTermView(state.termView, p);
	if (state.termView.reader && state.readerHit !== null) p.set('rk', String(state.readerHit));
	const s = p.toString().replaceAll('%2C', ',');
	return s ? `?${s}` : '';
}

/** The part of the state whose change is a new step in the browser history (selections); the rest replaces. */
export function selectionKey(state: UrlState): string {
	return JSON.stringify([state.corpus, state.groupA, state.groupB, state.termView.focusDoc, state.termView.passage, state.termView.reader]);
}

/** What the loaded corpus contains, to check a URL against. */
export interface CorpusFacts {
	docIds: readonly string[];
	authors: readonly string[];
}

/** Drops what the corpus does not contain (unknown ids, unknown author): a stale URL becomes valid. */
export function reconcile(state: UrlState, facts: CorpusFacts): Parsed {
	const problems: string[] = [];
	const ids = new Set(facts.docIds);
	const out: UrlState = { ...state, groupA: state.groupA.filter((id) => ids.has(id)) };
	const unknownA = state.groupA.filter((id) => !ids.has(id));
	if (unknownA.length) problems.push(`Not in this corpus, removed from group A: ${unknownA.map(short).join(', ')}`);
	if (state.groupB.mode === 'author' && !facts.authors.includes(state.groupB.author)) {
		problems.push(`No author "${short(state.groupB.author)}" in this corpus; group B is the rest of the corpus`);
		out.groupB = { mode: 'rest' };
	} else if (state.groupB.mode === 'docs') {
		const known = state.groupB.docs.filter((id) => ids.has(id));
		const unknown = state.groupB.docs.filter((id) => !ids.has(id));
		if (unknown.length) problems.push(`Not in this corpus, removed from group B: ${unknown.map(short).join(', ')}`);
		out.groupB = { mode: 'docs', docs: known };
	}
	out.termView = reconcileTermView(state.termView, ids, new Set(facts.authors), problems);
	if (!out.termView.reader) out.readerHit = null;
	return { state: out, problems };
}
