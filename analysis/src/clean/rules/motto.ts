// A publisher's motto: a `#` line repeated between the parts, or a quotation with a dash attribution before the text.
import { removeLines, type Rule } from '../draft';
import { isProse, letterWords } from '../shapes';

const QUOTED = /^\s*[“"«].*[”"»]\s*$/u;
const ATTRIBUTION = /^\s*[—–-]{1,2}\s*\p{Lu}/u;

export const motto: Rule = {
	name: 'motto',
	description: 'A motto or slogan: a "#" line repeated between the parts, or a quotation with a "— Name" attribution before the text.',
	apply(draft) {
		const lines = draft.lines;
		const key = (raw: string) => raw.replace(/^\s*#+\s*/, '').trim();
		const hashLines = lines.flatMap((l, i) => (l.kind === 'text' && /^\s*#\s*\S/.test(l.raw) && letterWords(l.raw).length <= 15 ? [i] : []));
		const repeated = hashLines.filter((i) => hashLines.filter((j) => key(lines[j].raw) === key(lines[i].raw)).length >= 2);
		const quoted: number[] = [];
		for (let i = 0; i < lines.length; i++) {
			const l = lines[i];
			if (l.kind !== 'text' || !l.text.trim()) continue;
			const next = lines[i + 1];
			if (QUOTED.test(l.text) && next?.kind === 'text' && ATTRIBUTION.test(next.text) && letterWords(next.text).length <= 6) {
				quoted.push(i, i + 1);
				i++;
				continue;
			}
			if (isProse(l.text)) break;
		}
		return removeLines(draft, [...repeated, ...quoted], motto.name);
	}
};
