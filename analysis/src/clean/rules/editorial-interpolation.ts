// Square-bracketed insertions of an editor or translator inside the author's text: `Rabocee Delo [Workers' Cause]`, `Vorwärts [Forward]`,
// `«bureaucratic [or mechanical] centralism»`, `[...]`, `[sic]` — only in a document whose every bracket has such a shape.
import { PARAGRAPH_BREAK, type Draft, type Rule } from '../draft';
import { isTitleCase, letterWords } from '../shapes';
import { countOf, isEnglishWord } from '../vocabulary';

/** A bracketed span on one line (reference marks and `[edit source]` are cut before this rule runs). */
const BRACKET = /\[([^[\]\n]{1,120})\]/gu;
/** An editor's omission: `[...]`, `[. . .]`, `[…]`. */
const OMISSION = /^\s*(?:(?:\.\s*){3,}|…)\s*$/u;
const SIC = /^\s*sic!?\s*$/i;
/** Another rendering of the word before: `[or mechanical]`, `[i.e. the Spark]`, `[lit. writers' squabbling]`. */
const ALTERNATIVE = /^\s*(?:or|i\.\s?e\.,?|that is,?|viz\.,?|lit\.|literally|sc\.)\s+\S/i;
const ACRONYM = /^\s*\p{Lu}{2,}(?:-\p{Lu}+)?\s*$/u;

export type BracketShape = 'omission' | 'sic' | 'alternative' | 'gloss' | 'other';

/** What a bracketed span is by its shape: an editor's omission, [sic], another rendering, a gloss of the name before it — or something else. */
export function bracketShape(content: string, before: string, draft?: Pick<Draft, 'vocabulary'>): BracketShape {
	if (OMISSION.test(content)) return 'omission';
	if (SIC.test(content)) return 'sic';
	const words = letterWords(content);
	if (words.length === 0 || words.length > 5) return 'other';
	if (ALTERNATIVE.test(content)) return 'alternative';
	// A gloss follows right after the name or foreign word it translates: `Rabocee Delo [Workers' Cause]`, `Labour Party [RSDLP]`.
	const prev = /(?<word>[\p{L}'’]+)[»”’"]?\s$/u.exec(before)?.groups?.word;
	if (!prev) return 'other';
	const named = /^\p{Lu}/u.test(prev);
	if (ACRONYM.test(content) && named) return 'gloss';
	if (isTitleCase(content) && named) return 'gloss';
	const foreign = !isEnglishWord(prev) && (!draft || countOf(draft.vocabulary, prev) <= 2);
	if (foreign && /^\p{Ll}/u.test(content.trim()) && words.length <= 4) return 'gloss';
	return 'other';
}

interface Span {
	index: number;
	start: number;
	end: number;
	content: string;
	shape: BracketShape;
	/** A bracket opened at the end of line `index` and closed on the next line of text (wrapped OCR): where it closes. */
	close?: { index: number; end: number };
}

/** Cuts one bracketed span with the space before it; an omission between two sentences leaves a paragraph break. */
function cut(text: string, s: Span): string {
	const left = text.slice(0, s.start);
	const right = text.slice(s.end);
	const between = s.shape === 'omission' && /[.!?:;]["'”’»)]*\s*$/u.test(left) && /^\s+["'“‘«(]?\p{Lu}/u.test(right);
	if (between) return `${left.trimEnd()}${PARAGRAPH_BREAK}${right.trimStart()}`;
	return /\s$/.test(left) && /^(?:\s|[\p{P}]|$)/u.test(right) ? left.replace(/\s+$/, '') + right : left + right;
}

const isLive = (kind: string) => kind === 'text' || kind === 'heading' || kind === 'item';

/** Every bracketed span of the live text: on one line, or opened at a line end and closed on the next line of the same paragraph. */
function bracketSpans(draft: Draft): Span[] {
	const spans: Span[] = [];
	draft.lines.forEach((l, index) => {
		if (!isLive(l.kind)) return;
		for (const m of l.text.matchAll(BRACKET)) spans.push({ index, start: m.index, end: m.index + m[0].length, content: m[1], shape: bracketShape(m[1], l.text.slice(0, m.index), draft) });
		const open = /\[(?<head>[^[\]]{0,80})$/u.exec(l.text);
		if (!open || l.kind !== 'text') return;
		let j = index + 1;
		while (draft.lines[j]?.kind === 'removed' && draft.lines[j].pageBreak) j++;
		const next = draft.lines[j];
		const close = next?.kind === 'text' ? /^(?<tail>[^[\]]{1,80})\]/u.exec(next.text) : null;
		if (!close?.groups || !open.groups) return;
		const content = `${open.groups.head.trim()} ${close.groups.tail.trim()}`.trim();
		spans.push({ index, start: open.index, end: l.text.length, content, shape: bracketShape(content, l.text.slice(0, open.index), draft), close: { index: j, end: close[0].length } });
	});
	return spans;
}

export const editorialInterpolation: Rule = {
	name: 'editorial-interpolation',
	description:
		"Square-bracketed insertions by an editor or translator inside the author's text (omissions [...], [sic], glosses of a name or foreign word, another rendering [or …]) — only where every bracket in the document has such a shape.",
	apply(draft) {
		const spans = bracketSpans(draft);
		// The author's own brackets (an aside, a clause of their own) mean the document's brackets are not the editor's: leave them all.
		if (spans.length === 0 || spans.some((s) => s.shape === 'other')) return draft;
		const lines = draft.lines.slice();
		const removed = draft.removed.slice();
		for (const s of spans) {
			const head = lines[s.index].text.slice(s.start, s.end);
			const text = s.close ? `${head.trimEnd()}\n${lines[s.close.index].text.slice(0, s.close.end).trimStart()}` : head;
			removed.push({ rule: editorialInterpolation.name, text, line: lines[s.index].line });
		}
		// Right to left, so the offsets of the spans still to cut stay valid; a wrapped span loses its tail on the next line.
		for (const s of [...spans].sort((a, b) => b.index - a.index || b.start - a.start)) {
			if (s.close) {
				const next = lines[s.close.index];
				lines[s.close.index] = { ...next, text: next.text.slice(s.close.end) };
				lines[s.index] = { ...lines[s.index], text: lines[s.index].text.slice(0, s.start) };
			} else lines[s.index] = { ...lines[s.index], text: cut(lines[s.index].text, s) };
		}
		return { ...draft, lines, removed };
	}
};
