// The document's own title at the top (it is in the manifest already): removed, so only the running text is counted.
import { removeLines, type Draft, type Rule } from '../draft';
import { frontLines } from '../front';
import { isAllCaps, isTitleCase, letterKey } from '../shapes';

/** Front lines that make up the title: lines matching the manifest's title, else a capitals or title-case first line. */
export function titleLines(draft: Draft): number[] {
	const front = frontLines(draft);
	const title = letterKey(draft.entry.title);
	const matches = (i: number) => {
		const k = letterKey(draft.lines[i].text);
		return k.length >= 6 && (title.includes(k) || k.includes(title));
	};
	const found = front.filter(matches);
	if (found.length) return found;
	const first = draft.lines.findIndex((l) => l.kind !== 'blank');
	const t = draft.lines[first]?.text ?? '';
	const dangling = /\b(of|the|a|an|and|or|to|for|in|on|by|with)\s*$/i.test(t);
	return front[0] === first && !dangling && (isAllCaps(t) || isTitleCase(t)) ? [first] : [];
}

export const title: Rule = {
	name: 'title',
	description: "The document's title line(s) at the top (already in the manifest), not counted as running text.",
	apply(draft) {
		return removeLines(draft, titleLines(draft), 'title');
	}
};
