// A page number alone on its line at a page break (`173`, `- 12 -`, `[34]`).
import { removeLines, type Rule } from '../draft';
import { atPageEdge } from '../page';

const NUMBER = /^\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|\[\d{1,4}\]|\d{1,4})\s*$/i;

/** A line that is only a page number's shape (where it stands is for the caller to weigh). */
export const isPageNumber = (text: string): boolean => NUMBER.test(text);

export const pageNumber: Rule = {
	name: 'page-number',
	description: 'A page number on a line of its own at a page break.',
	apply(draft) {
		const hits = draft.lines.flatMap((l, i) => (l.kind === 'text' && isPageNumber(l.text) && atPageEdge(draft, i) ? [i] : []));
		return removeLines(draft, hits, pageNumber.name, true);
	}
};
