// What the sentence-length view asks of the database: stated once, here, for the view (SentenceLengths.svelte) and for
// the questions answered in advance (views/first-questions.ts). A selection change asks only groupDocsQuery (the group
// members every view shares): the groups' figures are computed from the per-corpus answers in TypeScript.
import {
	documentSectionsQuery,
	lengthDocsQuery,
	lengthOverTimeQuery,
	lengthSummaryQuery,
	rollingLengthQuery
} from '$lib/db/queries/sentence-lengths';
import type { Groups } from '$lib/db/groups';
import type { Query } from '$lib/db/sql';

/** Both groups "the rest": group A is every document (see groupPredicates). */
export const WHOLE_CORPUS: Groups = { a: { kind: 'rest' }, b: { kind: 'rest' } };

/** Asked once per corpus: every document's sentence lengths, every document's (and dated part's) point over time, and
 *  the whole corpus's summary (its quartiles set the histogram's bins). */
export function lengthCorpusQueries(): { docs: Query; overTime: Query; corpus: Query } {
	return { docs: lengthDocsQuery(), overTime: lengthOverTimeQuery(null, { datedParts: true }), corpus: lengthSummaryQuery('group', WHOLE_CORPUS) };
}

/** Along one document (alongDoc): the rolling median and the document's sections. */
export function alongQueries(docId: string | null, window: number): { rolling: Query | null; sections: Query | null } {
	return { rolling: docId ? rollingLengthQuery(docId, window) : null, sections: docId ? documentSectionsQuery(docId) : null };
}
