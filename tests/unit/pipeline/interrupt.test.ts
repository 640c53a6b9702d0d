// Interrupted runs (issue 12.3): Ctrl+C or SIGTERM while writing leaves no temporary file; what a killed run left is
// removed by the next run, unless its process is still alive.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeCorpus } from '../../../analysis/src/pipeline';
import { cleanupTemp, DEFAULT_CORPUS, FIXTURES, tempDir } from './helpers';

afterAll(cleanupTemp);

const ROOT = resolve(__dirname, '../../..');

/** Runs the CLI, sends `signal` once its temporary database exists, and returns how it ended. */
async function interrupt(signal: 'SIGINT' | 'SIGTERM', corpus: string, out: string): Promise<{ code: number | null; err: string; left: string[] }> {
	const child = spawn(process.execPath, ['--import', 'tsx', 'analysis/cli.ts', '--corpus', corpus, '--name', 'big', '--out', out], { cwd: ROOT });
	let err = '';
	child.stderr.on('data', (b: Buffer) => (err += b.toString()));
	const ended = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
	const folder = join(out, 'big');
	const tmp = `.corpus.duckdb.${child.pid}.tmp`;
	await expect.poll(() => existsSync(join(folder, tmp)) && existsSync(join(folder, `${tmp}.rows`)), { timeout: 60_000, interval: 20 }).toBe(true);
	child.kill(signal);
	const code = await ended;
	return { code, err, left: readdirSync(folder) };
}

/** The default corpus, each text listed four times: a run long enough to be interrupted. */
function bigCorpus(): string {
	const dir = join(tempDir(), 'big');
	mkdirSync(dir);
	const lines = ['id,file,author,title,date'];
	for (let k = 0; k < 4; k++) {
		cpSync(DEFAULT_CORPUS, join(dir, `c${k}`), { recursive: true });
		for (const f of readdirSync(join(dir, `c${k}`)).filter((f) => f.endsWith('.txt'))) lines.push(`${k}-${f.replace('.txt', '')},c${k}/${f},A,T,1917`);
	}
	writeFileSync(join(dir, 'manifest.csv'), `${lines.join('\n')}\n`);
	return dir;
}

describe('interrupted runs', () => {
	const corpus = bigCorpus();

	it('SIGTERM while writing: exit 143, one line said, no temporary file, WAL or row folder left', async () => {
		const r = await interrupt('SIGTERM', corpus, tempDir());
		expect(r.code).toBe(143);
		expect(r.err).toMatch(/analysis interrupted \(SIGTERM\): nothing was written/);
		expect(r.left).toEqual([]);
	}, 120_000);

	it('Ctrl+C (SIGINT) while writing: exit 130, nothing left', async () => {
		const r = await interrupt('SIGINT', corpus, tempDir());
		expect(r.code).toBe(130);
		expect(r.left).toEqual([]);
	}, 120_000);

	it('a killed run’s temporary files are removed by the next run; a live run’s are not', async () => {
		const out = tempDir();
		const folder = join(out, 'tiny');
		mkdirSync(folder, { recursive: true });
		// A process that has ended: its id is free (kill(pid, 0) answers ESRCH).
		const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
		const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)']);
		const live = running.pid!;
		const of = (pid: number) => [`.corpus.duckdb.${pid}.tmp`, `.corpus.duckdb.${pid}.tmp.wal`, `.tiny_tokens.csv.${pid}.tmp`];
		for (const pid of [dead, live]) {
			for (const f of of(pid)) writeFileSync(join(folder, f), 'x');
			mkdirSync(join(folder, `.corpus.duckdb.${pid}.tmp.rows`));
			writeFileSync(join(folder, `.corpus.duckdb.${pid}.tmp.rows`, '0.tokens.tsv'), 'x');
		}
		try {
			await analyzeCorpus({ corpus: join(FIXTURES, 'tiny'), out });
		} finally {
			running.kill();
		}
		const left = readdirSync(folder).filter((f) => f.startsWith('.'));
		expect(left.sort()).toEqual([...of(live), `.corpus.duckdb.${live}.tmp.rows`].sort());
	});
});
