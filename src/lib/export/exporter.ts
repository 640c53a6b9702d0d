// The exports of one component, bound to the open corpus and the app state: each file stamped with the selection it
// came from and the link that reopens it. Call `exporter()` while the component is created (it reads the context).
import { getDb } from '$lib/db/context';
import { getAppState } from '$lib/state/app-state.svelte';
import type { SliceName } from '$lib/state/url';
import { columnsOf, toCsv, toJson, toMethodsJson } from './data';
import { download, slug } from './download';
import { viewLink } from './link';
import { methodsStamp, type MethodsStamp } from './stamp';

type Rows = readonly Record<string, unknown>[];
const SHARED: readonly string[] = ['corpus', 'groups', 'terms'];

export interface Exporter {
	/** The link that reopens the current view. */
	link(): string;
	/** The stamp now; `view`: whose settings are the parameters (default: every view's). */
	stamp(definition?: string, view?: SliceName): MethodsStamp;
	/** The file name stem: `tribune-<corpus>-<title>`. */
	name(title: string): string;
	/** CSV (header first) and beside it `<name>.methods.json` with the stamp. */
	csv(rows: Rows, title: string, stamp: MethodsStamp, columns?: string[]): void;
	json(rows: Rows, title: string, stamp: MethodsStamp): void;
}

export function exporter(): Exporter {
	const db = getDb();
	const app = getAppState();
	const link = () => viewLink(app.snapshot(), `${location.origin}${location.pathname}`);
	const name = (title: string) => `tribune-${slug(db.info.name)}-${slug(title)}`;
	return {
		link,
		name,
		stamp(definition, view) {
			const state = app.snapshot();
			const parameters = view ? { [view]: state[view] } : Object.fromEntries(Object.entries(state).filter(([k]) => !SHARED.includes(k)));
			const { terms, lemma, parts } = state.terms;
			return methodsStamp(db.info.meta, db.info.name, definition, new Date(), { terms, lemma, parts, groups: state.groups, parameters, link: link() });
		},
		csv(rows, title, stamp, columns) {
			const file = `${name(title)}.csv`;
			download(toCsv(rows, columns), file, 'text/csv;charset=utf-8');
			download(toMethodsJson(stamp, file, columnsOf(rows, columns)), `${name(title)}.methods.json`, 'application/json');
		},
		json(rows, title, stamp) {
			download(toJson(rows, stamp), `${name(title)}.json`, 'application/json');
		}
	};
}
