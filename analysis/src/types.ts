// The plain structures that flow through the pipeline: read → clean → segment → count → write.

/** One validated manifest row. */
export interface ManifestEntry {
	id: string;
	file: string;
	author: string;
	title: string;
	/** ISO date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD. */
	date: string;
	year: number;
	kind: string;
	published_in: string;
	edition: string;
	translation: string;
	/**
	 * The document's facets: every further manifest column (party, country, …) → its value ('' for an empty cell),
	 * in manifest order, the same names for every entry. Absent (or empty) when the manifest has no facet columns.
	 */
	facets?: Readonly<Record<string, string>>;
	/** 2-based line of manifest.csv this row came from (line 1 is the header). */
	line: number;
}

/** A raw text as read from disk: BOM stripped, CRLF/CR normalised to LF. Lines stay 1-based as in the file. */
export interface RawDocument {
	entry: ManifestEntry;
	text: string;
}

/** A span that a cleaning rule took out of the raw text. */
export interface RemovedSpan {
	rule: string;
	text: string;
	/** 1-based line of the raw file where the span starts. */
	line: number;
}

/** A part of a document with its own name and date (e.g. Lenin's 1904 preface around the 1902 letter). */
export interface Section {
	name: string;
	/** ISO date (possibly partial) of this part, or the document's date. */
	date: string;
}

/** A paragraph of the author's running text after cleaning. */
export interface CleanParagraph {
	/** Whitespace-collapsed text; hyphenation and footnote markers repaired. */
	text: string;
	/** Name of the section the paragraph belongs to (one of CleanDocument.sections). */
	section: string;
	/** 1-based raw line where the paragraph starts. */
	line: number;
	/** True for a heading line: it is its own sentence, never merged with the next. */
	heading: boolean;
}

export interface CleanDocument {
	entry: ManifestEntry;
	paragraphs: CleanParagraph[];
	removed: RemovedSpan[];
	sections: Section[];
}

export interface Token {
	token_id: number;
	surface: string;
	lower: string;
	lemma: string;
	pos: string;
	is_word: boolean;
	is_stop: boolean;
	/** Whitespace before the token in the cleaned text ('' or ' '), so sentences can be re-joined exactly. */
	space_before: string;
	/** 0-based index among the document's words (is_word), or null for punctuation etc. */
	word_index: number | null;
}

export interface Sentence {
	sentence_id: number;
	paragraph_id: number;
	section: string;
	text: string;
	n_words: number;
	/** Start of the sentence as a fraction 0–1 of the document's words. */
	position: number;
	heading: boolean;
	line: number;
	tokens: Token[];
}

export interface SegmentedDocument {
	entry: ManifestEntry;
	sentences: Sentence[];
	removed: RemovedSpan[];
	sections: Section[];
	n_words: number;
}
