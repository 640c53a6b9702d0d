// Running page headers: a short line of capitals with a page number before or after it (`34 V. I. LENIN`, `LESSONS OF
// THE MOSCOW UPRISING 173`), or on a line of its own next to the page number's line (`— 12 —` ⏎ `THE COLLECTED WORKS`)
// when it repeats at the document's page breaks or names its author or title.
import { removeLines, type Draft, type Rule } from '../draft';
import { atPageEdge } from '../page';
import { isAllCaps, letterKey } from '../shapes';
import { isPageNumber } from './page-number';

const HEADER = /^\s*(?:(?<pre>\d{1,4})\s+(?<a>[^\d\s].*?)|(?<b>.*?[^\d\s])\s+(?<post>\d{1,4}))\s*$/u;
const NOT_HEADER = /^(CHAPTER|PART|BOOK|SECTION|ARTICLE|LETTER|VOLUME|VOL\.|NO\.|CLAUSE|PARAGRAPH|§)\b/i;

/** A running head's words: a short line of capitals, not a chapter's or part's heading, not a clause running on. */
const isHeadWords = (caps: string): boolean => caps.length > 0 && caps.length <= 70 && isAllCaps(caps) && !NOT_HEADER.test(caps) && !/[,;:]$/.test(caps);

export function isPageHeader(text: string): boolean {
	if (text.length > 90) return false;
	const g = HEADER.exec(text)?.groups;
	return isHeadWords((g?.a ?? g?.b ?? '').trim());
}

/** The running head's line without a number, as it repeats (spaces evened out), or null when it has a digit. */
const headWithoutNumber = (text: string): string | null => {
	const t = text.trim().replace(/\s+/g, ' ');
	return /\d/.test(t) || !isHeadWords(t) ? null : t;
};

/**
 * Whether a page number's line at a page break is next to line `i`, a blank line between them at most (a number an
 * earlier rule took out with the block it ended, such as an editor's note, counts).
 */
function besideNumber(draft: Draft, i: number): boolean {
	for (const step of [-1, 1])
		for (let j = i + step, gap = 0; gap <= 1 && j >= 0 && j < draft.lines.length; j += step) {
			const l = draft.lines[j];
			if (l.kind === 'text' || l.kind === 'removed') {
				if (isPageNumber(l.text) && (l.kind === 'removed' || atPageEdge(draft, j))) return true;
				break;
			}
			if (l.kind !== 'blank') break;
			gap++;
		}
	return false;
}

/**
 * Lines of capitals alone beside a page number: running heads when the same line stands so at two page breaks or more
 * (a heading that opens a page is there once), or when it is the author's name or the title (a short text's one page
 * break: `J. Q. WRITER`).
 */
function repeatedHeads(draft: Draft): number[] {
	const names = new Set([letterKey(draft.entry.author), letterKey(draft.entry.title)]);
	const at = new Map<string, number[]>();
	draft.lines.forEach((l, i) => {
		const head = l.kind === 'text' ? headWithoutNumber(l.text) : null;
		if (head !== null && besideNumber(draft, i)) at.set(head, [...(at.get(head) ?? []), i]);
	});
	return [...at].filter(([head, lines]) => lines.length >= 2 || names.has(letterKey(head))).flatMap(([, lines]) => lines);
}

export const pageHeader: Rule = {
	name: 'page-header',
	description:
		'Running page headers: a short line of capitals (author or title) with the page number, at a page break; or alone beside the page number, repeated at two page breaks or more, or naming the author or the title.',
	apply(draft) {
		const hits = draft.lines.flatMap((l, i) => (l.kind === 'text' && isPageHeader(l.text) && atPageEdge(draft, i) ? [i] : []));
		return removeLines(draft, [...hits, ...repeatedHeads(draft)], pageHeader.name, true);
	}
};
