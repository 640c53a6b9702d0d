// Footnotes at the foot of a page (`* See Collected Works, Vol. 11 …—Ed.`): taken out so the sentence they interrupt runs on.
import { removeLines, type Draft, type Rule } from '../draft';
import { isAuthorNote } from '../shapes';
import { AUTHOR_NOTE } from './notes';

const START = /^(?<mark>\*{1,3}|[†‡§¶]{1,2}|\d{1,2})\)?\s+(?=\S)/u;
/** A note not set off by a blank line: each at most this many lines, opening with its mark and a capital. */
const MAX_UNSET_LINES = 4;
const NOTE_OPENING = /^(?:\*{1,3}|[†‡§¶]{1,2}|\d{1,2})\)?\s+[\p{Lu}"“‘]/u;
/** How far back (in lines) the marker in the text may be: about a printed page. */
const PAGE = 70;

const escape = (s: string) => s.replace(/[*+?^${}()|[\]\\.]/g, '\\$&');

/** Is `mark` glued to a word in the text lines just above line `i`? (`occasion*`, `uprising.8`) */
function markedAbove(draft: Draft, i: number, mark: string): boolean {
	const glued = new RegExp(`[\\p{L}.,;:!?"”’»)]${escape(mark)}(?![\\d*†‡§¶])`, 'u');
	for (let k = i - 1; k >= Math.max(0, i - PAGE); k--) {
		const l = draft.lines[k];
		if (l.kind !== 'removed' && glued.test(l.text)) return true;
	}
	return false;
}

/** Does line i open like a footnote whose mark is glued to a word above (`7 Compare the report of 1849.—Ed.` under `report.7`)? */
export function opensFootnote(draft: Draft, i: number): boolean {
	const l = draft.lines[i];
	const mark = l?.kind === 'text' ? START.exec(l.text)?.groups?.mark : undefined;
	return mark !== undefined && markedAbove(draft, i, mark);
}

const blank = (draft: Draft, i: number) => draft.lines[i]?.kind === 'blank';
const startsNewPage = (text: string) => /^\s/.test(text) || /^[\p{Ll}]/u.test(text);

/** The footnote's lines from `i`: up to a blank line, a page line, or the first line of the next page. */
function extent(draft: Draft, i: number): number {
	let j = i;
	while (j + 1 < draft.lines.length) {
		const next = draft.lines[j + 1];
		if (next.kind !== 'text' || !next.text.trim() || /^\s/.test(next.text) || START.test(next.text)) break;
		if (/[.!?]["”’]?\s*$/.test(draft.lines[j].text) && /^\p{Ll}/u.test(next.text)) break;
		j++;
	}
	return j;
}

/** After the footnote comes the page's end: a page line (header, signature), the text's end, or the next page's first line. */
function endsPage(draft: Draft, j: number): boolean {
	const next = draft.lines[j + 1];
	if (next === undefined) return true;
	if (next.kind === 'text' && startsNewPage(next.text)) return true;
	let k = j + 1;
	while (blank(draft, k)) k++;
	const after = draft.lines[k];
	return after === undefined || (after.kind === 'removed' && after.pageBreak === true) || (after.kind === 'text' && START.test(after.text));
}

export const footnote: Rule = {
	name: 'footnote',
	description: "Footnotes at the foot of a printed page (marked like the * or number glued to a word above), so the interrupted sentence runs on; the author's own are recorded as author-note.",
	apply(draft) {
		if (!draft.wrapped) return draft;
		let d = draft;
		const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => a + k);
		for (let i = 1; i < d.lines.length; i++) {
			const l = d.lines[i];
			const mark = l.kind === 'text' ? START.exec(l.text)?.groups?.mark : undefined;
			if (!mark || !markedAbove(d, i, mark)) continue;
			const notes = [range(i, extent(d, i))];
			let last = notes[0][notes[0].length - 1];
			while (d.lines[last + 1]?.kind === 'text' && START.test(d.lines[last + 1].text)) {
				notes.push(range(last + 1, extent(d, last + 1)));
				last = extent(d, last + 1);
			}
			// Set off by a blank line; or, where OCR dropped the rule above the notes, a short block of notes opening with a capital.
			const setOff = blank(d, i - 1) || notes.every((n) => n.length <= MAX_UNSET_LINES && NOTE_OPENING.test(d.lines[n[0]].text));
			if (!setOff || !endsPage(d, last)) continue;
			for (const note of notes) d = removeLines(d, note, isAuthorNote(note.map((k) => d.lines[k].text).join(' ')) ? AUTHOR_NOTE : footnote.name, true);
			i = last;
		}
		return d;
	}
};
