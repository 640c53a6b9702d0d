// SQL for the Reader: a document's cleaned text by paragraph and section, and where the terms occur in it.
import { literal, sql, type Query } from '../sql';
import type { Term, TermOptions } from '../../terms/parse';
import { hitsCtes } from './terms';

export interface ReaderDocRow extends Record<string, unknown> {
	doc_id: string;
	title: string;
	author: string;
	date: string;
	year: number;
	published_in: string | null;
	n_words: number;
	n_sentences: number;
}

/** The document's header facts. */
export function readerDocumentQuery(docId: string): Query {
	return sql`SELECT doc_id, title, author, date, year::INTEGER AS year, published_in, n_words::INTEGER AS n_words,
		n_sentences::INTEGER AS n_sentences FROM documents WHERE doc_id = ${docId}`;
}

export interface ReaderSentenceRow extends Record<string, unknown> {
	sentence_id: number;
	paragraph_id: number;
	section: string | null;
	text: string;
	is_heading: boolean;
}

/** All sentences of a document in reading order (group them by paragraph_id, label by section). */
export function readerSentencesQuery(docId: string): Query {
	return sql`SELECT sentence_id::INTEGER AS sentence_id, paragraph_id::INTEGER AS paragraph_id, section, text,
		coalesce(is_heading, false) AS is_heading
		FROM sentences WHERE doc_id = ${docId} ORDER BY sentence_id`;
}

/** A token of a sentence that holds a match; `term`/`hit` say which occurrence covers it (null: none). */
export interface ReaderTokenRow extends Record<string, unknown> {
	sentence_id: number;
	token_id: number;
	surface: string;
	space_before: string;
	term: number | null;
	/** First token of the covering occurrence: identifies it (for previous/next). */
	hit: number | null;
}

/**
 * The tokens of every sentence with a match, each marked with the occurrence covering it, so the Reader can
 * highlight exact tokens (never a text search in the browser). Where two terms cover a token the first wins.
 */
export function readerMatchTokensQuery(terms: readonly Term[], opts: TermOptions, docId: string): Query {
	return {
		sql: `${hitsCtes(terms, opts, docId)},
hit_sentences AS (SELECT DISTINCT sentence_id FROM hits)
SELECT t.sentence_id::INTEGER AS sentence_id, t.token_id::INTEGER AS token_id, t.surface, coalesce(t.space_before, '') AS space_before,
	min(h.term)::INTEGER AS term, arg_min(h.start_token, h.term)::INTEGER AS hit
FROM tokens t JOIN hit_sentences s ON s.sentence_id = t.sentence_id
LEFT JOIN hits h ON h.sentence_id = t.sentence_id AND t.token_id BETWEEN h.start_token AND h.end_token
WHERE t.doc_id = ${literal(docId)}
GROUP BY t.sentence_id, t.token_id, t.surface, t.space_before
ORDER BY t.token_id`,
		params: []
	};
}
