// Footnote markers glued to words: `uprising.8`, `Squads9`, `conclusions,13`, `occasion*`, `1903.6`; and `December 91)`, whose `1` is an OCR'd `!`.
import type { Draft, Rule } from '../draft';
import type { RemovedSpan } from '../../types';
import { MONTH_NAME, noteNumber } from '../shapes';
import { AUTHOR_NOTE, notes } from './notes';
import { footnote } from './footnote';

const CLOSE = `[»”’"')\\]]`;
/** A candidate marker: digits, stars, daggers or superscripts not inside a longer run of them. */
const CANDIDATE = /(?<![\d*†‡¹²³⁴⁵⁶⁷⁸⁹⁰])(?:\d{1,2}|\*{1,3}|[†‡]{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?![\d*†‡¹²³⁴⁵⁶⁷⁸⁹⁰])/gu;
/** What must come before a number marker: a word (`Squads9`, `Vorwärts7`) or a word and its punctuation (`uprising.8`, `document».1`). */
const BEFORE_NUMBER = [/\p{Ll}{2}$/u, new RegExp(`\\p{L}{2}(?:${CLOSE}*[.,;:!?]${CLOSE}*|${CLOSE}+)$`, 'u')];
/** The word before a number that really belongs to it: `Vol.15`, `No.2`, `pp.171`. */
const ABBREVIATION = /\b(?:No|Nos|Vol|Vols|pp?|Art|Ch|Chap|Sec|Fig|Nr|Para|Pt)[.,]?$/i;
/** A day of the month with a digit glued on: `December 91)` is December 9 and a note 1 — or December 9 and an OCR'd `!`. */
const DAY = new RegExp(`(?<!\\d)\\d{2,3}(?!\\d)(?<=${MONTH_NAME.source}\\s+\\d{2,3})`, 'giu');
/**
 * What must follow a day with a digit glued on for the digit to be a marker: a closing bracket or a stop that ends the clause,
 * or the line's end. A number that runs on is the author's (`December 101,165 officers`, `November 584 national banks`,
 * `August 289,570`): a count after a month, which the rule cannot tell from a marker, so it is left alone.
 */
const endsAsMarker = (after: string) => /^(?:[)\]»”’"']|[.,;:!?](?!\d)|\s*$)/u.test(after);
/** A reference mark `[3]` (cut later by reference-mark): its number is part of the document's marker sequence. */
const REFERENCE = /\[(\d{1,3})\]/g;

export const OCR_EXCLAMATION = 'ocr-exclamation';
const OCR_EXCLAMATION_RULE = {
	name: OCR_EXCLAMATION,
	description:
		'A "1" glued to a day of the month before ")" (`December 91)`) that does not fit the document\'s footnote numbering: OCR for "!", restored (`December 9!)`).'
};

/** A web or e-mail address, or a file name: `www.example.50.com`, `https://…/page2`, `j.smith2@post.org`, `report3.pdf`. */
const ADDRESS = /^[("'“‘«[]*(?:[a-z][a-z+.-]*:\/\/|www\.)|@|\/\S|\.(?:com|org|net|edu|gov|int|mil|info|io|html?|pdf|txt)\b/iu;

/**
 * Whether the candidate at `at` is inside a word that is not prose: an address (URL, e-mail), or a number that runs on
 * with a separator and a letter or digit (`3.5`, `4.2.1`, `1,000`, `50.com`). Such a candidate is never a marker.
 */
function insideAddress(text: string, at: number, length: number): boolean {
	if (/^[.,:/@_-][\p{L}\p{N}]/u.test(text.slice(at + length, at + length + 2))) return true;
	let start = at;
	while (start > 0 && !/\s/u.test(text[start - 1])) start--;
	let end = at + length;
	while (end < text.length && !/\s/u.test(text[end])) end++;
	return ADDRESS.test(text.slice(start, end));
}

function isMarker(mark: string, before: string, after: string): boolean {
	if (/^\d/.test(mark)) return !/^\p{L}/u.test(after) && BEFORE_NUMBER.some((re) => re.test(before)) && !ABBREVIATION.test(before);
	return /[\p{L}\p{P}]$/u.test(before) && /^([\s\p{P}]|$)/u.test(after);
}

/** The sure markers of one line: cut, with the column (in the cut text) and number of each numeric one. */
function sureMarkers(text: string): { text: string; pieces: string[]; marks: { col: number; n: number }[] } {
	if (!/[\d*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(text)) return { text, pieces: [], marks: [] };
	const pieces: string[] = [];
	const marks: { col: number; n: number }[] = [];
	let out = '';
	let last = 0;
	for (const m of text.matchAll(CANDIDATE)) {
		const mark = m[0];
		const at = m.index;
		if (!isMarker(mark, text.slice(Math.max(0, at - 12), at), text.slice(at + mark.length, at + mark.length + 1)) || insideAddress(text, at, mark.length)) continue;
		out += text.slice(last, at);
		last = at + mark.length;
		pieces.push(mark);
		if (/^\d+$/.test(mark)) marks.push({ col: out.length, n: Number(mark) });
	}
	return { text: out + text.slice(last), pieces, marks };
}

interface Position {
	/** Index into the lines given to `stripLines`. */
	line: number;
	col: number;
}
interface Found extends Position {
	n: number;
}
interface Edit extends Position {
	/** Characters replaced. */
	length: number;
	replacement: string;
	rule: string;
	piece: string;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.col < b.col);
const byPosition = (a: Position, b: Position) => (before(a, b) ? -1 : before(b, a) ? 1 : 0);
/** Markers numbered one after another in reading order (a numbering that restarts, page by page or chapter by chapter, is not). */
const increasing = (found: readonly Found[]) => found.every((f, k) => k === 0 || f.n > found[k - 1].n);

/** A marker `n` that the sure pass could not take: after a number and its full stop (`1903.6`), or after a word. */
const loose = (n: number) =>
	new RegExp(`(?<=(?<word>\\p{L}{2})${CLOSE}*[.,;:!?]?${CLOSE}*|(?<num>\\p{N})${CLOSE}*[.,;:!?]${CLOSE}*)${n}(?![\\p{N}\\p{L}])(?=${CLOSE}*(?:[\\s.,;:!?]|$))`, 'gu');

export interface MarkerContext {
	/** Numbers of the document's notes (endnotes, numbered page-foot footnotes), if it has any. */
	notes: readonly number[];
	/** Numbers of markers already taken out with a line above the text (a title `Conference1`). */
	before: readonly number[];
	/** Numbered footnotes taken from the foot of a page, with the index of their first line: each has its marker above it. */
	pageNotes?: readonly { n: number; index: number }[];
}

/** How far above its footnote (in lines) a marker may stand: about a printed page. */
const PAGE = 70;

/**
 * Footnote markers of a run of lines (null for a blank or removed line). Sure markers go first; then the document's numbering
 * (its notes, or else the run of markers found) decides the doubtful ones: a day of the month with a digit glued on
 * (`December 91)`) is a marker if the number fits the sequence where it stands, else — a `1` before `)` — an OCR'd `!`; and a
 * number missing from the sequence is looked for between its neighbours in looser shapes (`1903.6`), taken only if found once.
 */
export function stripLines(lines: readonly (string | null)[], context: MarkerContext = { notes: [], before: [] }): { lines: (string | null)[]; removed: { index: number; rule: string; text: string }[] } {
	const sure = lines.map((t) => (t === null ? null : sureMarkers(t)));
	const texts = sure.map((s) => s?.text ?? null);
	const found: Found[] = context.before.map((n) => ({ line: -1, col: 0, n }));
	sure.forEach((s, line) => s?.marks.forEach((m) => found.push({ line, col: m.col, n: m.n })));
	texts.forEach((t, line) => {
		if (t?.includes('[')) for (const m of t.matchAll(REFERENCE)) found.push({ line, col: m.index, n: Number(m[1]) });
	});
	found.sort(byPosition);
	const notes = new Set(context.notes);
	const sequence = increasing(found);
	const fits = (n: number, at: Position) => {
		if (notes.size && !notes.has(n)) return false;
		if (!sequence) return true;
		const prev = found.filter((f) => before(f, at)).at(-1);
		const next = found.find((f) => before(at, f));
		return (!prev || n > prev.n) && (!next || n < next.n);
	};

	const edits: Edit[] = [];
	texts.forEach((t, line) => {
		if (!t || !/\d\d/.test(t)) return;
		for (const m of t.matchAll(DAY)) {
			const num = m[0];
			if (Number(num) <= 31 || !endsAsMarker(t.slice(m.index + num.length))) continue;
			const day = num.length === 3 && Number(num.slice(0, 2)) <= 31 ? num.slice(0, 2) : num.slice(0, 1);
			const digit = num.slice(day.length);
			const at = { line, col: m.index + day.length };
			const closes = /^[)\]]/.test(t.slice(m.index + num.length));
			if (!fits(Number(digit), at) && digit === '1' && closes) edits.push({ ...at, length: 1, replacement: '!', rule: OCR_EXCLAMATION, piece: digit });
			else edits.push({ ...at, length: digit.length, replacement: '', rule: footnoteMarker.name, piece: digit });
		}
	});
	for (const e of edits) if (e.rule === footnoteMarker.name) found.push({ line: e.line, col: e.col, n: Number(e.piece) });
	found.sort(byPosition);

	// Numbers missing from the sequence: the notes' numbers, or else the gaps in a run of at least three markers.
	const numbers = found.map((f) => f.n);
	const ordered = increasing(found);
	const expected = notes.size ? [...notes] : ordered && numbers.length >= 3 ? Array.from({ length: numbers.at(-1)! - numbers[0] + 1 }, (_, k) => numbers[0] + k) : [];
	if (ordered) {
		for (const n of expected.filter((x) => !numbers.includes(x)).sort((a, b) => a - b)) {
			const lo = found.filter((f) => f.n < n).at(-1);
			const hi = found.find((f) => f.n > n);
			const hits: Edit[] = [];
			texts.forEach((t, line) => {
				if (!t || (lo && line < lo.line) || (hi && line > hi.line) || !t.includes(String(n))) return;
				for (const m of t.matchAll(loose(n))) {
					const at = { line, col: m.index };
					if ((lo && !before(lo, at)) || (hi && !before(at, hi))) continue;
					if (edits.some((e) => e.line === line && Math.abs(e.col - at.col) <= 2) || insideAddress(t, m.index, String(n).length)) continue;
					if (m.groups?.word && ABBREVIATION.test(t.slice(0, m.index).replace(new RegExp(`${CLOSE}*$`, 'u'), ''))) continue;
					if (m.groups?.num && continuesLowercase(texts, line, m.index + String(n).length)) continue;
					hits.push({ ...at, length: String(n).length, replacement: '', rule: footnoteMarker.name, piece: String(n) });
				}
			});
			if (hits.length !== 1) continue;
			edits.push(hits[0]);
			found.push({ line: hits[0].line, col: hits[0].col, n });
			found.sort(byPosition);
		}
	}

	// A page-foot note whose marker no pass found: its marker is the nearest glued one above it on the page, in any shape
	// after a letter (`My57`, `I38`, `a44`: too short a word for the sure pass), whatever the numbering.
	for (const note of context.pageNotes ?? []) {
		if (found.some((f) => f.n === note.n && f.line < note.index && f.line >= note.index - PAGE)) continue;
		const shape = new RegExp(`(?<=\\p{L}${CLOSE}*[.,;:!?]?${CLOSE}*)${note.n}(?![\\p{N}\\p{L}])`, 'gu');
		let hit: Edit | undefined;
		for (let line = note.index - 1; line >= Math.max(0, note.index - PAGE) && !hit; line--) {
			const t = texts[line];
			if (!t || !t.includes(String(note.n))) continue;
			const m = [...t.matchAll(shape)].filter((x) => !insideAddress(t, x.index, String(note.n).length) && !ABBREVIATION.test(t.slice(0, x.index)) && !edits.some((e) => e.line === line && e.col === x.index)).at(-1);
			if (m) hit = { line, col: m.index, length: String(note.n).length, replacement: '', rule: footnoteMarker.name, piece: String(note.n) };
		}
		if (!hit) continue;
		edits.push(hit);
		found.push({ line: hit.line, col: hit.col, n: note.n });
	}

	const out = texts.slice();
	const removed: { index: number; rule: string; text: string }[] = [];
	sure.forEach((s, index) => s?.pieces.forEach((p) => removed.push({ index, rule: footnoteMarker.name, text: p })));
	for (const e of edits.sort(byPosition)) removed.push({ index: e.line, rule: e.rule, text: e.piece });
	for (const e of [...edits].sort(byPosition).reverse()) {
		const t = out[e.line]!;
		out[e.line] = t.slice(0, e.col) + e.replacement + t.slice(e.col + e.length);
	}
	return { lines: out, removed: removed.sort((a, b) => a.index - b.index) };
}

/** Does the text after `col` run on with a lowercase word (`2.6 million`), on this line or the next? Then the number is a decimal, not a marker. */
function continuesLowercase(texts: readonly (string | null)[], line: number, col: number): boolean {
	const rest = texts[line]!.slice(col);
	if (rest.trim()) return /^\S*\s+[\p{Ll}]/u.test(rest);
	const next = texts[line + 1];
	return next !== null && next !== undefined && /^\s*\p{Ll}/u.test(next);
}

/** One line on its own (no notes, no other lines): its text without markers and the markers cut. */
export function stripFootnoteMarkers(text: string): { text: string; pieces: string[] } {
	const r = stripLines([text]);
	return { text: r.lines[0]!, pieces: r.removed.filter((x) => x.rule === footnoteMarker.name).map((x) => x.text) };
}

const NOTE_RULES = new Set([notes.name, AUTHOR_NOTE, footnote.name]);

/** The document's note numbers, from the notes and numbered footnotes already taken out. */
function noteNumbers(draft: Draft): number[] {
	return draft.removed.flatMap((r) => {
		const n = NOTE_RULES.has(r.rule) ? noteNumber(r.text, r.rule === footnote.name || r.rule === AUTHOR_NOTE) : null;
		return n === null ? [] : [n];
	});
}

/** The numbered page-foot footnotes already taken out, with their line's index. */
function pageNotes(draft: Draft): { n: number; index: number }[] {
	return draft.removed.flatMap((r) => {
		const n = r.rule === footnote.name || r.rule === AUTHOR_NOTE ? noteNumber(r.text, true) : null;
		const index = draft.lines.findIndex((l) => l.line === r.line);
		return n === null || index < 0 || draft.lines[index].pageBreak !== true ? [] : [{ n, index }];
	});
}

export const footnoteMarker: Rule = {
	name: 'footnote-marker',
	description: "Footnote markers glued to words: digits, stars, daggers or superscripts after a word or its punctuation; a number missing from the document's note numbering where it stands (`1903.6`).",
	records: [OCR_EXCLAMATION_RULE],
	apply(draft) {
		const live = (k: string) => k === 'text' || k === 'heading' || k === 'item';
		const titled = draft.lines.flatMap((l) => (l.kind === 'removed' && l.rule === 'title' ? [/\p{L}{2}(\d{1,2})\s*$/u.exec(l.raw)?.[1]] : [])).filter((x): x is string => x !== undefined);
		const r = stripLines(
			draft.lines.map((l) => (live(l.kind) ? l.text : null)),
			{ notes: noteNumbers(draft), before: titled.map(Number), pageNotes: pageNotes(draft) }
		);
		if (r.removed.length === 0) return draft;
		const lines = draft.lines.map((l, i) => (live(l.kind) && r.lines[i] !== l.text ? { ...l, text: r.lines[i]! } : l));
		const removed: RemovedSpan[] = r.removed.map((x) => ({ rule: x.rule, text: x.text, line: draft.lines[x.index].line }));
		return { ...draft, lines, removed: [...draft.removed, ...removed] };
	}
};
