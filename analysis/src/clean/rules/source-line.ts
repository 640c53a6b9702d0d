// The citation of where the text was first printed, at its end (`Proletary No. 2, / August 29, 1906 … Vol. 11, pp. 171-78`).
import { removeLines, type Rule } from '../draft';
import { isCitation } from '../shapes';
import { opensFootnote } from './footnote';

export const sourceLine: Rule = {
	name: 'source-line',
	description: 'Citation lines at the end of the text saying where it was published (paper, number, date, volume, pages).',
	apply(draft) {
		const found: number[] = [];
		for (let i = draft.lines.length - 1; i >= 0; i--) {
			const l = draft.lines[i];
			if (l.kind === 'blank' || l.kind === 'removed') continue;
			// A page-foot note that cites (`7 Compare the report of 1849.—Ed.`) is the footnote rule's.
			if (l.kind !== 'text' || !isCitation(l.text) || opensFootnote(draft, i)) break;
			found.push(i);
		}
		return removeLines(draft, found, sourceLine.name);
	}
};
