// The Reader's slice: the document and sentence it is open at, and the occurrence it is at (its first token),
// so that a reload or Back returns to that very occurrence. Opening or moving the Reader is a step.
//   read=ID&rs=N   the Reader open at document ID, sentence N
//   rk=N           the occurrence (first token id) the Reader is at; only with read=
import { defineSlice, text, whole } from '$lib/state/slice';

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
		const read = text(params.get('read'));
		if (!read) return v;
		v.at = { docId: read, sentence: whole(params.get('rs'), 0, 1e7) ?? 0 };
		const rk = params.get('rk');
		if (rk !== null) {
			if (/^\d{1,8}$/.test(rk)) v.hit = Number(rk);
			else problems.push('The occurrence to read in the address is malformed; opening at its sentence');
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
		problems.push('The document to read is not in this corpus');
		return { at: null, hit: null };
	},
	step: (v) => v.at
});
