// Text that enters from a person or an address and cannot be searched for — control characters such as NUL, which no
// word of a corpus has and no SQL string can hold — and values quoted in messages, shortened (a pasted page is named
// by its start, never echoed whole).
/** Control characters (NUL, escape, …) other than the tab and line ends that separate terms: no word of a corpus has one. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
/** How many characters of a value a message quotes: a pasted page is named by its start, never echoed whole. */
export const QUOTE_CHARS = 40;

/** A value as a message quotes it: at most QUOTE_CHARS characters, control characters shown as their code (U+0000). */
export function quoteValue(value: string, max = QUOTE_CHARS): string {
	const cut = value.length > max ? value.slice(0, max - 1) + '…' : value;
	return cut.replace(new RegExp(CONTROL.source, 'gu'), (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Why `text` cannot be searched for, as the start of a sentence naming the value and the character (callers say what follows), or null. */
export function controlProblem(text: string): string | null {
	const m = CONTROL.exec(text);
	if (!m) return null;
	const code = `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
	return `“${quoteValue(text)}” contains the control character ${code}${m[0] === '\u0000' ? ' (NUL)' : ''}, which no word or name of a corpus has`;
}

