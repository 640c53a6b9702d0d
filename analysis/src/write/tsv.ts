// The rows of sentences and tokens as tab-separated text, the form in which they reach DuckDB (writer.ts): written as
// the sentences are made (a worker appends each paragraph's rows to its document's files), so that no document is ever
// held whole as one string.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Sentence } from '../types';

export const TOKEN_COLUMNS = {
	sentence_id: 'INTEGER', token_id: 'INTEGER', surface: 'VARCHAR', lower: 'VARCHAR', lemma: 'VARCHAR', pos: 'VARCHAR',
	is_word: 'BOOLEAN', is_stop: 'BOOLEAN', space_before: 'VARCHAR', word_index: 'INTEGER'
};
/** `position` is the sentence's start in words; the INSERT divides it by the document's words (known only at its end). */
export const SENTENCE_COLUMNS = {
	sentence_id: 'INTEGER', section: 'VARCHAR', paragraph_id: 'INTEGER', text: 'VARCHAR', n_words: 'INTEGER', position: 'DOUBLE', is_heading: 'BOOLEAN', line: 'INTEGER'
};

/** A text field: quoted (quotes doubled) only when it holds a quote, tab or line break. */
const field = (v: string) => (/["\t\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** ASCII text, which DuckDB's lower() puts in lower case exactly as JavaScript does. */
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Token rows of some sentences. `lower` is left empty where DuckDB's lower(surface) gives it (ASCII surfaces), and
 * `lemma` where it equals `lower` (neither is ever empty: toTokens), to be filled in by the writer's INSERT.
 * `longest` bounds the longest line in UTF-16 units.
 */
export function tokenRows(sentences: readonly Sentence[]): { tsv: string; longest: number } {
	let out = '';
	let longest = 0;
	for (const s of sentences) {
		const sentence = `${s.sentence_id}\t`;
		for (const t of s.tokens) {
			longest = Math.max(longest, t.surface.length + t.lower.length + t.lemma.length);
			out +=
				sentence +
				t.token_id +
				'\t' +
				field(t.surface) +
				'\t' +
				(ASCII.test(t.surface) ? '' : field(t.lower)) +
				'\t' +
				(t.lemma === t.lower ? '' : field(t.lemma)) +
				'\t' +
				t.pos +
				(t.is_word ? '\t1' : '\t0') +
				(t.is_stop ? '\t1\t' : '\t0\t') +
				t.space_before +
				'\t' +
				(t.word_index ?? '') +
				'\n';
		}
	}
	return { tsv: out, longest: 2 * longest + 64 };
}

/** Sentence rows of some sentences (position as given: see SENTENCE_COLUMNS). */
export function sentenceRows(sentences: readonly Sentence[]): { tsv: string; longest: number } {
	let out = '';
	let longest = 0;
	for (const s of sentences) {
		longest = Math.max(longest, s.text.length + s.section.length);
		out += `${s.sentence_id}\t${field(s.section)}\t${s.paragraph_id}\t${field(s.text)}\t${s.n_words}\t${s.position}\t${s.heading ? 1 : 0}\t${s.line}\n`;
	}
	return { tsv: out, longest: 2 * longest + 64 };
}

/** Where one document's rows are, their longest lines, and what `position` is to be divided by. */
export interface DocumentFiles {
	tokens: string;
	sentences: string;
	longestToken: number;
	longestSentence: number;
	/** The document's words for positions given in words, or 1 for positions given as fractions. */
	positionScale: number;
}

/** Appends a document's rows to its two files as they come; `close` returns what the writer needs to read them. */
export class RowFiles {
	private readonly tokenFd: number;
	private readonly sentenceFd: number;
	private longestToken = 0;
	private longestSentence = 0;

	constructor(
		readonly tokens: string,
		readonly sentences: string
	) {
		this.tokenFd = openSync(tokens, 'w');
		this.sentenceFd = openSync(sentences, 'w');
	}

	add(sentences: readonly Sentence[]): void {
		const t = tokenRows(sentences);
		const s = sentenceRows(sentences);
		writeSync(this.tokenFd, t.tsv);
		writeSync(this.sentenceFd, s.tsv);
		this.longestToken = Math.max(this.longestToken, t.longest);
		this.longestSentence = Math.max(this.longestSentence, s.longest);
	}

	close(positionScale: number): DocumentFiles {
		closeSync(this.tokenFd);
		closeSync(this.sentenceFd);
		return { tokens: this.tokens, sentences: this.sentences, longestToken: this.longestToken, longestSentence: this.longestSentence, positionScale };
	}
}
