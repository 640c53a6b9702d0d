// The groups slice: group A and what it is compared with (group B), their URL form, and their SQL form
// (src/lib/db/groups.ts), which every query that counts "in A" and "in B" uses.
//   a=ID,ID                  group A: document ids (the default kind of A)
//   am=author|years          group A is instead one or more authors, or a year range, given by av
//   av=VALUE                 group A's value: author names separated by | (am=author), or FROM-TO (am=years)
//   am=facet                 … or the documents with given values of a facet (a further manifest column), av=FACET:VALUE|VALUE
//   b=rest|author|docs|years|facet  group B mode (default rest = the rest of the corpus)
//   bv=VALUE                 group B value: author names separated by | (b=author; one name as in older addresses),
//                            document ids ID,ID (b=docs; may be empty), FROM-TO (b=years), or FACET:VALUE|VALUE (b=facet),
//                            e.g. am=facet&av=party:Democratic&b=facet&bv=party:Republican
import { format } from 'd3';
import type { Group, Groups } from '$lib/db/groups';
import { defineSlice, list, MAX_TEXT, short, type CorpusFacts } from './slice';

/**
 * A chosen group: documents, one or more authors, the documents dated in a year range (inclusive), or those whose
 * value of a facet (party, country …: document_facets) is one of `values`.
 */
export type GroupChoice =
	| { mode: 'docs'; docs: string[] }
	| { mode: 'author'; authors: string[] }
	| { mode: 'years'; from: number; to: number }
	| { mode: 'facet'; facet: string; values: string[] };
export type GroupAMode = GroupChoice['mode'];
export type GroupB = { mode: 'rest' } | GroupChoice;
export type GroupBMode = GroupB['mode'];

export interface GroupsState {
	/** Group A: by default the documents in focus, in the order they were chosen. */
	a: GroupChoice;
	/** What group A is compared with: the rest of the corpus, or a group of its own. */
	b: GroupB;
}

const MAX_LIST = 500;
const MIN_YEAR = -9999;
const MAX_YEAR = 9999;
const tooLong = (ids: readonly string[]) => ids.length > MAX_LIST || ids.some((id) => id.length > MAX_TEXT);

/** Author names separated by "|" (names may hold commas), trimmed, repeats dropped. */
function authorList(v: string | null): string[] | undefined {
	if (v === null || v.length > MAX_TEXT * 10) return undefined;
	const names = [...new Set(v.split('|').map((x) => x.trim()).filter(Boolean))];
	return names.length && names.every((n) => n.length <= MAX_TEXT) ? names : undefined;
}

/** "1902-1906" (or one year "1917"; negative years allowed as -50--10) → an ordered range. */
function yearRange(v: string | null): { from: number; to: number } | undefined {
	const m = v?.trim().match(/^(-?\d{1,4})(?:-(-?\d{1,4}))?$/);
	if (!m) return undefined;
	const [x, y] = [Number(m[1]), Number(m[2] ?? m[1])];
	if (x < MIN_YEAR || y > MAX_YEAR) return undefined;
	return { from: Math.min(x, y), to: Math.max(x, y) };
}

/** A facet's name as the pipeline allows it (analysis/src/read/manifest.ts). */
const FACET_NAME = /^[a-z][a-z0-9_]*$/;

/** "party:Democratic|Whig" → the facet and its values (trimmed, repeats dropped); undefined when malformed. */
function facetValues(v: string | null): { facet: string; values: string[] } | undefined {
	const i = v?.indexOf(':') ?? -1;
	if (v === null || i < 0 || v.length > MAX_TEXT * 10) return undefined;
	const facet = v.slice(0, i).trim();
	const values = authorList(v.slice(i + 1));
	return FACET_NAME.test(facet) && values ? { facet, values } : undefined;
}

const writeValue = (g: GroupChoice): string =>
	g.mode === 'docs' ? g.docs.join(',') : g.mode === 'author' ? g.authors.join('|') : g.mode === 'facet' ? `${g.facet}:${g.values.join('|')}` : `${g.from}-${g.to}`;

