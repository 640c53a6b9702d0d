// The front matter: lines still undecided before the first line of running prose (title, byline, masthead …).
import type { Draft } from './draft';
import { isProse } from './shapes';

/** Index of the first text line that reads as prose (or the number of lines if there is none). */
function bodyStart(draft: Draft): number {
	const i = draft.lines.findIndex((l) => l.kind === 'text' && isProse(l.text));
	return i < 0 ? draft.lines.length : i;
}

/** Whether the document's text is one block: no blank line between two text lines (a single line or paragraph). */
function oneBlock(draft: Draft): boolean {
	const texts = draft.lines.flatMap((l, i) => (l.kind === 'text' ? [i] : []));
	return texts.length > 0 && draft.lines.slice(texts[0], texts.at(-1)! + 1).every((l) => l.kind === 'text');
}

/**
 * Indices of the text lines before the body. Lines set directly above the body's first line, when that line runs on in
 * lower case, are its sentence's start (`It was a fine day` / `and we walked …`), not front matter; and a text that is one
 * block with no line reading as prose (a one-line text without a full stop) is all running text.
 */
export function frontLines(draft: Draft): number[] {
	let end = bodyStart(draft);
	if (end === draft.lines.length && oneBlock(draft)) return [];
	while (end > 0 && end < draft.lines.length && draft.lines[end - 1].kind === 'text' && /^\s*\p{Ll}/u.test(draft.lines[end].text)) end--;
	return draft.lines.flatMap((l, i) => (i < end && l.kind === 'text' && l.text.trim() ? [i] : []));
}
