// Segmentation is a contract: a faster segment stage must give the same sentences and tokens, field for field. The
// prints in fingerprints.json were made by the segment code of commit 4d77b86, before its speed-ups. A change that
// means to alter the rows rewrites them on purpose, with fingerprint() called as below:
//   npx tsx -e "import('./tests/unit/segment/fingerprint.ts').then((m) => console.log(JSON.stringify({ default:
//     m.fingerprint('analysis/corpus', 1), lanes: m.fingerprint('tests/fixtures/corpora/lanes', 2) }, null, '\t')))"
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DEFAULT_CORPUS, FIXTURES } from '../pipeline/helpers';
import { fingerprint } from './fingerprint';
import expected from './fingerprints.json';

describe('segmentation fingerprints', () => {
	it('the default corpus (one lane) gives the same sentences and tokens as before', () => {
		expect(fingerprint(DEFAULT_CORPUS, 1)).toEqual(expected.default);
	}, 60_000);

	it('the lanes corpus read in two lanes (one reader taught a word the other does not know) gives the same rows', () => {
		expect(fingerprint(join(FIXTURES, 'lanes'), 2)).toEqual(expected.lanes);
	}, 60_000);
});
