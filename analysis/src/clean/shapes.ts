// Shape tests shared by the rules: what a date, a heading, a name, a citation or a line of prose looks like.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
export const MONTH_NAME = new RegExp(`\\b${MONTH}(?![\\p{L}])`, 'iu');

const DATE_FORMS: RegExp[] = [
	new RegExp(`^(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m>${MONTH})\\s*,?\\s+(?<y>\\d{4})$`, 'iu'),
	new RegExp(`^(?<m>${MONTH})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(?<y>\\d{4})$`, 'iu'),
	new RegExp(`^(?<m>${MONTH})\\s*,?\\s+(?<y>\\d{4})$`, 'iu'),
	/^(?<y>\d{4})-(?<mm>\d{2})(?:-(?<d>\d{2}))?$/,
	/^(?<y>1[5-9]\d\d|20\d\d)$/
];

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO (possibly partial) date a line consists of (`January 1904` → `1904-01`), or null if it is not just a date. */
export function parseDateLine(text: string): string | null {
	const t = text.replace(/^[#\s]+|[\s.]+$/g, '');
	for (const form of DATE_FORMS) {
		const g = form.exec(t)?.groups;
		if (!g) continue;
		const month = g.mm ? Number(g.mm) : g.m ? MONTHS.findIndex((m) => m.startsWith(g.m.toLowerCase().replace('.', '').slice(0, 3))) + 1 : 0;
		if (!month) return g.y;
		const day = g.d ? Number(g.d) : 0;
		if (day > 31) return null;
		return day ? `${g.y}-${pad(month)}-${pad(day)}` : `${g.y}-${pad(month)}`;
	}
	return null;
}

/** Does the line mention a date or a year (`April 21, 1918`, `1954`)? */
export const mentionsDate = (text: string): boolean => /\b(1[5-9]\d\d|20\d\d)\b/.test(text) || MONTH_NAME.test(text) && /\d/.test(text);

const LETTER = /\p{L}/u;

/** Words with at least one letter. */
export const letterWords = (text: string): string[] => text.split(/\s+/).filter((w) => /\p{L}/u.test(w));

/** Ends a sentence: . ! ? : ; … possibly followed by closing quotes or brackets. */
export const endsSentence = (text: string): boolean => /[.!?:;…]["'”’»)\]]*\s*$/u.test(text);

/** Letters all capitals (at least three letters): `V. I. LENIN`, `LESSONS OF THE MOSCOW UPRISING`. */
export const isAllCaps = (text: string): boolean => {
	// Letter by letter, stopping at the first lowercase one: a line of prose costs a few characters, however long it is.
	let letters = 0;
	let cased = false;
	for (const ch of text) {
		if (!LETTER.test(ch)) continue;
		if (ch.toUpperCase() !== ch) return false;
		if (!cased && ch.toLowerCase() !== ch) cased = true;
		letters += ch.length;
	}
	return letters >= 3 && cased;
};

const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'to', 'for', 'at', 'by', 'with', 'from', 'as', 'de', 'la', 'le', 'von', 'van']);

/** A short line whose words are capitalised (small words aside): looks like a heading or a name, not prose. */
export const isTitleCase = (text: string): boolean => {
	const words = letterWords(text).map((w) => w.replace(/^[^\p{L}]+/u, ''));
	if (words.length === 0 || words.length > 12) return false;
	const content = words.filter((w) => !SMALL.has(w.toLowerCase()));
	const caps = content.filter((w) => /^\p{Lu}/u.test(w));
	return content.length > 0 && caps.length / content.length >= 0.6 && /^\p{Lu}/u.test(words[0]);
};

/** Words that settle it: twelve words with a letter are prose whatever their case. */
const PROSE_WORDS = 12;

/**
 * A line of running prose rather than a heading, name, date or masthead item. Reads the line's words only up to the
 * twelfth, which settles it: a line of 200,000 characters (a whole address on one line) costs about what a short one does.
 */
export function isProse(text: string): boolean {
	const t = text.trim();
	let words = 0;
	let lower = 0;
	const word = /\S+/g;
	for (let m = word.exec(t); m && words < PROSE_WORDS; m = word.exec(t)) {
		if (!LETTER.test(m[0])) continue;
		words++;
		if (/^[^\p{L}]*\p{Ll}/u.test(m[0])) lower++;
	}
	if (words === 0 || isAllCaps(t)) return false;
	if (words >= PROSE_WORDS) return true;
	if (endsSentence(t) && words >= 2 && lower >= 1) return true;
	return words >= 8 && lower / words >= 0.5;
}

/** A line of page markup only: `<html><body>`, `<div class="entry">`, `</p>`. */
export const isMarkupOnly = (text: string): boolean => /^\s*(?:<\/?[a-z!][^<>]*>\s*)+$/i.test(text);

/** A bare site name: `marxists.org`, `www.wsws.org`, `https://spark.org/`. */
const SITE = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}\/?$/iu;

