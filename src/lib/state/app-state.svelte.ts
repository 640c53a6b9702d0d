// The one state object of the app: a slice per view and for the shared selection (src/lib/views/registry.ts),
// private, read through getters and changed only through the intent methods below. Its URL form is url.ts,
// kept in step with the address bar by url-sync.svelte.ts.
import { getContext, setContext } from 'svelte';
import { defaults, type SliceName, type UrlState } from './url';
import { Notices } from './notices.svelte';
import { toGroups, type GroupB, type GroupChoice, type GroupsState } from './groups';
import type { Groups } from '$lib/db/groups';
import { keepExcluded, type TermsState } from '$lib/terms/state';
import { MAX_TERMS } from '$lib/terms/parse';
import { clampBins } from '$lib/views/inside/state';
import type { KwicSort, PassageFocus } from '$lib/views/passages/state';
import type { ReaderAt } from '$lib/views/reader/state';

export type { GroupAMode, GroupB, GroupBMode, GroupChoice } from './groups';

/** The slices of single views (the shared ones, corpus, groups and terms, have their own intents). */
type ViewSlice = Exclude<SliceName, 'corpus' | 'groups' | 'terms'>;

/** Which group a click or a brush on the timeline sets. */
export type SelectTarget = 'A' | 'B';

export type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

export class AppState {
	#s = $state<UrlState>(defaults());
	#selectTarget = $state<SelectTarget>('A');
	#amend = false;
	/** Notes for the user about state that could not be used as given. */
	readonly notices = new Notices();

