// Queries about the corpus as a whole: its documents, their dated sections, its authors and its methods facts.
import { sql, type Query } from '../sql';
import { fractionalYear } from '../contract/fragments';

/** A query with no parameters, from SQL text written here (never from user input). */
const static_ = (text: string): Query => ({ sql: text, params: [] });

/** One document with the figures the timeline and the documents table show. */
export interface DocumentRow extends Record<string, unknown> {
	doc_id: string;
	title: string;
	author: string;
	/** ISO date, possibly partial (YYYY, YYYY-MM, YYYY-MM-DD). */
	date: string;
	year: number;
	/** The date as a fractional year (1906-08-29 → 1906.66), for placing marks; mid-period for partial dates. */
	when: number;
	kind: string;
	translation: string;
	published_in: string;
	n_words: number;
	n_sentences: number;
	/** Mean words per sentence. */
	mean_sentence: number | null;
	doc_order: number;
}

/** Every document, in corpus order, with its mean sentence length. */
export function documentsQuery(): Query {
	return static_(`
		SELECT d.doc_id, d.title, d.author, d.date, d.year, ${fractionalYear('d')} AS "when", coalesce(d.kind, '') AS kind,
			coalesce(d.translation, '') AS translation, coalesce(d.published_in, '') AS published_in,
			d.n_words, d.n_sentences,
			coalesce(s.mean_words, d.n_words / nullif(d.n_sentences, 0)) AS mean_sentence,
			coalesce(d.doc_order, 0) AS doc_order
		FROM documents d LEFT JOIN doc_sentence_stats s USING (doc_id)
		ORDER BY d.year, d.date, d.doc_order, d.doc_id`);
}

/** A part of a document dated apart from it (e.g. a later preface), to draw as a small linked mark. */
export interface SectionRow extends Record<string, unknown> {
	doc_id: string;
	section: string;
	date: string;
	year: number;
	when: number;
	n_words: number;
}

/** Sections whose date differs from their document's date. */
export function datedSectionsQuery(): Query {
	return static_(`
		SELECT s.doc_id, s.section, s.date, s.year, ${fractionalYear('s')} AS "when", s.n_words
		FROM sections s JOIN documents d USING (doc_id)
		WHERE s.date IS NOT NULL AND s.year IS NOT NULL AND s.date <> d.date
		ORDER BY s.doc_id, s.section_order`);
}

export interface AuthorRow extends Record<string, unknown> {
	author: string;
	first_year: number;
	n_docs: number;
}

/** Authors in order of their first document: the domain of the shared author colour scale. */
export function authorsQuery(): Query {
	return sql`
		SELECT author, min(year) AS first_year, count(*) AS n_docs
		FROM documents GROUP BY author ORDER BY first_year, author`;
}

/** A document's value of a facet (a further manifest column: party, country …). */
export interface FacetRow extends Record<string, unknown> {
	doc_id: string;
	facet: string;
	value: string;
}

/** Every document's facet values (document_facets; only in a database that lists facets in meta.facets). */
export function documentFacetsQuery(): Query {
	return sql`SELECT doc_id, facet, value FROM document_facets ORDER BY facet, doc_id`;
}

/** The methods facts of the database (pipeline version, model version, corpus hash, …) as key/value rows. */
export function metaQuery(): Query {
	return sql`SELECT key, value FROM meta ORDER BY key`;
}
