// The trajectory and passages view's part of the app state, as plain data, and its URL form (read and written
// here; src/lib/state/url.ts calls these so the whole URL stays in one place).
//
// Query parameters (each omitted when it holds its default):
//   parts=1               terms also match inside hyphenated compounds (default 0)
//   dated=0               count whole documents, not each dated part apart (default 1)
//   level=authors         the trajectory aggregates per author (default: per document)
//   x=order               documents in corpus order instead of on the year axis
//   color=author          colour by author instead of by term
//   doc=ID                the document shown inside (bins and dispersion)
//   bins=N                bins along a document, 1–100 (default 10)
//   pt,pd,pa,pb,pn,pk,ps  the occurrences in the Passages panel: term label, document, author, bin index,
//                         bins, first token of one occurrence, dated part (section) of the document
//   sort=year|left|right  KWIC order (default doc); desc=1 reverses it
//   read=ID&rs=N          the Reader open at document ID, sentence N

export type TrajectoryLevel = 'documents' | 'authors';
export type TrajectoryX = 'year' | 'order';
export type ColorBy = 'term' | 'author';
export type KwicSort = 'doc' | 'year' | 'left' | 'right';

/** The occurrences behind a mark, by term label (indexes change when the term list does). */
export interface PassageFocus {
	term?: string;
	docId?: string;
	author?: string;
	bin?: { index: number; count: number };
	token?: number;
	/** A dated part of the document (its section name). */
	section?: string;
}

export interface ReaderFocus {
	docId: string;
	sentence: number;
}

export interface TermView {
	parts: boolean;
	/** The trajectory counts each dated part of a document apart (at its own year, over its own words). */
	datedParts: boolean;
	level: TrajectoryLevel;
	x: TrajectoryX;
	colorBy: ColorBy;
	focusDoc: string | null;
	bins: number;
	passage: PassageFocus | null;
	sort: KwicSort;
	desc: boolean;
	reader: ReaderFocus | null;
}

export const MAX_BINS = 100;

export function defaultTermView(): TermView {
	return { parts: false, datedParts: true, level: 'documents', x: 'year', colorBy: 'term', focusDoc: null, bins: 10, passage: null, sort: 'doc', desc: false, reader: null };
}

const MAX_TEXT = 200;
const text = (v: string | null) => (v !== null && v.trim() && v.length <= MAX_TEXT ? v.trim() : undefined);
const whole = (v: string | null, min: number, max: number) => {
	if (v === null || !/^\d{1,7}$/.test(v)) return undefined;
	const n = Number(v);
	return n >= min && n <= max ? n : undefined;
};

/** Reads the view's parameters; anything malformed keeps its default and adds a short problem note. */
export function parseTermView(params: URLSearchParams, problems: string[]): TermView {
	const v = defaultTermView();
	const flag = (name: string, set: (b: boolean) => void) => {
		const raw = params.get(name);
		if (raw === null) return;
		if (raw === '1' || raw === 'true') set(true);
		else if (raw === '0' || raw === 'false') set(false);
		else problems.push(`"${name}" is not 0 or 1; ignored`);
	};
	const choice = <T extends string>(name: string, allowed: readonly T[], set: (x: T) => void) => {
		const raw = params.get(name);
		if (raw === null) return;
		if ((allowed as readonly string[]).includes(raw)) set(raw as T);
		else problems.push(`Unknown ${name} "${raw.slice(0, 20)}"; using the default`);
	};
	flag('parts', (b) => (v.parts = b));
	flag('dated', (b) => (v.datedParts = b));
	choice('level', ['documents', 'authors'] as const, (x) => (v.level = x));
	choice('x', ['year', 'order'] as const, (x) => (v.x = x));
	choice('color', ['term', 'author'] as const, (x) => (v.colorBy = x));
	choice('sort', ['doc', 'year', 'left', 'right'] as const, (x) => (v.sort = x));
	flag('desc', (b) => (v.desc = b));
	v.focusDoc = text(params.get('doc')) ?? null;
	if (params.has('bins')) {
		const b = whole(params.get('bins'), 1, MAX_BINS);
		if (b === undefined) problems.push(`bins is a whole number 1–${MAX_BINS}; using 10`);
		else v.bins = b;
	}

	const p: PassageFocus = {};
	const term = text(params.get('pt'));
	const docId = text(params.get('pd'));
	const author = text(params.get('pa'));
	const token = whole(params.get('pk'), 0, 1e7);
	const section = text(params.get('ps'));
	const binIndex = whole(params.get('pb'), 0, MAX_BINS - 1);
	const binCount = whole(params.get('pn'), 1, MAX_BINS);
	if (term) p.term = term;
	if (docId) p.docId = docId;
	if (author) p.author = author;
	if (docId && binIndex !== undefined && binCount !== undefined && binIndex < binCount) p.bin = { index: binIndex, count: binCount };
	if (docId && token !== undefined) p.token = token;
	if (docId && section) p.section = section;
	const anyPassage = ['pt', 'pd', 'pa', 'pb', 'pn', 'pk', 'ps'].some((k) => params.has(k));
	if (Object.keys(p).length) v.passage = p;
	else if (anyPassage) problems.push('The passages in the address are malformed and were not opened');
	if (anyPassage && ((params.has('pb') && !p.bin) || (params.has('pk') && p.token === undefined)))
		problems.push('Part of the passages in the address was malformed and ignored');

	const read = text(params.get('read'));
	if (read) {
		const s = whole(params.get('rs'), 0, 1e7);
		v.reader = { docId: read, sentence: s ?? 0 };
	}
	return v;
}

