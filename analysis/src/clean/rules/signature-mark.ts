// Printer's signature marks at the foot of a sheet's pages (`3-1063`, `14—62`, `3*`, `12**`).
import { removeLines, type Rule } from '../draft';

// The job number's dash as OCR reads it: a hyphen, an en or an em dash (`3-1063`, `14—62`).
const MARK = /^\s*(?:\d{1,3}\*{1,2}|\d{1,3}[-–—]\d{2,5}\*{0,2}|\*\d{1,3})\s*$/;

export const signatureMark: Rule = {
	name: 'signature-mark',
	description: "Printer's signature marks: a sheet number with a star or a job number (3*, 3-1063) on a line of its own.",
	apply(draft) {
		const hits = draft.lines.flatMap((l, i) => (l.kind === 'text' && MARK.test(l.text) ? [i] : []));
		return removeLines(draft, hits, signatureMark.name, true);
	}
};
