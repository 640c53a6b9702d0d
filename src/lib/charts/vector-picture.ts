// A chart that draws its dense layer on a canvas is exported with every mark as SVG: the layer is drawn as SVG
// synchronously (the export copies the SVG at once), and back on the canvas in the next task.
import { flushSync } from 'svelte';

export function drawnAsVector<T>(setVector: (vector: boolean) => void, svg: () => T): T {
	flushSync(() => setVector(true));
	setTimeout(() => setVector(false));
	return svg();
}
