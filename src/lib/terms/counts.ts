// What the term views read from the one counts query of a term change (termCountsQuery: each term's count per
// document, part and form): the forms box, the document where the terms occur most, the rates pooled by decade and
// the rates per document. Each function gives exactly the rows of the SQL query it stands in for (termFormsQuery,
// topHitDocQuery, termPooledRatesQuery by decade, termDocRatesQuery with and without dated parts, termGroupRatesQuery);
// tests/unit/db/terms-counts.test.ts checks them against those queries.
import { NO_VALUE, type DatedPartRow, type TermCountRow, type TermDocRow, type TermFormRow, type TermGroupRow, type TermPoolRow } from '../db/queries/terms';
import type { GroupDocRow } from '../db/groups';
import type { Term, TermOptions } from './parse';
import { byCodePoint, nullsLast } from '../stats/duckdb-order';
import { sqlRatePer10k } from '../stats/rate';

/** What the count rows need to know of a document (DocumentRow has it). */
export interface CountedDoc {
	doc_id: string;
	year: number | null;
	n_words: number;
	doc_order: number | null;
}

/** What a rate per document shows of it (DocumentRow has it; `when` from the same SQL, fractionalYear). */
export interface RatedDoc extends CountedDoc {
	title: string;
	author: string;
	date: string | null;
	when: number;
}


/** The rows without the forms the user left out of each term (opts.exclude, by label), as every count query does. */
export function withoutExcluded(rows: readonly TermCountRow[], terms: readonly Term[], opts: TermOptions): TermCountRow[] {
	const left = terms.map((t) => new Set(opts.exclude?.[t.label] ?? []));
	return left.some((s) => s.size) ? rows.filter((r) => !left[r.term]?.has(r.form)) : [...rows];
}

/** The forms behind each term, most frequent first, the left-out ones included (termFormsQuery). */
export function formsFromCounts(rows: readonly TermCountRow[]): TermFormRow[] {
	const by = new Map<string, { term: number; form: string; count: number; docs: Set<string> }>();
	for (const r of rows) {
		const k = `${r.term}\u0000${r.form}`;
		let f = by.get(k);
		if (!f) by.set(k, (f = { term: r.term, form: r.form, count: 0, docs: new Set() }));
		f.count += r.n;
		f.docs.add(r.doc_id);
	}
	return [...by.values()]
		.map((f) => ({ term: f.term, form: f.form, count: f.count, n_docs: f.docs.size }))
		.sort((a, b) => a.term - b.term || b.count - a.count || byCodePoint(a.form, b.form));
}

/** The document with the most occurrences of all the terms together, ties in corpus order (topHitDocQuery); null: none. */
export function topDocFromCounts(
	rows: readonly TermCountRow[],
	terms: readonly Term[],
	opts: TermOptions,
	docs: readonly CountedDoc[]
): { doc_id: string; n: number } | null {
	const n = new Map<string, number>();
	for (const r of withoutExcluded(rows, terms, opts)) n.set(r.doc_id, (n.get(r.doc_id) ?? 0) + r.n);
	let best: { doc_id: string; n: number; order: number | null } | null = null;
	for (const d of docs) {
		const c = n.get(d.doc_id);
		if (c === undefined) continue;
		const order = d.doc_order ?? null;
		// ORDER BY n DESC, doc_order (NULLS LAST), doc_id
		const better = !best || c > best.n || (c === best.n && (nullsLast(order, best.order) || byCodePoint(d.doc_id, best.doc_id)) < 0);
		if (better) best = { doc_id: d.doc_id, n: c, order };
	}
	return best && { doc_id: best.doc_id, n: best.n };
}

/** The decade a year falls in ("1910s"), or NO_VALUE, as termPooledRatesQuery names it. */
export const decadeOf = (year: number | null | undefined): string =>
	year === null || year === undefined ? NO_VALUE : `${Math.trunc(year / 10) * 10}s`;

/** Every term × decade: counts and words summed over the decade's documents, zeros included (termPooledRatesQuery by decade). */
export function decadeRatesFromCounts(
	rows: readonly TermCountRow[],
	terms: readonly Term[],
	opts: TermOptions,
	docs: readonly CountedDoc[]
): TermPoolRow[] {
	const perDoc = terms.map(() => new Map<string, number>());
	for (const r of withoutExcluded(rows, terms, opts)) {
		const m = perDoc[r.term];
		if (m) m.set(r.doc_id, (m.get(r.doc_id) ?? 0) + r.n);
	}
	const pools = new Map<string, CountedDoc[]>();
	for (const d of docs) {
		const g = decadeOf(d.year);
		const list = pools.get(g);
		if (list) list.push(d);
		else pools.set(g, [d]);
	}
	const out: TermPoolRow[] = [];
	terms.forEach((t, term) => {
		for (const [grp, list] of pools) {
			const years = list.map((d) => d.year).filter((y): y is number => y !== null && y !== undefined);
			const nWords = list.reduce((s, d) => s + d.n_words, 0);
			const count = list.reduce((s, d) => s + (perDoc[term].get(d.doc_id) ?? 0), 0);
			out.push({
				term,
				label: t.label,
				grp,
				n_docs: list.length,
				first_year: years.length ? Math.min(...years) : null,
				last_year: years.length ? Math.max(...years) : null,
				n_words: nWords,
				count,
				rate: sqlRatePer10k(count, nWords)
			});
		}
	});
	// ORDER BY term, first_year NULLS LAST, grp
	return out.sort(
		(a, b) =>
			a.term - b.term ||
			nullsLast(a.first_year, b.first_year) ||
			byCodePoint(a.grp, b.grp)
	);
}