/** Reads a group given as mode + value (A's am/av, B's b/bv); undefined with a note when malformed. */
function readChoice(mode: string, value: string | null, name: 'A' | 'B', problems: string[]): GroupChoice | undefined {
	if (mode === 'author') {
		const authors = authorList(value);
		if (authors) return { mode: 'author', authors };
		problems.push(`Group ${name} names no author`);
	} else if (mode === 'years') {
		const r = yearRange(value);
		if (r) return { mode: 'years', ...r };
		problems.push(`Group ${name}'s year range "${short(value ?? '')}" is not FROM-TO`);
	} else if (mode === 'facet') {
		const f = facetValues(value);
		if (f) return { mode: 'facet', ...f };
		problems.push(`Group ${name}'s facet "${short(value ?? '')}" is not FACET:VALUE`);
	} else if (mode === 'docs') {
		const docs = list(value);
		if (!tooLong(docs)) return { mode: 'docs', docs };
		problems.push(`The group ${name} list in the address is malformed`);
	} else problems.push(`Unknown group ${name} "${short(mode)}"`);
	return undefined;
}

export const groupsSlice = defineSlice({
	name: 'groups',
	defaults: (): GroupsState => ({ a: { mode: 'docs', docs: [] }, b: { mode: 'rest' } }),
	read(params, problems) {
		const g: GroupsState = { a: { mode: 'docs', docs: [] }, b: { mode: 'rest' } };
		const am = params.get('am');
		if (am !== null && am !== 'docs') {
			const a = readChoice(am, params.get('av'), 'A', problems);
			if (a) g.a = a;
			else problems[problems.length - 1] += '; group A left empty';
		} else {
			const a = list(params.get('a'));
			if (tooLong(a)) problems.push('The group A list in the address is malformed and was ignored');
			else g.a = { mode: 'docs', docs: a };
		}
		const b = params.get('b');
		if (b !== null && b !== 'rest') {
			const chosen = readChoice(b, params.get('bv'), 'B', problems);
			if (chosen) g.b = chosen;
			else problems[problems.length - 1] += '; using the rest of the corpus';
		}
		// A document is in one group at most: one named in both stays in A.
		if (g.b.mode === 'docs' && g.a.mode === 'docs') {
			const inA = new Set(g.a.docs);
			const both = g.b.docs.filter((id) => inA.has(id));
			if (both.length) {
				problems.push(`In group A, so removed from group B: ${both.map(short).join(', ')}`);
				g.b = { mode: 'docs', docs: g.b.docs.filter((id) => !inA.has(id)) };
			}
		}
		return g;
	},
	write(g, params) {
		if (g.a.mode === 'docs') {
			if (g.a.docs.length) params.set('a', g.a.docs.join(','));
		} else {
			params.set('am', g.a.mode);
			params.set('av', writeValue(g.a));
		}
		if (g.b.mode !== 'rest') {
			params.set('b', g.b.mode);
			params.set('bv', writeValue(g.b));
		}
	},
	reconcile(g, facts: CorpusFacts & { facets?: Readonly<Record<string, readonly string[]>> }, problems) {
		const ids = new Set(facts.docIds);
		const check = (c: GroupChoice, name: 'A' | 'B'): GroupChoice => {
			if (c.mode === 'docs') {
				const unknown = c.docs.filter((id) => !ids.has(id));
				if (unknown.length) problems.push(`Not in this corpus, removed from group ${name}: ${unknown.map(short).join(', ')}`);
				return unknown.length ? { mode: 'docs', docs: c.docs.filter((id) => ids.has(id)) } : c;
			}
			if (c.mode === 'author') {
				const unknown = c.authors.filter((x) => !facts.authors.includes(x));
				if (!unknown.length) return c;
				const known = c.authors.filter((x) => facts.authors.includes(x));
				const then = known.length ? `removed from group ${name}` : name === 'B' ? 'group B is the rest of the corpus' : 'group A is empty';
				problems.push(`No author ${unknown.map((x) => `"${short(x)}"`).join(', ')} in this corpus; ${then}`);
				return { mode: 'author', authors: known };
			}
			// Facts without facets (a caller that does not list them) leave facet groups as they are.
			if (c.mode === 'facet' && facts.facets) {
				const values = facts.facets[c.facet];
				const then = (some: boolean) => (some ? `removed from group ${name}` : name === 'B' ? 'group B is the rest of the corpus' : 'group A is empty');
				if (!values) {
					problems.push(`No facet "${short(c.facet)}" in this corpus; ${then(false)}`);
					return { mode: 'facet', facet: c.facet, values: [] };
				}
				const unknown = c.values.filter((x) => !values.includes(x));
				if (!unknown.length) return c;
				const known = c.values.filter((x) => values.includes(x));
				problems.push(`No ${short(c.facet)} ${unknown.map((x) => `"${short(x)}"`).join(', ')} in this corpus; ${then(known.length > 0)}`);
				return { mode: 'facet', facet: c.facet, values: known };
			}
			return c;
		};
		const a = check(g.a, 'A');
		const checkedB = g.b.mode === 'rest' ? g.b : check(g.b, 'B');
		const emptied = (checkedB.mode === 'author' && !checkedB.authors.length) || (checkedB.mode === 'facet' && !checkedB.values.length);
		const b: GroupB = emptied ? { mode: 'rest' } : checkedB;
		return a === g.a && b === g.b ? g : { a, b };
	}
});

