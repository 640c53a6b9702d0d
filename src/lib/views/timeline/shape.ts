// The timeline's pure part: how a document is emphasised for the groups, its export rows and its notes.
import type { DocumentRow } from '$lib/db/queries/documents';

export type Membership = 'A' | 'B' | '';

/** A: ringed; with a chosen group B (not "the rest"), B's documents plain and the others dimmed. */
export function emphasis(group: Membership, bIsRest: boolean): 'A' | 'B' | 'dim' | null {
	if (group === 'A') return 'A';
	if (bIsRest) return null;
	return group === 'B' ? 'B' : 'dim';
}

export function exportRows(rows: readonly DocumentRow[], groupOf: (docId: string) => Membership) {
	return rows.map((d) => ({
		doc_id: d.doc_id,
		title: d.title,
		author: d.author,
		date: d.date,
		year: d.year,
		position_year: Math.round(d.when * 1000) / 1000,
		kind: d.kind,
		n_words: d.n_words,
		n_sentences: d.n_sentences,
		group: groupOf(d.doc_id)
	}));
}

/** "Group A: 2 documents (black ring)" or "No group A chosen". */
export function groupNote(groupA: number): string {
	return groupA ? `Group A: ${groupA} document${groupA > 1 ? 's' : ''} (black ring)` : 'No group A chosen';
}

const DATED_PART_NOTE = '◆ part dated apart (e.g. a later preface), at its own date.';

/** The notes under the picture's legend. */
export function legendNotes(groupA: number, hasDatedParts: boolean): string[] {
	return [`${groupNote(groupA)}.`, ...(hasDatedParts ? [DATED_PART_NOTE] : [])];
}
