// The passages view's pure part: from the state's focus (by term label) to the SQL target (by term index), or to the
// sentences of a length range; its title, the panel's state, the blocks of group A and B, and the export rows.
import type { PassageFocus, SentenceOrder } from './state';
import type { KwicRow, PassageTarget } from '$lib/db/queries/passages';
import { NO_VALUE } from '$lib/db/queries/terms';
import type { LengthSentenceOptions, LengthSentenceRow, LengthTarget } from '$lib/db/queries/sentence-lengths';
import type { Groups } from '$lib/db/groups';
import type { Term } from '$lib/terms/parse';

/** null when the focus names a term no longer in the list. `groups`: what group A and B are, for a group filter. */
export function toTarget(focus: PassageFocus, terms: readonly Term[], groups?: Groups): PassageTarget | null {
	const t: PassageTarget = {};
	if (focus.term !== undefined) {
		const i = terms.findIndex((x) => x.label === focus.term);
		if (i < 0) return null;
		t.term = i;
	}
	if (focus.docId !== undefined) t.docId = focus.docId;
	if (focus.author !== undefined) t.author = focus.author;
	if (focus.bin && focus.docId !== undefined) t.bin = { ...focus.bin };
	if (focus.token !== undefined && focus.docId !== undefined) t.token = focus.token;
	if (focus.section !== undefined && focus.docId !== undefined) t.section = focus.section;
	if (focus.group !== undefined && groups) t.group = { which: focus.group, groups };
	if (focus.years) t.years = { ...focus.years };
	else if (focus.undated) t.undated = true;
	if (focus.partYears) t.partYears = { ...focus.partYears };
	if (focus.facet) t.facet = { ...focus.facet };
	return t;
}

/** The sentences a focus with a length range stands for (lengthSentencesQuery's target); null for a term focus. */
export function toLengthTarget(focus: PassageFocus): LengthTarget | null {
	if (!focus.length) return null;
	const t: LengthTarget = { min: focus.length.min, max: focus.length.max };
	if (focus.docId !== undefined) t.docId = focus.docId;
	if (focus.section !== undefined && focus.docId !== undefined) t.section = focus.section;
	if (focus.author !== undefined) t.author = focus.author;
	if (focus.group !== undefined) t.group = focus.group;
	return t;
}

/** The query's order for the sentence list's order. */
export function sentenceSort(order: SentenceOrder): Pick<LengthSentenceOptions, 'sort' | 'descending'> {
	return order === 'reading' ? { sort: 'doc', descending: false } : { sort: 'length', descending: order === 'long' };
}

/** "3–12 words", "12 words", "1 word". */
export function lengthRange(r: { min: number; max: number }): string {
	const n = r.min === r.max ? String(r.min) : `${r.min}–${r.max}`;
	return `${n} word${r.min === r.max && r.min === 1 ? '' : 's'}`;
}

const GROUP_WORDS = { A: 'in group A', B: 'in group B', AB: 'in groups A and B' } as const;

/** The title of a sentence focus: "Sentences of 40–59 words in group A", "… in Doc d1 — Preface". */
function describeSentences(focus: PassageFocus, docTitle: (id: string) => string): string {
	const parts = [`Sentences of ${lengthRange(focus.length!)}`];
	if (focus.docId !== undefined) parts.push(`in ${docTitle(focus.docId)}`);
	if (focus.section !== undefined && focus.docId !== undefined) parts.push(`— ${focus.section}`);
	if (focus.author !== undefined) parts.push(`by ${focus.author}`);
	if (focus.group !== undefined) parts.push(GROUP_WORDS[focus.group]);
	return parts.join(' ');
}

/** "“uprising” in Lessons of the Moscow Uprising (1906), bin 3 of 10" and the like. */
export function describeFocus(focus: PassageFocus, docTitle: (id: string) => string): string {
	if (focus.length) return describeSentences(focus, docTitle);
	const parts: string[] = [focus.term ? `“${focus.term}”` : 'All terms'];
	if (focus.docId !== undefined) parts.push(`in ${docTitle(focus.docId)}`);
	if (focus.section !== undefined && focus.docId !== undefined) parts.push(`— ${focus.section}`);
	if (focus.author !== undefined) parts.push(`in all of ${focus.author}`);
	parts.push(...describeScope(focus));
	if (focus.bin) parts.push(`bin ${focus.bin.index + 1} of ${focus.bin.count}`);
	if (focus.token !== undefined) parts.push('one occurrence');
	if (focus.group !== undefined) parts.push(GROUP_WORDS[focus.group]);
	return parts.join(focus.bin || focus.token !== undefined ? ', ' : ' ').replace(/ ,/g, ',');
}

const span = (r: { from: number; to: number }) => (r.from === r.to ? String(r.from) : `${r.from}–${r.to}`);

/** The pooled documents of a trajectory point, in words: "in the documents of 1910–1919", "with party: Whig". */
function describeScope(focus: PassageFocus): string[] {
	const out: string[] = [];
	if (focus.years) out.push(`in the documents of ${span(focus.years)}`);
	else if (focus.undated) out.push('in the undated documents');
	if (focus.partYears) out.push(`in the documents and dated parts of ${span(focus.partYears)}`);
	if (focus.facet) out.push(focus.facet.value === NO_VALUE ? `in the documents without a ${focus.facet.name}` : `in the documents with ${focus.facet.name} ${focus.facet.value}`);
	return out;
}

/** What the panel shows, for tests and assistive tech: no mark chosen, waiting, the lines, or an error. */
export function panelState(focus: PassageFocus | null, q: { error: Error | null; pending: boolean; rows: unknown[] | null }): 'idle' | 'error' | 'pending' | 'ready' {
	if (!focus) return 'idle';
	if (q.error) return 'error';
	return q.pending || !q.rows ? 'pending' : 'ready';
}

export function exportRows(rows: readonly KwicRow[], terms: readonly Term[]) {
	return rows.map((r) => ({
		term: terms[r.term]?.label, group: r.grp ?? '', doc_id: r.doc_id, title: r.title, author: r.author, year: r.year,
		section: r.section ?? '', sentence: r.sentence_id + 1, left: r.left, match: r.match, right: r.right
	}));
}

/** Where a block of one group starts in a page of lines, with its heading: "In group A: 1,204 occurrences". */
export interface BlockStart {
	grp: 'A' | 'B';
	total: number;
}

/**
 * For each line of a page, the group block it starts (null when it continues the one above): lines come A's first,
 * then B's, so a heading goes where the group changes.
 */
export function blockStarts<R extends { grp: 'A' | 'B' | null; group_total: number }>(rows: readonly R[]): (BlockStart | null)[] {
	return rows.map((r, i) => (r.grp !== null && (i === 0 || rows[i - 1].grp !== r.grp) ? { grp: r.grp, total: r.group_total } : null));
}

/** With both groups asked for (AB) and some lines found: the group that has none (its block would be missing). */
export function emptyGroup(which: PassageFocus['group'], rows: readonly { grp: 'A' | 'B' | null; group_total: number; total: number }[]): 'A' | 'B' | null {
	const first = rows[0];
	if (which !== 'AB' || !first) return null;
	if (first.grp === 'B') return 'A';
	return first.group_total === first.total ? 'B' : null;
}

export function sentenceExportRows(rows: readonly LengthSentenceRow[]) {
	return rows.map((r) => ({
		doc_id: r.doc_id, title: r.title, author: r.author, year: r.year, group: r.grp ?? '', section: r.section ?? '',
		sentence: r.sentence_id + 1, length_words: r.n_words, text: r.text
	}));
}