function toGroup(c: GroupChoice): Group {
	switch (c.mode) {
		case 'docs':
			return { kind: 'docs', docs: [...c.docs] };
		case 'author':
			return { kind: 'authors', authors: [...c.authors] };
		case 'years':
			return { kind: 'years', from: c.from, to: c.to };
		case 'facet':
			return { kind: 'facet', facet: c.facet, values: [...c.values] };
	}
}

/** The groups as SQL sees them (groupPredicates, groupDocsSql). */
export function toGroups(g: GroupsState): Groups {
	return { a: toGroup(g.a), b: g.b.mode === 'rest' ? { kind: 'rest' } : toGroup(g.b) };
}

/** What a document list needs to describe a group. */
export interface SummaryDoc {
	doc_id: string;
	author: string;
	year: number | null;
	n_words: number;
}

const int = format(',');
const range = (lo: number, hi: number) => (lo === hi ? String(lo) : `${lo}–${hi}`);

/**
 * A group in one line, from its member documents: "V. I. Lenin, 1902–1906, 2 documents, 12,438 words". Authors are
 * listed up to three ("and 2 more"); the years are the documents' (a year-range group whose documents span less
 * still says the range chosen). A facet group says what it is first: "party = Democratic (112 documents, 1829–2021)".
 */
export function groupSummary(
	choice: { readonly mode: GroupBMode; readonly from?: number; readonly to?: number; readonly facet?: string; readonly values?: readonly string[] },
	members: readonly SummaryDoc[]
): string {
	const n = members.length;
	const chosen = choice.mode === 'years' && choice.from !== undefined && choice.to !== undefined ? range(choice.from, choice.to) : null;
	const years = members.map((d) => d.year).filter((y): y is number => y !== null);
	const when = chosen ?? (years.length ? range(Math.min(...years), Math.max(...years)) : 'undated');
	const docs = `${n} document${n === 1 ? '' : 's'}`;
	if (choice.mode === 'facet') {
		const values = choice.values ?? [];
		const what = `${choice.facet} = ${values.length > 3 ? `${values.slice(0, 3).join(' or ')} or ${values.length - 3} more` : values.join(' or ') || 'nothing chosen'}`;
		return n ? `${what} (${docs}, ${when})` : `${what}: no documents`;
	}
	if (!n) return chosen ? `${chosen}: no documents` : 'no documents';
	const authors = [...new Set(members.map((d) => d.author))];
	const who = authors.length > 3 ? `${authors.slice(0, 3).join(', ')} and ${authors.length - 3} more` : authors.join(', ');
	const words = members.reduce((s, d) => s + d.n_words, 0);
	return `${who}, ${when}, ${docs}, ${int(words)} words`;
}
