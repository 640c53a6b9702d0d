// The author's name on a line of its own before the text (`J. V. Stalin`, `By Leon Trotsky`).
import { removeLines, type Rule } from '../draft';
import { frontLines } from '../front';
import { letterKey } from '../shapes';

export const byline: Rule = {
	name: 'byline',
	description: "The author's name on its own line before the text.",
	apply(draft) {
		const author = letterKey(draft.entry.author);
		const hits = frontLines(draft).filter((i) => author.length > 0 && letterKey(draft.lines[i].text.replace(/^\s*by\s+/i, '')) === author);
		return removeLines(draft, hits, byline.name);
	}
};
