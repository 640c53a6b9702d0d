// Lines → paragraphs: joins the lines of a paragraph (re-joining broken words), across page breaks, and splits at blank lines and structure.
import type { RemovedSpan } from '../types';
import { PARAGRAPH_BREAK, type Draft, type DraftLine } from './draft';
import { decideJoin, DEHYPHENATE, joinedSpan } from './rules/dehyphenate';
import { endsSentence } from './shapes';

export interface Block {
	text: string;
	line: number;
	heading: boolean;
}

/** What lies between two kept lines: nothing, a page break, a blank line, or removed apparatus that ends the paragraph. */
type Gap = 'none' | 'page' | 'blank' | 'hard';

function gapKind(between: readonly DraftLine[]): Gap {
	if (between.length === 0) return 'none';
	if (between.some((l) => l.kind === 'removed' && !l.pageBreak)) return 'hard';
	if (between.some((l) => l.kind === 'removed' && l.pageBreak)) return 'page';
	return 'blank';
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export function assemble(draft: Draft): { blocks: Block[]; removed: RemovedSpan[] } {
	const blocks: Block[] = [];
	const removed: RemovedSpan[] = [];
	const ctx = { vocabulary: draft.vocabulary, trailingSpaceMarksWordEnd: draft.trailingSpaceMarksWordEnd };
	let open: { text: string; line: number; last: DraftLine } | null = null;
	let lastIndex = -1;
	const close = () => {
		if (open && collapse(open.text)) blocks.push({ text: collapse(open.text), line: open.line, heading: false });
		open = null;
	};
	draft.lines.forEach((line, i) => {
		if (line.kind === 'blank' || line.kind === 'removed') return;
		const gap = gapKind(draft.lines.slice(lastIndex + 1, i));
		lastIndex = i;
		if (line.kind === 'heading') {
			close();
			if (collapse(line.text)) blocks.push({ text: collapse(line.text.split(PARAGRAPH_BREAK).join(' ')), line: line.line, heading: true });
			return;
		}
		// A cut that left a paragraph break (an editor's omission between sentences) splits the line: the rest opens new paragraphs.
		const [first, ...rest] = line.text.split(PARAGRAPH_BREAK);
		const l = rest.length ? { ...line, text: first } : line;
		if (l.text.trim()) {
			if (open && l.continues) open = { text: `${open.text.trimEnd()} ${l.text.trim()}`, line: open.line, last: l };
			else if (open && l.kind === 'text' && draft.wrapped && continues(gap, open.text, open.last.text, l.text)) {
				const how = gap === 'blank' ? 'space' : decideJoin(open.last.text, l.text, ctx);
				if (how === 'join' && /\p{L}-?\s*$/u.test(open.last.text)) removed.push({ rule: DEHYPHENATE.name, text: joinedSpan(open.last.text), line: open.last.line });
				const left = how === 'join' ? open.text.trimEnd().replace(/-$/, '') : open.text.trimEnd();
				open = { text: left + (how === 'space' ? ' ' : '') + l.text.trim(), line: open.line, last: l };
			} else {
				close();
				open = { text: l.text.trim(), line: l.line, last: l };
			}
		}
		for (const part of rest) {
			close();
			open = { text: part.trim(), line: line.line, last: { ...line, text: part } };
		}
	});
	close();
	return { blocks, removed };
}

/** Does the next line carry on the open paragraph? */
function continues(gap: Gap, paragraph: string, last: string, next: string): boolean {
	if (gap === 'none') return true;
	if (gap === 'page') return !(endsSentence(last) && /^\s*[\p{Lu}"“«‘]/u.test(next));
	if (gap === 'blank') return !endsSentence(paragraph) && /^\s*[\p{Ll}(\[]/u.test(next);
	return false;
}
