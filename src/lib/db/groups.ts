// Groups A and B as SQL: one predicate over `documents`, so that any query can count "in A" and "in B".
// A document is in one group at most: B never holds a document of A.
import { literal, literalList, type Query } from './sql';

/** A set of documents named by what the user chose. `rest` is every document not in the other group. */
export type Group =
	| { kind: 'docs'; docs: readonly string[] }
	| { kind: 'authors'; authors: readonly string[] }
	/** Documents whose year is in [from, to] (inclusive). */
	| { kind: 'years'; from: number; to: number }
	/** Documents whose value of a facet (document_facets: party, country …) is one of `values`. */
	| { kind: 'facet'; facet: string; values: readonly string[] }
	| { kind: 'rest' };

export interface Groups {
	a: Group;
	b: Group;
}

/** The predicate of one group on its own (`rest` is TRUE here; see groupPredicates), over the documents alias `d`. */
function own(g: Group, d: string): string {
	switch (g.kind) {
		case 'docs':
			return g.docs.length ? `${d}.doc_id IN ${literalList(g.docs)}` : 'FALSE';
		case 'authors':
			return g.authors.length ? `${d}.author IN ${literalList(g.authors)}` : 'FALSE';
		case 'years':
			return `${d}.year BETWEEN ${literal(Math.floor(g.from))} AND ${literal(Math.floor(g.to))}`;
		case 'facet':
			return g.values.length
				? `${d}.doc_id IN (SELECT doc_id FROM document_facets WHERE facet = ${literal(g.facet)} AND value IN ${literalList(g.values)})`
				: 'FALSE';
		case 'rest':
			return 'TRUE';
	}
}

/**
 * `inA` and `inB`: boolean SQL over the documents alias `d`. A is as chosen (a `rest` A is everything not in B;
 * if both are `rest`, A is the whole corpus); B is as chosen minus A's documents.
 */
export function groupPredicates(groups: Groups, d = 'd'): { inA: string; inB: string } {
	const { a, b } = groups;
	const inA = a.kind === 'rest' ? (b.kind === 'rest' ? 'TRUE' : `NOT coalesce(${own(b, d)}, FALSE)`) : `coalesce(${own(a, d)}, FALSE)`;
	const inB = `(coalesce(${own(b, d)}, FALSE) AND NOT (${inA}))`;
	return { inA: `(${inA})`, inB };
}

/** A CTE body `SELECT doc_id, grp` with grp 'A' or 'B' for every document in a group (others left out). */
export function groupDocsSql(groups: Groups): string {
	const { inA, inB } = groupPredicates(groups, 'd');
	return `SELECT d.doc_id, CASE WHEN ${inA} THEN 'A' ELSE 'B' END AS grp FROM documents d WHERE ${inA} OR ${inB}`;
}

/** A document of group A or B. */
export interface GroupDocRow extends Record<string, unknown> {
	doc_id: string;
	grp: 'A' | 'B';
}

/** groupDocsQuery: a Query that names its groups, so that a runner can answer it from the documents (groupDocsOf). */
export interface GroupDocsQuery extends Query {
	groups: Groups;
}

/** The documents of both groups (doc_id, grp), in corpus order as the documents query lists them. */
export function groupDocsQuery(groups: Groups): GroupDocsQuery {
	return {
		sql: `SELECT g.doc_id, g.grp FROM (${groupDocsSql(groups)}) g JOIN documents d USING (doc_id) ORDER BY d.year, d.date, d.doc_order, d.doc_id`,
		params: [],
		groups
	};
}

export const isGroupDocsQuery = (q: Query): q is GroupDocsQuery => 'groups' in q && typeof q.groups === 'object' && q.groups !== null;

/** What groupDocsOf reads of a document. */
export interface GroupedDoc {
	doc_id: string;
	author: string | null;
	year: number | null;
}

/**
 * groupDocsQuery's answer from the documents (in the documents query's order) and each document's facet values,
 * without the engine: a selection change is answered in its own task instead of waiting for DuckDB's worker behind
 * the questions asked before it. The same rules as groupPredicates, a NULL author or year in no group
 * (tests/unit/db/groups.test.ts compares both on the default corpus and the State of the Union).
 */
export function groupDocsOf(groups: Groups, docs: readonly GroupedDoc[], facets: ReadonlyMap<string, Readonly<Record<string, string>>>): GroupDocRow[] {
	const own = (g: Group): ((d: GroupedDoc) => boolean) => {
		switch (g.kind) {
			case 'docs': {
				const ids = new Set(g.docs);
				return (d) => ids.has(d.doc_id);
			}
			case 'authors': {
				const authors = new Set(g.authors);
				return (d) => d.author !== null && authors.has(d.author);
			}
			case 'years':
				return (d) => d.year !== null && d.year >= Math.floor(g.from) && d.year <= Math.floor(g.to);
			case 'facet': {
				const values = new Set(g.values);
				return (d) => {
					const v = facets.get(d.doc_id)?.[g.facet];
					return v !== undefined && values.has(v);
				};
			}
			case 'rest':
				return () => true;
		}
	};
	const [a, b] = [own(groups.a), own(groups.b)];
	const inA = groups.a.kind === 'rest' ? (groups.b.kind === 'rest' ? () => true : (d: GroupedDoc) => !b(d)) : a;
	const out: GroupDocRow[] = [];
	for (const d of docs) {
		if (inA(d)) out.push({ doc_id: d.doc_id, grp: 'A' });
		else if (b(d)) out.push({ doc_id: d.doc_id, grp: 'B' });
	}
	return out;
}
