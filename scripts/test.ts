// `npm test`: every test, unit (Node) and e2e (Debian's Chromium), then one line `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './chromium';

let chromium: string;
try {
	chromium = ensureChromium();
} catch (e) {
	console.error((e as Error).message);
	process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'tribune-test-'));
const report = join(dir, 'vitest.json');
const run = spawnSync(
	'npx',
	['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
	{ stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium } }
);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
	const json = JSON.parse(readFileSync(report, 'utf8')) as {
		numPassedTests: number;
		numFailedTests: number;
		numPendingTests: number;
		numTodoTests: number;
		testResults: { status: string; assertionResults: { status: string }[] }[];
	};
	passed = json.numPassedTests;
	// A file that failed to load (or a failed global setup) counts as one failure, not as silence; a file whose
	// tests failed is already counted by its tests.
	const unloaded = json.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((t) => t.status === 'failed')).length;
	failed = json.numFailedTests + unloaded;
	skipped = json.numPendingTests + json.numTodoTests;
} catch {
	failed = Math.max(1, failed);
}
rmSync(dir, { recursive: true, force: true });
// Vitest failed the run with every test passing (an unhandled error or rejection, reported above): one failure, so the
// line never says "0 failed" for a red run.
if (run.status !== 0 && failed === 0) failed = 1;
const ok = run.status === 0 && failed === 0 && passed > 0;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
