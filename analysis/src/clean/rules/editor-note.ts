// An editor's or translator's introduction: a note block (`#INTRODUCTION NOTE`), a first paragraph that presents the text in the third
// person, or a `#` line that names the author in the third person (`#To the St. Petersburg Committee … (from Lenin):`).
import { removeLines, type Draft, type Rule } from '../draft';
import { noteBlocks } from '../note-block';
import { isProse, letterKey } from '../shapes';

const HEADING = /^(introduction|introductory|editor['’]?s?|editorial|translator['’]?s?|prefatory)\s+(note|notes|introduction|preface|remarks)\b|^(editor['’]?s|translator['’]?s)\s+(note|introduction)\b/i;
/** "The following text is the translation of a presentation given …", "This speech was delivered …". */
const PRESENTS =
	/^(?:(?:The|What) follow(?:ing|s)\b.*\b(?:text|speech|article|lecture|presentation|translation|transcript|letter)\b|This (?:is (?:the|a) (?:translation|transcript|text)|(?:text|speech|article|lecture|presentation) (?:is|was) (?:the translation|translated|delivered|given|presented|first published))\b)/i;

/** `(from Lenin):`, `(by the author)` at the end of a line: the line names the author in the third person. */
const ATTRIBUTED = /\((?:from|by)\s+(?<who>[^()]{2,60})\)\s*[:.]?\s*$/iu;

/** `#` lines (markup, not prose) that speak of the author in the third person: an editor's addressee or attribution line. */
function attributionLines(draft: Draft): number[] {
	const author = letterKey(draft.entry.author);
	const surname = letterKey(draft.entry.author.split(/\s+/).pop() ?? '');
	return draft.lines.flatMap((l, i) => {
		if (l.kind !== 'text' || !/^\s*#+\s*\S/.test(l.raw)) return [];
		const who = ATTRIBUTED.exec(l.raw)?.groups?.who ?? '';
		const key = letterKey(who);
		const named = key.length > 0 && ((surname.length >= 3 && key.endsWith(surname)) || key === author || /^the\s+author\b/i.test(who.trim()));
		return named ? [i] : [];
	});
}

export const editorNote: Rule = {
	name: 'editor-note',
	description: "An editor's or translator's introduction: a note block under its own heading, an opening paragraph presenting the text, or a # line naming the author in the third person (`… (from Lenin):`).",
	apply(draft) {
		const blocks = noteBlocks(draft, HEADING);
		const first = draft.lines.findIndex((l, i) => !blocks.includes(i) && l.kind === 'text' && isProse(l.text) && !/^[“"«]/.test(l.text.trim()));
		const intro: number[] = [];
		if (first >= 0 && PRESENTS.test(draft.lines[first].text.trim())) {
			intro.push(first);
			for (let i = first + 1; draft.wrapped && draft.lines[i]?.kind === 'text'; i++) intro.push(i);
		}
		return removeLines(draft, [...blocks, ...intro, ...attributionLines(draft)], editorNote.name);
	}
};
