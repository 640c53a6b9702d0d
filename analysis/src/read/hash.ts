// The corpus content hash: sha256 over manifest.csv and every text it lists, in sorted order, framed by name and length.
import { createHash } from 'node:crypto';
import type { RawFile } from './texts';

export function corpusHash(files: RawFile[]): string {
	const h = createHash('sha256');
	for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
		// Name and length frame each file, so moving bytes from one file to the next changes the hash.
		h.update(`${f.name}\0${f.bytes.length}\0`);
		h.update(f.bytes);
	}
	return `sha256:${h.digest('hex')}`;
}
