// A view's region as its queries see it: busy while any query of the view is pending or its answer is being drawn
// (the <section> carries aria-busy="true" meanwhile, for screen readers and for timing an interaction from outside),
// and the errors of its queries, which the region shows. ViewSection provides one; useQuery finds the nearest.
import { getContext, setContext, untrack } from 'svelte';
import type { BusyCounter } from './query-flow';

/** Queries pending or being drawn in every region together (not reactive: read when deciding, never tracked). */
let working = 0;

/** Some view's query is pending or its answer is being drawn: the page has not answered the last interaction yet. */
export const pageBusy = (): boolean => working > 0;

export class BusyRegion implements BusyCounter {
	/** Queries pending or being drawn. */
	count = $state(0);
	private errors = $state.raw<Map<object, Error>>(new Map());

	get busy(): boolean {
		return this.count > 0;
	}

	/** The messages of the queries that failed, once each. */
	get failures(): string[] {
		return [...new Set([...this.errors.values()].map((e) => e.message))];
	}

	// Called from the views' query effects: untracked, so that counting does not make those effects depend on the count.
	begin(): () => void {
		untrack(() => this.count++);
		working++;
		return () => {
			working = Math.max(0, working - 1);
			untrack(() => (this.count = Math.max(0, this.count - 1)));
		};
	}

	report(client: object, error: Error | null): void {
		untrack(() => {
			if (!error && !this.errors.has(client)) return;
			const next = new Map(this.errors);
			if (error) next.set(client, error);
			else next.delete(client);
			this.errors = next;
		});
	}
}

const KEY = Symbol('tribune:busy-region');

export function setBusyRegion(region: BusyRegion): BusyRegion {
	return setContext(KEY, region);
}

/** The nearest view region, or null outside any (the page's shared queries). */
export function getBusyRegion(): BusyRegion | null {
	return getContext<BusyRegion | undefined>(KEY) ?? null;
}
