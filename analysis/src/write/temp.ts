// The temporary files of a run beside the database it writes (`.corpus.duckdb.<pid>.tmp`, its `.wal` and `.rows/`, and
// the table files' `.<file>.<pid>.tmp`): named by the writing process, removed when it ends, however it ends.
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The temporary file a run writes beside `path` (hidden, per process) before renaming it over `path`. */
export const tempPathFor = (path: string, pid = process.pid) => join(dirname(path), `.${basename(path)}.${pid}.tmp`);

/** A run's temporary entry: hidden, with the process id before `.tmp` (and maybe `.wal` or `.rows` after). */
const TEMP = /^\..+\.(\d+)\.tmp(?:\.wal|\.rows)?$/;

/** Whether a process with this id is running (one of another user counts: kill answers EPERM, not ESRCH). */
export function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code !== 'ESRCH';
	}
}

/** Temporary entries in `dir` written by processes for which `which` holds, removed; returns their names. */
function removeTemp(dir: string, which: (pid: number) => boolean): string[] {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return [];
	}
	const removed: string[] = [];
	for (const name of names) {
		const m = TEMP.exec(name);
		if (!m || !which(Number(m[1]))) continue;
		rmSync(join(dir, name), { recursive: true, force: true });
		removed.push(name);
	}
	return removed;
}

/** Removes what runs that are no longer alive (killed, crashed) left in `dir`; a running one's files stay. */
export const removeStaleTemp = (dir: string): string[] => removeTemp(dir, (pid) => pid !== process.pid && !isAlive(pid));

/** Removes this process's temporary files in `dir` (on an interrupt: synchronous, safe to call more than once). */
export const removeOwnTemp = (dir: string, pid = process.pid): string[] => removeTemp(dir, (p) => p === pid);
