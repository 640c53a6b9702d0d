// Runs a callback once an update is on screen: after Svelte has applied it (tick) and the browser has painted it
// (the next animation frame). The charts use it to record when they are drawn (bench and browser tests).
import { tick } from 'svelte';

export function afterPaint(then: () => void): void {
	tick().then(() => requestAnimationFrame(() => then()));
}

/** Runs a callback in a task after the next frame has been painted (a frame's animation callbacks run before its paint). */
export function afterNextPaint(then: () => void): void {
	tick().then(() => requestAnimationFrame(() => setTimeout(then)));
}
