// A transcription's header block of `Key : value` lines (Source, Publisher, Transcription, Public Domain …) before the text.
import { removeLines, type Rule } from '../draft';
import { isProse } from '../shapes';

const FIELD = /^\s*\p{Lu}[\p{L}/&'’ -]{1,40}?\s*:\s+\S/u;
const isField = (text: string) => FIELD.test(text) && text.slice(0, text.indexOf(':')).trim().split(/\s+/).length <= 4;

export const headerBlock: Rule = {
	name: 'header-block',
	description: 'A block of "Key : value" lines before the text (source, publisher, transcription, licence).',
	apply(draft) {
		const lines = draft.lines;
		for (let i = 0; i < lines.length; i++) {
			const l = lines[i];
			if (l.kind !== 'text' || !l.text.trim()) continue;
			if (!isField(l.text)) {
				if (isProse(l.text)) return draft;
				continue;
			}
			let j = i;
			while (j + 1 < lines.length && lines[j + 1].kind === 'text' && isField(lines[j + 1].text)) j++;
			if (j === i) return draft;
			return removeLines(draft, Array.from({ length: j - i + 1 }, (_, k) => i + k), headerBlock.name);
		}
		return draft;
	}
};
