// The front matter: lines still undecided before the first line of running prose (title, byline, masthead …).
import type { Draft } from './draft';
import { isProse } from './shapes';

/** Index of the first text line that reads as prose (or the number of lines if there is none). */
function bodyStart(draft: Draft): number {
	const i = draft.lines.findIndex((l) => l.kind === 'text' && isProse(l.text));
	return i < 0 ? draft.lines.length : i;
}

/** Indices of the text lines before the body. */
export function frontLines(draft: Draft): number[] {
	const end = bodyStart(draft);
	return draft.lines.flatMap((l, i) => (i < end && l.kind === 'text' && l.text.trim() ? [i] : []));
}
