// A subtitle line before the text saying where and when it was given (`Lecture given in Moscow on April 21, 1918`).
import { removeLines, type Rule } from '../draft';
import { frontLines } from '../front';
import { mentionsDate } from '../shapes';

export const subtitle: Rule = {
	name: 'subtitle',
	description: 'A subtitle line before the text giving the occasion, place or date.',
	apply(draft) {
		return removeLines(draft, frontLines(draft).filter((i) => mentionsDate(draft.lines[i].text)), subtitle.name);
	}
};
