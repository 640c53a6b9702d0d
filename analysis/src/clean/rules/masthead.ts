// A website's masthead: the short lines above the title, or before the text when there is no title line (`the Voice of`).
import { removeLines, type Rule } from '../draft';
import { frontLines } from '../front';

export const masthead: Rule = {
	name: 'masthead',
	description: "A website's masthead: short lines before the text (above the title, if there is one).",
	apply(draft) {
		const titled = draft.removed.filter((r) => r.rule === 'title').map((r) => r.line);
		const top = titled.length ? Math.min(...titled) : Infinity;
		return removeLines(draft, frontLines(draft).filter((i) => draft.lines[i].line < top), masthead.name);
	}
};
