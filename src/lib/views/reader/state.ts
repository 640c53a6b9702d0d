// The Reader's slice: the document and sentence it is open at, and the occurrence it is at (its first token),
// so that a reload or Back returns to that very occurrence. Opening or moving the Reader is a step.
//   read=ID&rs=N   the Reader open at document ID, sentence N
//   rk=N           the occurrence (first token id) the Reader is at; only with read=
import { defineSlice, MAX_TEXT, text, whole } from '$lib/state/slice';
import { controlProblem, quoteValue } from '$lib/terms/control';

/** The largest sentence number an address may name. */
const MAX_SENTENCE = 1e7;

export interface ReaderAt {
	docId: string;
	sentence: number;
}

export interface ReaderState {
	at: ReaderAt | null;
	/** The occurrence the Reader is at; null without a Reader or before one is known. */
	hit: number | null;
}

export const readerSlice = defineSlice({
	name: 'reader',
	defaults: (): ReaderState => ({ at: null, hit: null }),
	read(params, problems) {
		const v: ReaderState = { at: null, hit: null };
		const raw = params.get('read');
		const control = raw === null ? null : controlProblem(raw);
		if (control) {
			problems.push(`The document to read, ${control}; the Reader stays closed`);
			return v;
		}
		const read = text(raw);
		if (raw !== null && !read) problems.push(`The document to read, “${quoteValue(raw)}”, is not a document id (empty or over ${MAX_TEXT} characters); the Reader stays closed`);
		if (!read) return v;
		const rs = params.get('rs');
		const sentence = whole(rs, 0, MAX_SENTENCE);
		// Said, not silently corrected: the reader of the address learns why the Reader is not where it pointed.
		if (rs !== null && sentence === undefined) problems.push(`"rs=${quoteValue(rs)}" is not a sentence number (a whole number 0–${MAX_SENTENCE}); the Reader opens at the document's first sentence`);
		v.at = { docId: read, sentence: sentence ?? 0 };
		const rk = params.get('rk');
		if (rk !== null) {
			if (/^\d{1,8}$/.test(rk)) v.hit = Number(rk);
			else problems.push(`"rk=${quoteValue(rk)}" is not an occurrence (a whole number); the Reader opens at its sentence`);
		}
		return v;
	},
	write(v, params) {
		if (!v.at) return;
		params.set('read', v.at.docId);
		params.set('rs', String(v.at.sentence));
		if (v.hit !== null) params.set('rk', String(v.hit));
	},
	reconcile(v, facts, problems) {
		if (!v.at || facts.docIds.includes(v.at.docId)) return v;
		problems.push(`The document to read, “${quoteValue(v.at.docId)}”, is not in this corpus; the Reader stays closed`);
		return { at: null, hit: null };
	},
	step: (v) => v.at
});
