// The sentence-length view's slice: what a box stands for, the histogram's bin width, the rolling window and the
// document shown along its length. Choosing the unit or the document is a step in the history; the bin width and
// the window (typed or slid) ride on the current entry.
//   su=U         one box per document, author or group (documents | authors | groups; default: per document up to
//                MAX_BOX_ROWS chosen documents, then per author up to MAX_AUTHOR_ROWS, then per group: lengthUnit)
//   sb=N         histogram bins of N words, 1–100 (default: suggested from the data, shape.ts suggestBinWidth)
//   sw=N         rolling window of N sentences, 1–1000 (default 25)
//   sd=ID        the document shown along its length (default: see alongDoc)
//   sp=1         every sentence drawn as a point over its box (default: only for small boxes and beyond the whiskers)
import { choice, defineSlice, flag, text, whole } from '$lib/state/slice';

export type LengthUnitChoice = 'documents' | 'authors' | 'groups';

export interface LengthsState {
	/** What a box stands for; null: chosen from the selection's size (lengthUnit). */
	unit: LengthUnitChoice | null;
	/** Bin width in words; null: suggested from the data. */
	bin: number | null;
	window: number;
	/** The document along its length; null: chosen by alongDoc. */
	doc: string | null;
	points: boolean;
}

export const MAX_BIN = 100;
export const MAX_WINDOW = 1000;
export const DEFAULT_WINDOW = 25;

const defaults = (): LengthsState => ({ unit: null, bin: null, window: DEFAULT_WINDOW, doc: null, points: false });

/** A number typed or slid into a whole number in [1, max] (`fallback` for anything not a number). */
export const clampWhole = (v: number, max: number, fallback: number): number =>
	Number.isFinite(v) ? Math.max(1, Math.min(max, Math.round(v))) : fallback;

function wholeParam(params: URLSearchParams, name: string, max: number, problems: string[], set: (n: number) => void): void {
	if (!params.has(name)) return;
	const n = whole(params.get(name), 1, max);
	if (n === undefined) problems.push(`"${name}" is not a whole number 1–${max}; using the default`);
	else set(n);
}

export const lengthsSlice = defineSlice({
	name: 'lengths',
	defaults,
	read(params, problems) {
		const v = defaults();
		choice(params, 'su', ['documents', 'authors', 'groups'] as const, problems, (x) => (v.unit = x));
		wholeParam(params, 'sb', MAX_BIN, problems, (n) => (v.bin = n));
		wholeParam(params, 'sw', MAX_WINDOW, problems, (n) => (v.window = n));
		v.doc = text(params.get('sd')) ?? null;
		flag(params, 'sp', problems, (b) => (v.points = b));
		return v;
	},
	write(v, params) {
		if (v.unit) params.set('su', v.unit);
		if (v.bin !== null) params.set('sb', String(v.bin));
		if (v.window !== DEFAULT_WINDOW) params.set('sw', String(v.window));
		if (v.doc) params.set('sd', v.doc);
		if (v.points) params.set('sp', '1');
	},
	reconcile(v, facts, problems) {
		if (!v.doc || facts.docIds.includes(v.doc)) return v;
		problems.push('The document to show along its length is not in this corpus');
		return { ...v, doc: null };
	},
	step: (v) => [v.unit, v.doc, v.points]
});

/**
 * The document shown along its length: the one the address names, else the first of group A, else the one with
 * the most sentences (the longest text shows the most), else none.
 */
export function alongDoc(chosen: string | null, groupA: readonly string[], docs: readonly { doc_id: string; n_sentences: number }[]): string | null {
	if (chosen) return chosen;
	if (groupA.length) return groupA[0];
	let best: { doc_id: string; n_sentences: number } | null = null;
	for (const d of docs) if (!best || d.n_sentences > best.n_sentences) best = d;
	return best?.doc_id ?? null;
}

/**
 * Above this many documents a box per document makes the chart too tall to read (~34 px a row: 40 rows ≈ 1,400 px);
 * above MAX_AUTHOR_ROWS authors, a box per author too. Authors get more rows: comparing speakers is what the view
 * is most often for (the State of the Union's 43 presidents: ~1,500 px).
 */
export const MAX_BOX_ROWS = 40;
export const MAX_AUTHOR_ROWS = 60;

/**
 * What a box stands for: the unit chosen, else per document while A and B hold at most MAX_BOX_ROWS documents,
 * else per author while they hold at most MAX_AUTHOR_ROWS authors, else per group. `auto` says that the view chose
 * it (and should say why).
 */
export function lengthUnit(
	chosen: LengthUnitChoice | null,
	selection: { docs: number; authors: number }
): { unit: LengthUnitChoice; auto: boolean } {
	if (chosen) return { unit: chosen, auto: false };
	const unit = selection.docs <= MAX_BOX_ROWS ? 'documents' : selection.authors <= MAX_AUTHOR_ROWS ? 'authors' : 'groups';
	return { unit, auto: true };
}

/** A unit as the shaping functions name it (shape.ts: 'doc' | 'author' | 'group'). */
export const boxUnit = (unit: LengthUnitChoice) => (unit === 'authors' ? ('author' as const) : unit === 'groups' ? ('group' as const) : ('doc' as const));

/** How many documents, and of how many authors, groups A and B hold together (`authorOf`: each document's author). */
export function selectionSize(members: readonly { doc_id: string }[], authorOf: ReadonlyMap<string, string>): { docs: number; authors: number } {
	const docs = new Set(members.map((m) => m.doc_id));
	const authors = new Set([...docs].map((id) => authorOf.get(id) ?? ''));
	return { docs: docs.size, authors: authors.size };
}
