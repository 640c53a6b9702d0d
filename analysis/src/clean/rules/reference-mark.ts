// Wiki-style reference marks glued into the text: `parties.[2]`, `revolution[4]`, `[citation needed]`.
import { cutInline, type Rule } from '../draft';

const MARK = /\[(?:\d{1,3}|[a-z]|note \d{1,3}|nb \d{1,3}|citation needed)\]/giu;

export const referenceMark: Rule = {
	name: 'reference-mark',
	description: 'Bracketed reference marks such as [3] that point to notes.',
	apply(draft) {
		return cutInline(draft, referenceMark.name, (text) => {
			const pieces = text.match(MARK) ?? [];
			return { text: pieces.length ? text.replace(MARK, '') : text, pieces };
		});
	}
};
