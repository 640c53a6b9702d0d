// Pure helpers for the Reader: a document's sentences as paragraphs under section names, and a matched
// sentence as plain and highlighted segments rebuilt from its tokens (text only: never markup); the scope its counter
// counts, and a sentence's citation.
import type { PassageFocus } from '../passages/state';

export interface ReaderSentence {
	sentence_id: number;
	paragraph_id: number;
	section: string | null;
	text: string;
	is_heading: boolean;
}

export interface ReaderParagraph {
	paragraph_id: number;
	/** The section name when it differs from the previous paragraph's (a heading to show), else null. */
	sectionStart: string | null;
	heading: boolean;
	sentences: ReaderSentence[];
}

/** Groups sentences (in reading order) into paragraphs and marks where a new section starts. */
export function toParagraphs(sentences: readonly ReaderSentence[]): ReaderParagraph[] {
	const out: ReaderParagraph[] = [];
	let section: string | null | undefined;
	for (const s of sentences) {
		const last = out[out.length - 1];
		if (last && last.paragraph_id === s.paragraph_id && last.heading === s.is_heading) {
			last.sentences.push(s);
			continue;
		}
		const name = s.section ?? null;
		out.push({ paragraph_id: s.paragraph_id, sectionStart: name !== section && name ? name : null, heading: s.is_heading, sentences: [s] });
		section = name;
	}
	return out;
}

export interface SentenceToken {
	token_id: number;
	surface: string;
	space_before: string;
	term: number | null;
	hit: number | null;
}

export interface Segment {
	text: string;
	/** The term of the occurrence this segment shows, or null for plain text. */
	term: number | null;
	/** The occurrence (its first token id), or null. */
	hit: number | null;
}

/**
 * A sentence's tokens (in order) as segments: consecutive tokens of one occurrence form one highlighted segment
 * (the spaces inside it included); the space before an occurrence stays with the plain text before it.
 */
export function sentenceSegments(tokens: readonly SentenceToken[]): Segment[] {
	const out: Segment[] = [];
	tokens.forEach((t, i) => {
		const space = i === 0 ? '' : t.space_before;
		const last = out[out.length - 1];
		if (last && last.hit === t.hit) {
			last.text += space + t.surface;
			return;
		}
		if (t.hit === null) {
			out.push({ text: space + t.surface, term: null, hit: null });
			return;
		}
		if (space) {
			if (last && last.hit === null) last.text += space;
			else out.push({ text: space, term: null, hit: null });
		}
		out.push({ text: t.surface, term: t.term, hit: t.hit });
	});
	return out;
}

/** The next (step 1) or previous (step −1) occurrence after `current`, wrapping round; the first when none is current. */
export function stepHit(hits: readonly number[], current: number | null, step: 1 | -1): number | null {
	if (!hits.length) return null;
	if (current === null) return step === 1 ? hits[0] : hits[hits.length - 1];
	const i = hits.indexOf(current);
	if (i < 0) {
		const next = hits.findIndex((h) => h > current);
		if (step === 1) return next < 0 ? hits[0] : hits[next];
		return next <= 0 ? hits[hits.length - 1] : hits[next - 1];
	}
	return hits[(i + step + hits.length) % hits.length];
}

/**
 * The occurrences the Reader's counter counts in document `docId`: those of the passages' own term and scope (its
 * part or bin of this document), not one occurrence only, nor every term's. null: no term passages are open (the
 * counter counts every term's matches in the document).
 */
export function readerScope(focus: PassageFocus | null, docId: string): PassageFocus | null {
	if (!focus || focus.length) return null;
	const scope: PassageFocus = { docId };
	if (focus.term !== undefined) scope.term = focus.term;
	// A bin or part names a stretch of its own document only.
	if (focus.docId === docId) {
		if (focus.bin) scope.bin = { ...focus.bin };
		if (focus.section !== undefined) scope.section = focus.section;
	}
	return scope;
}

export interface CitationSource {
	author: string;
	title: string;
	/** ISO, possibly partial; the year when there is no date. */
	date: string;
	published_in?: string | null;
	section?: string | null;
	/** 0-based. */
	sentence: number;
	text: string;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A one-line, plain-text citation of a sentence, after the Chicago note style: Author, “Title,” where published,
 * date, section, sentence N: “text”. Double quotes inside the quoted text become single ones, as Chicago nests them.
 */
export function citation(c: CitationSource): string {
	const title = oneLine(c.title);
	// The comma goes inside the closing quote unless the title ends in its own ? or !.
	const quoted = /[?!]$/.test(title) ? `“${title}”` : `“${title},”`;
	const text = oneLine(c.text).replace(/“/g, '‘').replace(/”/g, '’').replace(/"/g, "'");
	const rest = [c.published_in, c.date, c.section].map((s) => oneLine(s ?? '')).filter(Boolean);
	return `${oneLine(c.author)}, ${quoted} ${[...rest, `sentence ${c.sentence + 1}`].join(', ')}: “${text}”`;
}