/**
 * Every term × every unit — a document, or each part of a document with dated parts apart (`parts`: datedPartUnitsQuery)
 * — zeros included, ordered by term, then year, date, corpus order and part: termDocRatesQuery with datedParts on, and
 * with it off when `parts` is empty (whole documents).
 */
export function docPartRatesFromCounts(
	rows: readonly TermCountRow[],
	terms: readonly Term[],
	opts: TermOptions,
	docs: readonly RatedDoc[],
	parts: readonly DatedPartRow[]
): TermDocRow[] {
	const split = new Set(parts.map((p) => p.doc_id));
	// A part is matched by its section (a NULL section only by a NULL one); a whole document by all its counts.
	const key = (doc: string, section: string | null) => (split.has(doc) ? `${doc}\u0000${section === null ? '\u0001' : `\u0002${section}`}` : doc);
	const perUnit = terms.map(() => new Map<string, number>());
	for (const r of withoutExcluded(rows, terms, opts)) {
		const m = perUnit[r.term];
		const k = key(r.doc_id, r.section ?? null);
		if (m) m.set(k, (m.get(k) ?? 0) + r.n);
	}
	const byId = new Map(docs.map((d) => [d.doc_id, d]));
	const units = [
		...docs.filter((d) => !split.has(d.doc_id)).map((d) => ({ doc: d, section: null, order: -1, unit: d.doc_id, year: d.year, date: d.date, when: d.when, n_words: d.n_words })),
		...parts.flatMap((p) => {
			const d = byId.get(p.doc_id);
			return d ? [{ doc: d, section: p.section, order: p.section_order, unit: `${p.doc_id}#${p.section_order}`, year: p.year, date: p.date, when: p.when, n_words: p.n_words }] : [];
		})
	];
	// ORDER BY year, date, doc_order, doc_id (each NULLS LAST), section_order, the same for every term.
	units.sort(
		(a, b) =>
			nullsLast(a.year, b.year) ||
			nullsLast(a.date, b.date) ||
			nullsLast(a.doc.doc_order, b.doc.doc_order) ||
			byCodePoint(a.doc.doc_id, b.doc.doc_id) ||
			a.order - b.order
	);
	return terms.flatMap((t, term) =>
		units.map((u) => {
			const count = perUnit[term].get(key(u.doc.doc_id, u.section)) ?? 0;
			return {
				term, label: t.label, doc_id: u.doc.doc_id, section: u.section, unit: u.unit, title: u.doc.title, author: u.doc.author,
				year: u.year as number, when: u.when, date: u.date as string, doc_order: u.doc.doc_order ?? 0, n_words: u.n_words, count,
				rate: sqlRatePer10k(count, u.n_words)
			};
		})
	);
}

/**
 * Every term × group (A, B): counts and words summed over the group's documents, a group with no documents without a
 * row (termGroupRatesQuery). `members`: the groups' documents (groupDocsQuery's answer), so that a selection change
 * sums the term change's counts instead of asking the engine again.
 */
export function groupRatesFromCounts(
	rows: readonly TermCountRow[],
	terms: readonly Term[],
	opts: TermOptions,
	members: readonly GroupDocRow[],
	docs: readonly CountedDoc[]
): TermGroupRow[] {
	const words = new Map(docs.map((d) => [d.doc_id, d.n_words]));
	const grpOf = new Map<string, 'A' | 'B'>();
	const groups = new Map<'A' | 'B', { n_docs: number; n_words: number }>();
	for (const m of members) {
		if (!words.has(m.doc_id)) continue;
		grpOf.set(m.doc_id, m.grp);
		const g = groups.get(m.grp) ?? { n_docs: 0, n_words: 0 };
		g.n_docs++;
		g.n_words += words.get(m.doc_id)!;
		groups.set(m.grp, g);
	}
	const count = terms.map(() => ({ A: 0, B: 0 }));
	for (const r of withoutExcluded(rows, terms, opts)) {
		const g = grpOf.get(r.doc_id);
		if (g && count[r.term]) count[r.term][g] += r.n;
	}
	const present = (['A', 'B'] as const).filter((g) => groups.has(g));
	return terms.flatMap((t, term) =>
		present.map((grp) => {
			const { n_docs, n_words } = groups.get(grp)!;
			const n = count[term][grp];
			return { term, label: t.label, grp, n_docs, n_words, count: n, rate: sqlRatePer10k(n, n_words) };
		})
	);
}
