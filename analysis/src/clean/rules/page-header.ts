// Running page headers: a short line of capitals with a page number before or after it (`34 V. I. LENIN`, `LESSONS OF THE MOSCOW UPRISING 173`).
import { removeLines, type Rule } from '../draft';
import { atPageEdge } from '../page';
import { isAllCaps } from '../shapes';

const HEADER = /^\s*(?:(?<pre>\d{1,4})\s+(?<a>[^\d\s].*?)|(?<b>.*?[^\d\s])\s+(?<post>\d{1,4}))\s*$/u;
const NOT_HEADER = /^(CHAPTER|PART|BOOK|SECTION|ARTICLE|LETTER|VOLUME|VOL\.|NO\.|CLAUSE|PARAGRAPH|§)\b/i;

export function isPageHeader(text: string): boolean {
	if (text.length > 90) return false;
	const g = HEADER.exec(text)?.groups;
	const caps = (g?.a ?? g?.b ?? '').trim();
	return caps.length > 0 && caps.length <= 70 && isAllCaps(caps) && !NOT_HEADER.test(caps) && !/[,;:]$/.test(caps);
}

export const pageHeader: Rule = {
	name: 'page-header',
	description: 'Running page headers: a short line of capitals (author or title) with the page number, at a page break.',
	apply(draft) {
		const hits = draft.lines.flatMap((l, i) => (l.kind === 'text' && isPageHeader(l.text) && atPageEdge(draft, i) ? [i] : []));
		return removeLines(draft, hits, pageHeader.name, true);
	}
};
