// Endnotes and numbered notes after the text (`1. ↑ …`, `1. Author's Note: …`), with their continuation lines, to the end.
import { removeLines, type Draft, type Rule } from '../draft';
import { isAuthorNote, isCitation } from '../shapes';

const FIRST_NOTE = /^\s*(?:\[1\]|\^?1[.)]|1\s*[↑^])\s*(?<rest>\S.*)$/u;
const LABELLED = /^(?:[↑^]|(?:\p{L}+['’]s\s+)?(?:Note|N\.B\.)\s*:)/u;
/** Any numbered note, so each note is recorded as its own span. */
const NOTE = /^\s*(?:\[\d{1,3}\]|\^?\d{1,3}[.)]|\d{1,3}\s*[↑^])\s+\S/u;
const NOTES_HEADING = /^#*\s*(notes?|endnotes|footnotes|references|editor['’]s notes?)\s*:?\s*$/i;

/** A reference to note 1 in the text: `Conference1`, `parties.1`, `[1]`, `¹`. */
const MARK_ONE = /(?:[\p{L}\p{P}]1|\[1\]|¹)(?![\d\p{L}])/u;

/** Unmarked notes must be referred to in the text above and must not be most of the document. */
function plausible(draft: Draft, i: number): boolean {
	const size = (from: number, to: number) => draft.lines.slice(from, to).reduce((n, l) => n + (l.kind === 'removed' ? 0 : l.text.length), 0);
	return draft.lines.slice(0, i).some((l) => l.kind !== 'removed' && MARK_ONE.test(l.text)) && size(i, draft.lines.length) < size(0, i);
}

/** Where the notes start: a first note marked as a note (↑, "X's Note:"), or set apart after the text (two blank lines, a notes heading, a citation line). */
function notesStart(draft: Draft): number {
	const lines = draft.lines;
	for (let i = 0; i < lines.length; i++) {
		if (lines[i].kind !== 'text') continue;
		const m = FIRST_NOTE.exec(lines[i].text);
		if (!m?.groups) continue;
		if (LABELLED.test(m.groups.rest)) return i;
		if (!plausible(draft, i)) continue;
		let j = i - 1;
		let blanks = 0;
		while (j >= 0 && (lines[j].kind === 'blank' || lines[j].kind === 'removed')) blanks += lines[j--].kind === 'blank' ? 1 : 0;
		const before = j >= 0 ? lines[j].text.trim() : '';
		if (blanks >= 2 || NOTES_HEADING.test(before)) return NOTES_HEADING.test(before) ? j : i;
		if (blanks >= 1 && isCitation(before)) return i;
	}
	return -1;
}

/** The rule name under which the author's own notes are recorded (still out of the running text, but not editorial). */
export const AUTHOR_NOTE = 'author-note';
const AUTHOR_NOTE_RULE = {
	name: AUTHOR_NOTE,
	description: "The author's own notes (endnotes or page-foot footnotes labelled \"Author's Note\" or signed \"—Author\"): not running text, but not editorial either."
};

export const notes: Rule = {
	name: 'notes',
	description: "Numbered endnotes after the text (editor's or wiki notes), from the first note to the end; the author's own notes are recorded as author-note.",
	records: [AUTHOR_NOTE_RULE],
	apply(draft) {
		const start = notesStart(draft);
		if (start < 0) return draft;
		const tail = draft.lines.map((_, i) => i).filter((i) => i >= start && draft.lines[i].kind !== 'removed');
		const found: number[][] = [];
		for (const i of tail) {
			if (found.length === 0 || NOTE.test(draft.lines[i].text)) found.push([]);
			found[found.length - 1].push(i);
		}
		return found.reduce((d, note) => removeLines(d, note, isAuthorNote(note.map((i) => draft.lines[i].text).join(' ')) ? AUTHOR_NOTE : notes.name), draft);
	}
};
