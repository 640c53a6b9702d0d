// Which documents are in group A and group B, as the database answers groupDocsQuery for the current groups:
// asked once per database (by DbProvider) and shared through context, so a selection change runs it once, not once
// per view.
import { getContext, setContext } from 'svelte';
import { useQuery } from '$lib/db/client.svelte';
import { groupDocsQuery, type GroupDocRow } from '$lib/db/groups';
import type { QueryRunner } from '$lib/db/sql';
import type { AppState } from './app-state.svelte';

export interface GroupMembers {
	/** 'A', 'B' or '' for a document (the last answer is kept while a new one is pending). */
	of(docId: string): 'A' | 'B' | '';
	/** Group A's and group B's documents in corpus order. */
	readonly a: readonly string[];
	readonly b: readonly string[];
	readonly error: Error | null;
}

/** Call during component initialisation (a query client); DbProvider does, once. */
export function useGroupMembers(app: AppState, runner: QueryRunner): GroupMembers {
	const result = useQuery<GroupDocRow>(() => groupDocsQuery(app.groups), runner);
	const byDoc = $derived(new Map((result.rows ?? []).map((r) => [r.doc_id, r.grp])));
	const a = $derived((result.rows ?? []).filter((r) => r.grp === 'A').map((r) => r.doc_id));
	const b = $derived((result.rows ?? []).filter((r) => r.grp === 'B').map((r) => r.doc_id));
	return {
		of: (docId) => byDoc.get(docId) ?? '',
		get a() {
			return a;
		},
		get b() {
			return b;
		},
		get error() {
			return result.error;
		}
	};
}

const KEY = Symbol('tribune:group-members');

export function setGroupMembers(members: GroupMembers): GroupMembers {
	return setContext(KEY, members);
}

/** The open database's group membership. Only inside <DbProvider>. */
export function getGroupMembers(): GroupMembers {
	const m = getContext<GroupMembers | undefined>(KEY);
	if (!m) throw new Error('getGroupMembers() outside <DbProvider>');
	return m;
}
