// `npm run analyze` as a person runs it: help, exit codes, the problem list, the report and the summary.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanupTemp, FIXTURES, tempDir } from './helpers';

afterAll(cleanupTemp);

const ROOT = resolve(__dirname, '../../..');

function analyze(...args: string[]) {
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'analysis/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('analysis/cli.ts', () => {
	it('--help prints the usage', () => {
		const r = analyze('--help');
		expect(r.code).toBe(0);
		expect(r.out).toContain('--corpus DIR');
		expect(r.out).toContain('--report');
	});

	it('an unknown option exits with 2', () => {
		expect(analyze('--corpse', 'x').code).toBe(2);
	});

	it('a broken corpus lists every problem and exits with 1', () => {
		const out = tempDir();
		const r = analyze('--corpus', join(FIXTURES, 'bad-rows'), '--out', out);
		expect(r.code).toBe(1);
		expect(r.err).toContain('error: manifest.csv:6 (value "1917-13")');
		expect(r.err).toContain('error: empty.txt');
		expect(r.err).toContain('warning: extra.txt');
		expect(r.err).toContain('13 problems to fix; nothing was written.');
		expect(existsSync(join(out, 'bad-rows'))).toBe(false);
	});

	it('--report prints what each rule removed, then the summary (no progress bar off a terminal)', () => {
		const out = tempDir();
		const r = analyze('--corpus', join(FIXTURES, 'tiny'), '--out', out, '--report');
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/^stalin-1917-excerpt \(stalin\.txt\): \d+ spans? removed/m);
		expect(r.out).toMatch(/^tiny: 2 documents, 17 sentences, [\d,]+ words in [\d.]+ s \(one thread, peak memory [\d,]+ MB\) → /m);
		expect(r.out).toMatch(/^removed \d+ spans/m);
		expect(r.err).not.toContain('\u001b[');
		expect(existsSync(join(out, 'tiny', 'corpus.duckdb'))).toBe(true);
	});
});