/** Writes the view's parameters (defaults left out) into `p`, in a fixed order. */
export function writeTermView(v: TermView, p: URLSearchParams): void {
	const d = defaultTermView();
	if (v.parts !== d.parts) p.set('parts', v.parts ? '1' : '0');
	if (v.datedParts !== d.datedParts) p.set('dated', v.datedParts ? '1' : '0');
	if (v.level !== d.level) p.set('level', v.level);
	if (v.x !== d.x) p.set('x', v.x);
	if (v.colorBy !== d.colorBy) p.set('color', v.colorBy);
	if (v.focusDoc) p.set('doc', v.focusDoc);
	if (v.bins !== d.bins) p.set('bins', String(v.bins));
	const f = v.passage;
	if (f) {
		if (f.term !== undefined) p.set('pt', f.term);
		if (f.docId !== undefined) p.set('pd', f.docId);
		if (f.author !== undefined) p.set('pa', f.author);
		if (f.bin) {
			p.set('pb', String(f.bin.index));
			p.set('pn', String(f.bin.count));
		}
		if (f.token !== undefined) p.set('pk', String(f.token));
		if (f.section !== undefined) p.set('ps', f.section);
	}
	if (v.sort !== d.sort) p.set('sort', v.sort);
	if (v.desc) p.set('desc', '1');
	if (v.reader) {
		p.set('read', v.reader.docId);
		p.set('rs', String(v.reader.sentence));
	}
}

/**
 * The document "Inside one document" shows: the one the address names; else the first of group A; else the one
 * with the most occurrences of the current terms (`topHit`: undefined while it is being counted, null when no
 * document has any); else the first document.
 */
export function profileDoc(focusDoc: string | null, groupA: readonly string[], topHit: string | null | undefined, firstDoc: string | null): string | null {
	if (focusDoc) return focusDoc;
	if (groupA.length) return groupA[0];
	if (topHit === undefined) return null;
	return topHit ?? firstDoc;
}

/** A deep copy (arrays and objects not shared). */
export function copyTermView(v: TermView): TermView {
	return { ...v, passage: v.passage ? { ...v.passage, bin: v.passage.bin ? { ...v.passage.bin } : undefined } : null, reader: v.reader ? { ...v.reader } : null };
}

/** Drops document ids and authors the corpus does not have. */
export function reconcileTermView(v: TermView, docIds: ReadonlySet<string>, authors: ReadonlySet<string>, problems: string[]): TermView {
	const out = copyTermView(v);
	if (out.focusDoc && !docIds.has(out.focusDoc)) {
		problems.push('The document in the address is not in this corpus');
		out.focusDoc = null;
	}
	if (out.passage && ((out.passage.docId && !docIds.has(out.passage.docId)) || (out.passage.author && !authors.has(out.passage.author)))) {
		problems.push('The passages in the address name a document or author not in this corpus');
		out.passage = null;
	}
	if (out.reader && !docIds.has(out.reader.docId)) {
		problems.push('The document to read is not in this corpus');
		out.reader = null;
	}
	return out;
}
