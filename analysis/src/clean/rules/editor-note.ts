// An editor's or translator's introduction: a note block (`#INTRODUCTION NOTE`) or a first paragraph that presents the text in the third person.
import { removeLines, type Rule } from '../draft';
import { noteBlocks } from '../note-block';
import { isProse } from '../shapes';

const HEADING = /^(introduction|introductory|editor['’]?s?|editorial|translator['’]?s?|prefatory)\s+(note|notes|introduction|preface|remarks)\b|^(editor['’]?s|translator['’]?s)\s+(note|introduction)\b/i;
/** "The following text is the translation of a presentation given …", "This speech was delivered …". */
const PRESENTS =
	/^(?:(?:The|What) follow(?:ing|s)\b.*\b(?:text|speech|article|lecture|presentation|translation|transcript|letter)\b|This (?:is (?:the|a) (?:translation|transcript|text)|(?:text|speech|article|lecture|presentation) (?:is|was) (?:the translation|translated|delivered|given|presented|first published))\b)/i;

export const editorNote: Rule = {
	name: 'editor-note',
	description: "An editor's or translator's introduction: a note block under its own heading, or an opening paragraph presenting the text.",
	apply(draft) {
		const blocks = noteBlocks(draft, HEADING);
		const first = draft.lines.findIndex((l, i) => !blocks.includes(i) && l.kind === 'text' && isProse(l.text) && !/^[“"«]/.test(l.text.trim()));
		const intro: number[] = [];
		if (first >= 0 && PRESENTS.test(draft.lines[first].text.trim())) {
			intro.push(first);
			for (let i = first + 1; draft.wrapped && draft.lines[i]?.kind === 'text'; i++) intro.push(i);
		}
		return removeLines(draft, [...blocks, ...intro], 'editor-note');
	}
};
