// `#`-prefixed signature lines: the author's name, a date (`#January 1904`), or an empty `#`.
import { removeLines, type Rule } from '../draft';
import { isPersonName, letterKey, parseDateLine } from '../shapes';

export const signatureLine: Rule = {
	name: 'signature-line',
	description: 'Signature lines marked with "#": the signing name, the date of writing, or an empty "#" separator.',
	apply(draft) {
		const lines = draft.lines;
		const surname = letterKey(draft.entry.author.split(/\s+/).pop() ?? '');
		const hash = (i: number) => lines[i]?.kind === 'text' && /^\s*#/.test(lines[i].raw);
		const isDate = (i: number) => hash(i) && parseDateLine(lines[i].raw) !== null;
		const nearDate = (i: number) => [i - 2, i - 1, i + 1, i + 2].some(isDate);
		const hits = lines.flatMap((l, i) => {
			if (!hash(i)) return [];
			const body = l.raw.replace(/^\s*#+/, '').trim();
			if (body === '' || isDate(i)) return [i];
			const name = isPersonName(body);
			return name && (nearDate(i) || letterKey(body).endsWith(surname)) ? [i] : [];
		});
		return removeLines(draft, hits, signatureLine.name);
	}
};
