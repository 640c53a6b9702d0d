// A computation done later, off the current task (in a Web Worker, or in a task of its own where there is none): its
// answer as a promise, and a way to drop it when what it answers has changed.

export interface Later<T> {
	/** The answer, or the computation's error. Never settles once cancelled. */
	result: Promise<T>;
	cancel: () => void;
}

/** `compute` in a task of its own after the current one (where no worker can run it: Node, old browsers). */
export function inAnotherTask<T>(compute: () => T): Later<T> {
	let cancelled = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const result = new Promise<T>((resolve, reject) => {
		timer = setTimeout(() => {
			if (cancelled) return;
			try {
				resolve(compute());
			} catch (error) {
				reject(error);
			}
		});
	});
	return {
		result,
		cancel: () => {
			cancelled = true;
			clearTimeout(timer);
		}
	};
}
