// The inside-one-document view's slice: which document, and in how many bins. Choosing a document is a step in
// the history; the number of bins (a slider) rides on the current entry.
//   doc=ID     the document shown inside (default: see profileDoc)
//   bins=N     bins along the document, 1–100 (default 10)
import { defineSlice, text, whole } from '$lib/state/slice';

export interface InsideState {
	/** The document the address names; null: chosen by profileDoc. */
	doc: string | null;
	bins: number;
}

export const MAX_BINS = 100;
const DEFAULT_BINS = 10;

export const insideSlice = defineSlice({
	name: 'inside',
	defaults: (): InsideState => ({ doc: null, bins: DEFAULT_BINS }),
	read(params, problems) {
		const v: InsideState = { doc: text(params.get('doc')) ?? null, bins: DEFAULT_BINS };
		if (params.has('bins')) {
			const b = whole(params.get('bins'), 1, MAX_BINS);
			if (b === undefined) problems.push(`bins is a whole number 1–${MAX_BINS}; using ${DEFAULT_BINS}`);
			else v.bins = b;
		}
		return v;
	},
	write(v, params) {
		if (v.doc) params.set('doc', v.doc);
		if (v.bins !== DEFAULT_BINS) params.set('bins', String(v.bins));
	},
	reconcile(v, facts, problems) {
		if (!v.doc || facts.docIds.includes(v.doc)) return v;
		problems.push('The document in the address is not in this corpus');
		return { ...v, doc: null };
	},
	step: (v) => v.doc
});

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

/** A number of bins the charts can draw: a whole number 1–MAX_BINS (10 for anything not a number). */
export const clampBins = (v: number): number => (Number.isFinite(v) ? Math.max(1, Math.min(MAX_BINS, Math.round(v))) : DEFAULT_BINS);

/** What to tell the user when the bins asked for are not the bins used ("1000 → 100"); null when they are. */
export function binsCorrection(asked: number, used: number): string | null {
	if (asked === used) return null;
	if (!Number.isFinite(asked)) return `Bins is a whole number 1–${MAX_BINS}: using ${used}.`;
	if (asked > MAX_BINS) return `At most ${MAX_BINS} bins: using ${used}, not ${asked}.`;
	if (asked < 1) return `At least 1 bin: using ${used}, not ${asked}.`;
	return `Bins are whole: ${asked} rounded to ${used}.`;
}
