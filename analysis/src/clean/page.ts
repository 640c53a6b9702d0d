// Where a page break can be: a line at the edge of a page (next to a blank line, a removed page line, or the text's start or end).
import type { Draft } from './draft';

const quiet = (draft: Draft, i: number) => {
	const l = draft.lines[i];
	return l === undefined || l.kind === 'blank' || (l.kind === 'removed' && l.pageBreak === true);
};

/** True when the line at `i` has a blank, a page-break line or the text's edge just above or below it. */
export const atPageEdge = (draft: Draft, i: number): boolean => quiet(draft, i - 1) || quiet(draft, i + 1);
