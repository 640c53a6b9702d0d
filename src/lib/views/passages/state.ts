// The passages view's slice: the passages behind the mark last activated, and their order. Two kinds: the
// occurrences of a term (KWIC lines; by term label, since indexes change when the term list does), or the sentences
// of a length range (from the sentence-length view). Opening passages is a step in the history; the order is not.
//   pt,pd,pa,pb,pn,pk,ps   term label, document, author, bin index, bins, first token of one occurrence, dated
//                          part (section) of the document
//   pl=MIN-MAX             sentences of MIN to MAX words (both inclusive): the sentence list instead of KWIC lines
//   pg=A|B|AB              only group A's or B's documents; AB: A's passages, then B's, each block labelled
//   py=FROM-TO | none      only the documents of those years (both inclusive; a trajectory's decade), or undated ones
//   pw=FROM-TO             only the occurrences whose dated part (else document) is of those years (a smoothing window)
//   pf=NAME&pv=VALUE       only the documents with that value of the facet ("(none)": those without one)
//   sort=year|left|right   KWIC order (default doc); desc=1 reverses it
//   lsort=short|reading    sentence order (default: longest first): shortest first, or in reading order
//   pp=N                   the page of lines shown, from 1 (default 1)
import { choice, defineSlice, flag, text, whole } from '$lib/state/slice';
import { MAX_BINS } from '../inside/state';
import { controlProblem } from '$lib/terms/control';
import type { YearRange } from '$lib/db/queries/passages';

export type KwicSort = 'doc' | 'year' | 'left' | 'right';
/** How the sentence list is ordered: longest first (the default), shortest first, or in reading order. */
export type SentenceOrder = 'long' | 'short' | 'reading';
export type PassageGroup = 'A' | 'B' | 'AB';
/** The longest sentence length an address may name. */
export const MAX_LENGTH = 100_000;

/** The occurrences behind a mark. */
export interface PassageFocus {
	term?: string;
	docId?: string;
	author?: string;
	bin?: { index: number; count: number };
	token?: number;
	/** A dated part of the document (its section name). */
	section?: string;
	/** The sentences of min to max words (both inclusive), not the occurrences of a term. */
	length?: { min: number; max: number };
	/** Only the documents of group A or B; AB: A's, then B's. */
	group?: PassageGroup;
	/** Only the documents of these years (a decade of the trajectories). */
	years?: YearRange;
	/** Only the documents without a year (the trajectories' decade "(none)"). */
	undated?: true;
	/** Only the occurrences whose dated part (else document) is of these years (a smoothed point's window). */
	partYears?: YearRange;
	/** Only the documents with this value of the facet. */
	facet?: { name: string; value: string };
}

export interface PassagesState {
	focus: PassageFocus | null;
	sort: KwicSort;
	desc: boolean;
	/** The sentence list's order; absent: longest first. */
	lsort?: Exclude<SentenceOrder, 'long'>;
	/** The page of lines shown, from 0; absent: the first. */
	page?: number;
}

/** The most pages an address may name (a million lines at 100 a page). */
export const MAX_PAGE = 10_000;

const KEYS = ['pt', 'pd', 'pa', 'pb', 'pn', 'pk', 'ps', 'pl', 'pg', 'py', 'pw', 'pf', 'pv'];

/** The widest year an address may name. */
const MAX_YEAR = 99_999;

/** "FROM-TO" in whole years (either may be negative), FROM ≤ TO; else undefined. */
function readYears(v: string | null): YearRange | undefined {
	const m = v === null ? null : /^(-?\d{1,5})-(-?\d{1,5})$/.exec(v);
	if (!m) return undefined;
	const [from, to] = [Number(m[1]), Number(m[2])];
	return from <= to && Math.abs(from) <= MAX_YEAR && Math.abs(to) <= MAX_YEAR ? { from, to } : undefined;
}

/** "MIN-MAX" in whole words, MIN ≤ MAX; else undefined. */
function readLength(v: string | null): { min: number; max: number } | undefined {
	const m = v === null ? null : /^(\d{1,6})-(\d{1,6})$/.exec(v);
	if (!m) return undefined;
	const [min, max] = [Number(m[1]), Number(m[2])];
	return min <= max && max <= MAX_LENGTH ? { min, max } : undefined;
}

