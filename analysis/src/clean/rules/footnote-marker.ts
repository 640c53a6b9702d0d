// Footnote markers glued to words: `uprising.8`, `Squads9`, `conclusions,13`, `occasion*`, `{on December 91)`.
import { cutInline, type Rule } from '../draft';
import { MONTH_NAME } from '../shapes';

const CLOSE = `[»”’"')\\]]`;
/** A candidate marker: digits, stars, daggers or superscripts not inside a longer run of them. */
const CANDIDATE = /(?<![\d*†‡¹²³⁴⁵⁶⁷⁸⁹⁰])(?:\d{1,2}|\*{1,3}|[†‡]{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?![\d*†‡¹²³⁴⁵⁶⁷⁸⁹⁰])/gu;
/** What must come before a number marker: a word (`Squads9`, `Vorwärts7`) or a word and its punctuation (`uprising.8`, `document».1`). */
const BEFORE_NUMBER = [/\p{Ll}{2}$/u, new RegExp(`\\p{L}{2}(?:${CLOSE}*[.,;:!?]${CLOSE}*|${CLOSE}+)$`, 'u')];
/** The word before a number that really belongs to it: `Vol.15`, `No.2`, `pp.171`. */
const ABBREVIATION = /\b(?:No|Nos|Vol|Vols|pp?|Art|Ch|Chap|Sec|Fig|Nr|Para|Pt)[.,]?$/i;
/** A day of the month with a marker glued on: `December 91)` is December 9, note 1. */
const DAY = new RegExp(`(?<!\\d)\\d{2,3}(?!\\d)(?<=${MONTH_NAME.source}\\s+\\d{2,3})`, 'giu');

function isMarker(mark: string, before: string, after: string): boolean {
	if (/^\d/.test(mark)) return !/^\p{L}/u.test(after) && BEFORE_NUMBER.some((re) => re.test(before)) && !ABBREVIATION.test(before);
	return /[\p{L}\p{P}]$/u.test(before) && /^([\s\p{P}]|$)/u.test(after);
}

function strip(text: string): { text: string; pieces: string[] } {
	if (!/[\d*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(text)) return { text, pieces: [] };
	const pieces: string[] = [];
	let out = text.replace(CANDIDATE, (mark: string, offset: number, whole: string) => {
		if (!isMarker(mark, whole.slice(Math.max(0, offset - 12), offset), whole.slice(offset + mark.length, offset + mark.length + 1))) return mark;
		pieces.push(mark);
		return '';
	});
	out = out.replace(DAY, (num: string) => {
		if (Number(num) <= 31) return num;
		const day = num.length === 3 && Number(num.slice(0, 2)) <= 31 ? num.slice(0, 2) : num.slice(0, 1);
		pieces.push(num.slice(day.length));
		return day;
	});
	return { text: out, pieces };
}

export const footnoteMarker: Rule = {
	name: 'footnote-marker',
	description: 'Footnote markers glued to words: digits, stars, daggers or superscripts after a word or its punctuation.',
	apply(draft) {
		return cutInline(draft, 'footnote-marker', strip);
	}
};

export { strip as stripFootnoteMarkers };
