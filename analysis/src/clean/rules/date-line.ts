// A line that is only a date, before the text (`Oct 20, 2017`, `August 8, 1917`).
import { removeLines, type Rule } from '../draft';
import { frontLines } from '../front';
import { parseDateLine } from '../shapes';

export const dateLine: Rule = {
	name: 'date-line',
	description: 'A line holding only a date, before the text.',
	apply(draft) {
		return removeLines(draft, frontLines(draft).filter((i) => parseDateLine(draft.lines[i].text) !== null), dateLine.name);
	}
};
