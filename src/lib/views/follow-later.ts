// A job a view hands to a worker, followed by the view's region as a query is: shared by the views that compute off
// the main thread (contrasts, sentence lengths). In views/ rather than db/: it waits for the chart's paint (charts/).
import { afterPaint } from '$lib/charts/after-paint';
import type { BusyRegion } from '$lib/db/busy.svelte';
import { once } from '$lib/db/query-flow';
import type { Later } from '$lib/stats/later';

/**
 * Follows a job computed later for a view (a worker's): the view's region is busy until the answer is drawn (after
 * the next paint) or the job has failed, and shows the failure (the message `fail` makes). Call in an $effect and
 * return what it returns: a newer run of the effect cancels the job, whose answer is then never given.
 */
export function followLater<T>(region: BusyRegion | null, client: object, job: Later<T>, answer: (value: T) => void, fail: (e: Error) => string): () => void {
	const done = once(region?.begin() ?? (() => {}));
	job.result.then(
		(value) => {
			answer(value);
			region?.report(client, null);
			afterPaint(done);
		},
		(e: Error) => {
			region?.report(client, new Error(fail(e)));
			done();
		}
	);
	return () => {
		job.cancel();
		done();
	};
}
