// Runs a callback once an update is on screen: after Svelte has applied it (tick) and the browser has painted it
// (the next animation frame). The charts use it to record when they are drawn (bench and browser tests); work that
// can wait for the page to be idle (whenIdle) is put after the drawing.
import { tick } from 'svelte';

export function afterPaint(then: () => void): void {
	tick().then(() => requestAnimationFrame(() => then()));
}

/** Runs a callback in a task after the next frame has been painted (a frame's animation callbacks run before its paint). */
export function afterNextPaint(then: () => void): void {
	tick().then(() => requestAnimationFrame(() => setTimeout(then)));
}

/** Runs `then` when the page is next idle (at the latest after half a second); returns how to cancel it. */
export function whenIdle(then: () => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(then, { timeout: 500 });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(then, 50);
	return () => clearTimeout(id);
}

/**
 * Runs `then` when the page is next idle and `busy()` is false (at the latest after `maxMs`); returns how to cancel
 * it. The main thread is idle while a worker answers, so an idle callback alone can run between an interaction and
 * its drawing.
 */
export function whenIdleAfter(busy: () => boolean, then: () => void, maxMs = 1000): () => void {
	const until = performance.now() + maxMs;
	let cancel: () => void;
	const check = () => {
		if (busy() && performance.now() < until) cancel = whenIdle(check);
		else then();
	};
	cancel = whenIdle(check);
	return () => cancel();
}