/**
 * A masthead item's shape: a site name, or a short title-like line (a few words, the words that matter capitalised, no
 * sentence end): `the Voice of`, `The Communist League of Revolutionary Workers–Internationalist`. Markup around it is
 * ignored. A line of prose, however short (`The workers met at dawn`), is not one.
 */
export function isMastheadLine(text: string): boolean {
	const t = text.replace(/<[^<>]*>/g, ' ').trim();
	if (!t || t.length > 100) return false;
	if (SITE.test(t)) return true;
	if (/[.!?;,…]["'”’»)\]]*$/u.test(t)) return false;
	const words = letterWords(t).map((w) => w.replace(/^[^\p{L}]+/u, ''));
	if (words.length === 0 || words.length > 10) return false;
	if (isAllCaps(t)) return true;
	const content = words.filter((w) => !SMALL.has(w.toLowerCase()));
	return content.length > 0 && content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length >= 0.6;
}

/** `Nikolaj Lenin`, `N. Lenin`, `J. V. Stalin`: two to five capitalised names or initials. */
export function isPersonName(text: string): boolean {
	const tokens = text.replace(/^[#\s]+|[\s,]+$/g, '').split(/\s+/).filter(Boolean);
	if (tokens.length < 2 || tokens.length > 5) return false;
	return tokens.every((t) => /^(\p{Lu}\.)+$/u.test(t) || /^\p{Lu}[\p{Ll}'’-]+$/u.test(t)) && tokens.some((t) => /\p{Ll}/u.test(t));
}

/** Only letters, lowercased: for comparing a line with the manifest's title or author. */
export const letterKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}]/gu, '');

/** A publication citation: `Proletary No. 2,` `Vol. 11, pp. 171-78`, `Rabochy i Soldat, No. 14, August 8, 1917`. */
export function isCitation(text: string): boolean {
	const t = text.trim();
	if (t.length === 0 || t.length > 90 || letterWords(t).length > 12 || !/\d/.test(t) || /[!?]["”’]?$/.test(t)) return false;
	const marker = /\b(No|Nos|Vol|Vols|pp?|ed|Ed|Works|Collected|Issue|Source)\b\.?/.test(t);
	if (/\.$/.test(t) && !marker) return false;
	return marker || /\b(1[5-9]\d\d|20\d\d)\b/.test(t);
}

/** A line that only sets out a bullet-list item, e.g. `  • Factory groups.` */
export const BULLET = /^\s*[•●▪◦‣·∙–-]\s+(?=\S)/u;
/** A numbered list item the author wrote: `1) To tear …`, `(2) …`, `a) …`. */
export const NUMBERED = /^\s*(?:\(?\d{1,2}\)|\(?[a-z]\))\s+(?=\S)/u;

/** A note's number or mark as it opens the note: `1. ↑`, `[2]`, `3)`, `4 ↑`, `* `, `† `. */
const NOTE_LABEL = /^\s*(?:\[\d{1,3}\]|\^?\d{1,3}[.)]|\d{1,3}\s*[↑^]|\d{1,3}(?=\s)|\*{1,3}|[†‡§¶]{1,2})\s*(?:[↑^]\s*)?/u;

/**
 * The number a note opens with (`  6. Editor's Note: …` → 6, `[2] …`, `3 ↑ …`), or null for a star or dagger note or a note's
 * continuation. `bare` also takes a plain number, as page-foot footnotes are printed (`8 See …`).
 */
export function noteNumber(text: string, bare = false): number | null {
	const m = /^\s*(?:\[(\d{1,3})\]|\^?(\d{1,3})[.)](?=\s)|(\d{1,3})\s*[↑^])/u.exec(text) ?? (bare ? /^\s*(\d{1,3})\s/u.exec(text) : null);
	const n = m?.slice(1).find((g) => g !== undefined);
	return n === undefined ? null : Number(n);
}

/**
 * A note the author wrote, not the editor: labelled so at its start (`1. Author's Note: …`, `* Note by the author: …`,
 * `(Author's note.)`) or signed so at its end (`…—Author.`, `— Author's note`).
 */
export function isAuthorNote(text: string): boolean {
	const body = text.replace(NOTE_LABEL, '').trim();
	if (/^\(?(?:the\s+)?author['’]s\s+(?:foot)?note\b|^\(?note\s+(?:by|of)\s+the\s+author\b/i.test(body)) return true;
	return /[—–-]\s*(?:the\s+)?author(?:['’]s\s+note)?\.?\)?\s*$/i.test(body);
}