function readFocus(params: URLSearchParams, problems: string[]): PassageFocus | null {
	const p: PassageFocus = {};
	// A text parameter no corpus can hold (a control character such as NUL) is named and refused here, where it enters.
	const clean = (name: string, what: string): string | undefined => {
		const raw = params.get(name);
		const control = raw === null ? null : controlProblem(raw);
		if (!control) return text(raw);
		problems.push(`The ${what} of the passages in the address (${name}=), ${control}; it was ignored`);
		return undefined;
	};
	const term = clean('pt', 'term');
	const docId = clean('pd', 'document');
	const author = clean('pa', 'author');
	const token = whole(params.get('pk'), 0, 1e7);
	const section = clean('ps', 'part of the document');
	const binIndex = whole(params.get('pb'), 0, MAX_BINS - 1);
	const binCount = whole(params.get('pn'), 1, MAX_BINS);
	if (term) p.term = term;
	if (docId) p.docId = docId;
	if (author) p.author = author;
	if (docId && binIndex !== undefined && binCount !== undefined && binIndex < binCount) p.bin = { index: binIndex, count: binCount };
	if (docId && token !== undefined) p.token = token;
	if (docId && section) p.section = section;
	const length = readLength(params.get('pl'));
	if (length) p.length = length;
	const group = params.get('pg');
	if (group === 'A' || group === 'B' || group === 'AB') p.group = group;
	const py = params.get('py');
	if (py === 'none') p.undated = true;
	else {
		const years = readYears(py);
		if (years) p.years = years;
	}
	const partYears = readYears(params.get('pw'));
	if (partYears) p.partYears = partYears;
	const facet = clean('pf', 'facet');
	const value = clean('pv', 'facet value');
	if (facet && value) p.facet = { name: facet, value };
	const any = KEYS.some((k) => params.has(k));
	const found = Object.keys(p).length > 0;
	if (any && !found) problems.push('The passages in the address are malformed and were not opened');
	if (any && ((params.has('pb') && !p.bin) || (params.has('pk') && p.token === undefined) || (params.has('pl') && !p.length) || (params.has('pg') && !p.group) || (params.has('py') && !p.years && !p.undated) || (params.has('pw') && !p.partYears) || ((params.has('pf') || params.has('pv')) && !p.facet))) problems.push('Part of the passages in the address was malformed and ignored');
	return found ? p : null;
}

export const passagesSlice = defineSlice({
	name: 'passages',
	defaults: (): PassagesState => ({ focus: null, sort: 'doc', desc: false }),
	read(params, problems) {
		const v: PassagesState = { focus: readFocus(params, problems), sort: 'doc', desc: false };
		choice(params, 'sort', ['doc', 'year', 'left', 'right'] as const, problems, (x) => (v.sort = x));
		flag(params, 'desc', problems, (b) => (v.desc = b));
		choice(params, 'lsort', ['short', 'reading'] as const, problems, (x) => (v.lsort = x));
		if (params.has('pp')) {
			const page = whole(params.get('pp'), 1, MAX_PAGE);
			if (page === undefined) problems.push('The page of passages in the address is malformed; showing the first');
			else if (page > 1 && v.focus) v.page = page - 1;
		}
		return v;
	},
	write(v, params) {
		const f = v.focus;
		if (f) {
			if (f.term !== undefined) params.set('pt', f.term);
			if (f.docId !== undefined) params.set('pd', f.docId);
			if (f.author !== undefined) params.set('pa', f.author);
			if (f.bin) {
				params.set('pb', String(f.bin.index));
				params.set('pn', String(f.bin.count));
			}
			if (f.token !== undefined) params.set('pk', String(f.token));
			if (f.section !== undefined) params.set('ps', f.section);
			if (f.length) params.set('pl', `${f.length.min}-${f.length.max}`);
			if (f.group !== undefined) params.set('pg', f.group);
			if (f.years) params.set('py', `${f.years.from}-${f.years.to}`);
			else if (f.undated) params.set('py', 'none');
			if (f.partYears) params.set('pw', `${f.partYears.from}-${f.partYears.to}`);
			if (f.facet) {
				params.set('pf', f.facet.name);
				params.set('pv', f.facet.value);
			}
		}
		if (v.sort !== 'doc') params.set('sort', v.sort);
		if (v.desc) params.set('desc', '1');
		if (v.lsort) params.set('lsort', v.lsort);
		if (v.page && f) params.set('pp', String(v.page + 1));
	},
	reconcile(v, facts, problems) {
		const f = v.focus;
		if (f?.facet && !Object.keys(facts.facets ?? {}).includes(f.facet.name)) {
			problems.push(`The passages in the address name a facet this corpus does not have ("${f.facet.name}")`);
			return { ...v, focus: null };
		}
		if (!f || ((!f.docId || facts.docIds.includes(f.docId)) && (!f.author || facts.authors.includes(f.author)))) return v;
		problems.push('The passages in the address name a document or author not in this corpus');
		return { ...v, focus: null };
	},
	step: (v) => v.focus
});
