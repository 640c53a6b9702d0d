// The working state every cleaning rule reads and returns: raw lines with what has been decided about each.
import type { ManifestEntry, RemovedSpan } from '../types';
import type { Vocabulary } from './vocabulary';

/** What a line has become: still text, blank, taken out, a heading of the author's text, or a list item. */
export type LineKind = 'text' | 'blank' | 'removed' | 'heading' | 'item';

export interface DraftLine {
	/** 1-based line of the raw file. */
	line: number;
	/** The raw line, untouched. */
	raw: string;
	/** Current text: the raw line minus whatever inline rules cut out. */
	text: string;
	kind: LineKind;
	/** Rule that removed the line (kind 'removed'). */
	rule?: string;
	/** A removed line that sat at a page break (header, signature mark, page-foot footnote): the text runs on across it. */
	pageBreak?: boolean;
	/** A short line that completes the paragraph above (which ends in `:`), though set apart like a heading: joined to it as running text. */
	continues?: boolean;
}

/** Put into a line's text where a cut left a paragraph break (an editor's omission between two sentences); `assemble` splits there. */
export const PARAGRAPH_BREAK = '\u2029';

export interface Draft {
	entry: ManifestEntry;
	lines: readonly DraftLine[];
	removed: readonly RemovedSpan[];
	vocabulary: Vocabulary;
	/** Printed-page lines wrapped inside paragraphs (OCR) rather than one paragraph per line (web text). */
	wrapped: boolean;
	/** In this text a line that ends in a complete word ends with a space (a word broken at the line end does not). */
	trailingSpaceMarksWordEnd: boolean;
}

/** A cleaning rule: a named pure function from one draft to the next. */
export interface Rule {
	name: string;
	description: string;
	/** Changes structure only (headings, list items) and never records a removed span. */
	structural?: boolean;
	/** Other rule names this rule records some of its spans under (e.g. `notes` records the author's own notes as `author-note`). */
	records?: readonly { name: string; description: string }[];
	apply(draft: Draft): Draft;
}

/** Marks the given lines removed by `rule`, recording one span per run of adjacent non-blank lines. */
export function removeLines(draft: Draft, indices: Iterable<number>, rule: string, pageBreak = false): Draft {
	const chosen = [...new Set(indices)].filter((i) => draft.lines[i].kind !== 'removed').sort((a, b) => a - b);
	if (chosen.length === 0) return draft;
	const lines = draft.lines.slice();
	const removed = draft.removed.slice();
	let run: DraftLine[] = [];
	const flush = () => {
		const body = run.filter((l) => l.kind !== 'blank');
		if (body.length) removed.push({ rule, text: body.map((l) => l.text.trimEnd()).join('\n'), line: body[0].line });
		run = [];
	};
	let prev = -2;
	for (const i of chosen) {
		const l = lines[i];
		if (i !== prev + 1 || l.kind === 'blank') flush();
		if (l.kind !== 'blank') run.push(l);
		lines[i] = { ...l, kind: 'removed', rule, pageBreak };
		prev = i;
	}
	flush();
	return { ...draft, lines, removed };
}

/** Replaces one line's text after an inline rule cut pieces out of it, recording each piece. */
export function cutFromLine(draft: Draft, index: number, text: string, pieces: string[], rule: string): Draft {
	if (pieces.length === 0) return draft;
	const lines = draft.lines.slice();
	lines[index] = { ...lines[index], text };
	const at = lines[index].line;
	return { ...draft, lines, removed: [...draft.removed, ...pieces.map((p) => ({ rule, text: p, line: at }))] };
}

/** Sets a line's kind (and optionally its text) without recording anything: structure, not removal. */
export function setKind(draft: Draft, index: number, kind: LineKind, text?: string): Draft {
	const lines = draft.lines.slice();
	lines[index] = { ...lines[index], kind, text: text ?? lines[index].text };
	return { ...draft, lines };
}

/** Marks a line as running text that completes the paragraph above it (structure, nothing recorded). */
export function setContinues(draft: Draft, index: number, text?: string): Draft {
	const lines = draft.lines.slice();
	lines[index] = { ...lines[index], kind: 'text', continues: true, text: text ?? lines[index].text };
	return { ...draft, lines };
}

/** Index of the nearest line above `i` that is still the author's text (skipping blank and removed lines), or -1. */
export function liveAbove(draft: Draft, i: number): number {
	for (let k = i - 1; k >= 0; k--) {
		const l = draft.lines[k];
		if (l.kind !== 'blank' && l.kind !== 'removed') return k;
	}
	return -1;
}

/** Applies an inline edit to every line of the given kinds; `edit` returns the new text and the pieces cut. */
export function cutInline(
	draft: Draft,
	rule: string,
	edit: (text: string) => { text: string; pieces: string[] },
	kinds: LineKind[] = ['text', 'heading', 'item']
): Draft {
	const removed: RemovedSpan[] = [];
	const lines = draft.lines.map((l) => {
		if (!kinds.includes(l.kind)) return l;
		const r = edit(l.text);
		if (r.pieces.length === 0) return l;
		for (const p of r.pieces) removed.push({ rule, text: p, line: l.line });
		return { ...l, text: r.text };
	});
	return removed.length ? { ...draft, lines, removed: [...draft.removed, ...removed] } : draft;
}
