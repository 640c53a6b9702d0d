// The methods stamp every export carries: versions, corpus hash, the statistic and its parameters, the selection it
// came from (terms, matching, groups A and B), when, and the link that reopens the view.
import type { CorpusMeta, MetaKey } from '$lib/db/contract/meta';
import type { GroupB, GroupChoice, GroupsState } from '$lib/state/groups';
import { version } from '../../../package.json';

/** What was on screen when the export was made (from the app state). */
export interface StampSelection {
	terms: readonly string[];
	lemma: boolean;
	/** Whether a term also matches inside hyphenated compounds. */
	parts: boolean;
	groups: { readonly a: Readonly<GroupChoice>; readonly b: Readonly<GroupB> } | GroupsState;
	/** The view's own settings (statistic, thresholds, level …) as the URL holds them. */
	parameters?: Readonly<Record<string, unknown>>;
	/** The full address that reopens this view, defaults written out. */
	link: string;
}

export interface MethodsStamp {
	tool: string;
	tribune_version: string;
	corpus: string;
	corpus_hash: string;
	pipeline_version: string;
	model_version: string;
	/** What the exported numbers are (formula or definition). */
	statistic?: string;
	parameters?: Readonly<Record<string, unknown>>;
	/** The terms as typed. */
	terms?: readonly string[];
	/** "lemmas" or "word forms". */
	matching?: string;
	/** "whole words only" or "also inside hyphenated compounds". */
	compounds?: string;
	group_a?: string;
	group_b?: string;
	exported_at: string;
	link?: string;
}

const pick = (meta: CorpusMeta, key: MetaKey) => meta[key] || 'unknown';

const docsText = (ids: readonly string[]) => (ids.length === 1 ? `document ${ids[0]}` : `${ids.length} documents: ${ids.join(', ')}`);

/** A group in words: "2 documents: a, b", "documents by Lenin or Stalin", "documents dated 1902–1917". */
export function describeGroup(g: Readonly<GroupB>, name: 'A' | 'B'): string {
	switch (g.mode) {
		case 'rest':
			return 'the rest of the corpus (every document not in A)';
		case 'docs':
			return g.docs.length ? docsText(g.docs) : name === 'A' ? 'no documents chosen' : 'no documents chosen (empty)';
		case 'author':
			return `documents by ${g.authors.join(' or ')}`;
		case 'years':
			return g.from === g.to ? `documents dated ${g.from}` : `documents dated ${g.from}–${g.to}`;
		case 'facet':
			return `documents with ${g.facet} = ${g.values.join(' or ')}`;
	}
}

/** Builds the stamp from the database's meta table (the contract's keys, as the pipeline writes them) and the selection. */
export function methodsStamp(meta: CorpusMeta, corpus: string, definition?: string, now = new Date(), selection?: StampSelection): MethodsStamp {
	return {
		tool: 'Tribune',
		tribune_version: version,
		corpus,
		corpus_hash: pick(meta, 'corpus_hash'),
		pipeline_version: pick(meta, 'pipeline_version'),
		model_version: pick(meta, 'wink_model_version'),
		...(definition ? { statistic: definition } : {}),
		...(selection
			? {
					...(selection.parameters ? { parameters: selection.parameters } : {}),
					terms: [...selection.terms],
					matching: selection.lemma ? 'lemmas' : 'word forms',
					compounds: selection.parts ? 'also inside hyphenated compounds' : 'hyphenated compounds as whole words',
					group_a: describeGroup(selection.groups.a, 'A'),
					group_b: describeGroup(selection.groups.b, 'B')
				}
			: {}),
		exported_at: now.toISOString(),
		...(selection ? { link: selection.link } : {})
	};
}

/** One line of provenance for pictures: tool, corpus and hash, versions, date. */
export function stampLine(s: MethodsStamp): string {
	return `${s.tool} ${s.tribune_version} · corpus ${s.corpus} (hash ${shortHash(s.corpus_hash)}) · pipeline ${s.pipeline_version} · model ${s.model_version} · ${s.exported_at.slice(0, 10)}`;
}

/** One line of the selection for a picture's caption: terms and matching, groups A and B. */
export function selectionLine(s: MethodsStamp): string {
	const parts: string[] = [];
	if (s.terms) parts.push(`Terms: ${s.terms.join(', ') || 'none'} (${s.matching}; ${s.compounds})`);
	if (s.group_a) parts.push(`A: ${s.group_a}`);
	if (s.group_b) parts.push(`B: ${s.group_b}`);
	return parts.join(' · ');
}

/** The hash shortened to 12 hex digits, keeping an algorithm prefix such as `sha256:` outside the count. */
function shortHash(hash: string): string {
	const m = /^([a-z0-9-]+:)?(.*)$/i.exec(hash)!;
	const prefix = m[1] ?? '';
	const digits = m[2];
	return prefix + (digits.length > 12 ? digits.slice(0, 12) : digits);
}