	// --- reading ---
	get corpus(): string {
		return this.#s.corpus;
	}
	/** Group A's documents when A is a set of documents (in the order chosen); empty when A is authors or years. */
	get groupA(): readonly string[] {
		const a = this.#s.groups.a;
		return a.mode === 'docs' ? a.docs : [];
	}
	/** Group A as chosen: documents, authors or a year range. */
	get choiceA(): DeepReadonly<GroupChoice> {
		return this.#s.groups.a;
	}
	/** What group A is compared with: the rest of the corpus, documents, authors or a year range. */
	get groupB(): DeepReadonly<GroupB> {
		return this.#s.groups.b;
	}
	/** The two groups as SQL compiles them (src/lib/db/groups.ts). */
	get groups(): Groups {
		return toGroups(this.#s.groups);
	}
	/** Whether clicks and brushes on the timeline set group A or group B (not in the URL). */
	get selectTarget(): SelectTarget {
		return this.#selectTarget;
	}
	get terms(): DeepReadonly<TermsState> {
		return this.#s.terms;
	}
	/** One view's slice (read-only: it changes through the intents). */
	view<K extends ViewSlice>(name: K): DeepReadonly<UrlState[K]> {
		return this.#s[name] as DeepReadonly<UrlState[K]>;
	}

	/** The URL-mirrored state as plain data (a copy). */
	snapshot(): UrlState {
		return $state.snapshot(this.#s) as UrlState;
	}

	/** Replaces the whole state (an address read, a corpus reconciled); `amend`: no new history step. */
	apply(s: UrlState, { amend = false } = {}): void {
		if (amend) this.#amend = true;
		this.#s = $state.snapshot(s) as UrlState;
	}

	/** Whether the last change asked not to be a history step (for the URL sync); resets it. */
	takeAmend(): boolean {
		const a = this.#amend;
		this.#amend = false;
		return a;
	}

	// --- the corpus ---
	/** Opens another corpus: its own defaults, the terms and lemma switch kept. */
	openCorpus(name: string): void {
		const next = defaults();
		next.corpus = name;
		next.terms = { ...next.terms, terms: [...this.#s.terms.terms], lemma: this.#s.terms.lemma };
		this.apply(next);
	}

	// --- the groups ---
	/**
	 * Sets the documents of the group being selected (A, or B), making it a set of documents. A document is in one
	 * group at most: choosing it for one group moves it out of the other when that one is a set of documents too (a
	 * document of A clicked while choosing B becomes a B document, visibly, rather than sitting in both).
	 */
	select(ids: readonly string[]): void {
		const chosen = new Set(ids);
		const { a, b } = this.#s.groups;
		const without = (g: GroupChoice): GroupChoice => (g.mode === 'docs' && g.docs.some((id) => chosen.has(id)) ? { mode: 'docs', docs: g.docs.filter((id) => !chosen.has(id)) } : g);
		if (this.#selectTarget === 'A') this.#setGroups({ a: { mode: 'docs', docs: [...ids] }, b: b.mode === 'rest' ? b : without(b) });
		else this.#setGroups({ a: without(a), b: { mode: 'docs', docs: [...ids] } });
	}

	/**
	 * Adds or removes one document from the group being selected (adding moves it out of the other group). When that
	 * group is authors or years, `members` (its documents now) is where the new set of documents starts from.
	 */
	toggle(id: string, members: readonly string[] = []): void {
		const g = this.#selectTarget === 'A' ? this.#s.groups.a : this.#s.groups.b;
		const current = g.mode === 'docs' ? g.docs : g.mode === 'rest' ? [] : members;
		this.select(current.includes(id) ? current.filter((x) => x !== id) : [...current, id]);
	}

	/** The documents of the group that clicks and brushes choose, when it is a set of documents (else none). */
	get selecting(): readonly string[] {
		const g = this.#selectTarget === 'A' ? this.#s.groups.a : this.#s.groups.b;
		return g.mode === 'docs' ? g.docs : [];
	}

	clearGroupA(): void {
		this.#setGroups({ ...this.#s.groups, a: { mode: 'docs', docs: [] } });
	}

	/** What group A is; clicks and brushes then choose A. */
	chooseGroupA(a: GroupChoice): void {
		const b = this.#s.groups.b;
		const inA = new Set(a.mode === 'docs' ? a.docs : []);
		const nextB: GroupB = b.mode === 'docs' && b.docs.some((id) => inA.has(id)) ? { mode: 'docs', docs: b.docs.filter((id) => !inA.has(id)) } : b;
		this.#setGroups({ a: $state.snapshot(a) as GroupChoice, b: nextB });
		this.#selectTarget = 'A';
	}

	/** What group B is; choosing documents or years for B makes clicks and brushes choose B, anything else A. */
	chooseGroupB(b: GroupB): void {
		this.#setGroups({ ...this.#s.groups, b: $state.snapshot(b) as GroupB });
		this.#selectTarget = b.mode === 'docs' || b.mode === 'years' ? 'B' : 'A';
	}

	/** Sets the year range of the group being selected (a brush on the timeline): it becomes a year-range group. */
	selectYears(from: number, to: number): void {
		const range: GroupChoice = { mode: 'years', from: Math.min(from, to), to: Math.max(from, to) };
		if (this.#selectTarget === 'A') this.chooseGroupA(range);
		else this.chooseGroupB(range);
	}

	/** Whether clicks and brushes choose A or B (B only when B is documents or a year range). */
	chooseTarget(target: SelectTarget): void {
		const b = this.#s.groups.b;
		if (target === 'B' && b.mode !== 'docs' && b.mode !== 'years') return;
		this.#selectTarget = target;
	}

	#setGroups(g: GroupsState): void {
		this.#s.groups = g;
	}

	// --- the terms ---
	/** The terms as typed and parsed (labels); nothing happens when they are the same. */
	setTerms(labels: readonly string[]): void {
		if (labels.join('\u0000') !== this.#s.terms.terms.join('\u0000'))
			this.#s.terms = { ...this.#s.terms, terms: [...labels], exclude: keepExcluded(this.#s.terms.exclude, labels) };
	}
	/**
	 * Adds one term to those drawn (a term clicked in another view), keeping the others; at the term box's limit
	 * (MAX_TERMS) the oldest goes so the new one shows. Nothing changes when it is there already.
	 */
	addTerm(label: string): void {
		const now = this.#s.terms.terms;
		if (now.includes(label)) return;
		this.setTerms([...now, label].slice(-MAX_TERMS));
	}
	setLemma(on: boolean): void {
		this.#s.terms = { ...this.#s.terms, lemma: on };
	}
	setParts(on: boolean): void {
		this.#s.terms = { ...this.#s.terms, parts: on };
	}
	/** Leaves a matched form out of a term's matches, or puts it back (every term query then honours it). */
	toggleForm(term: string, form: string): void {
		const ex = this.#s.terms.exclude;
		const has = ex.some((e) => e.term === term && e.form === form);
		const exclude = has ? ex.filter((e) => !(e.term === term && e.form === form)) : [...ex, { term, form }];
		this.#s.terms = { ...this.#s.terms, exclude: exclude.map((e) => ({ ...e })) };
	}

	// --- a view's own options ---
	/**
	 * Changes options of one view's slice (e.g. the trajectory's level): what only that view reads. What other
	 * views read (the groups, the terms, the passages opened) changes through the named intents.
	 */
	setOptions<K extends ViewSlice>(name: K, change: Partial<UrlState[K]>): void {
		this.#s[name] = { ...this.#s[name], ...change };
	}

	// --- inside one document ---
	showDocument(docId: string): void {
		this.#s.inside = { ...this.#s.inside, doc: docId };
	}
	/** Sets the bins (clamped to 1–100); returns the number used. */
	setBins(bins: number): number {
		const b = clampBins(bins);
		this.#s.inside = { ...this.#s.inside, bins: b };
		return b;
	}

	// --- passages and the Reader ---
	/** Opens the occurrences behind a mark (closing the Reader); `show`: also show its document inside. */
	openPassages(focus: PassageFocus, { show = false } = {}): void {
		this.#s.passages = { ...this.#s.passages, focus: $state.snapshot(focus) as PassageFocus, page: undefined };
		if (show && focus.docId) this.showDocument(focus.docId);
		this.closeReader();
	}
	closePassages(): void {
		this.#s.passages = { ...this.#s.passages, focus: null, page: undefined };
		this.closeReader();
	}
	/** Orders the KWIC lines by `key`; the same key again reverses the order. */
	sortPassages(key: KwicSort): void {
		const p = this.#s.passages;
		this.#s.passages = p.sort === key ? { ...p, desc: !p.desc, page: undefined } : { ...p, sort: key, desc: false, page: undefined };
	}
	/** Shows a page of the passages' lines (from 0). */
	pagePassages(page: number): void {
		this.#s.passages = { ...this.#s.passages, page: page > 0 ? page : undefined };
	}
	/**
	 * Opens the Reader at a sentence, at occurrence `hit` (its first token) when known. `amend`: a correction of
	 * the address (a sentence past the end), not a new step.
	 */
	openReader(at: ReaderAt, hit: number | null, { amend = false } = {}): void {
		if (amend) this.#amend = true;
		this.#s.reader = { at: { ...at }, hit };
	}
	closeReader(): void {
		this.#s.reader = { at: null, hit: null };
	}
}

const KEY = Symbol('tribune:app-state');

export function setAppState(state: AppState): AppState {
	return setContext(KEY, state);
}

export function getAppState(): AppState {
	const s = getContext<AppState | undefined>(KEY);
	if (!s) throw new Error('getAppState() outside the app: no AppState in context');
	return s;
}
