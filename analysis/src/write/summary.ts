// summary.json beside corpus.duckdb: the answers of the app's first queries (src/lib/db/summary.ts), asked of the
// finished database through the same runner the tests use, so the file holds exactly the database's rows. The app
// draws its first chart from it while the engine starts, then checks it against the database.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SUMMARY_FILE, SUMMARY_FORMAT, summaryQueries, type Summary } from '../../../src/lib/db/summary';
import type { QueryRunner } from '../../../src/lib/db/sql';
import { withDatabase } from '../../../scripts/db/node-runner';
import { tempPathFor } from './temp';

/** The summary of the database `runner` reads: every summary query it can answer (an older database may lack one). */
export async function summaryOf(runner: QueryRunner): Promise<Summary> {
	const answers: Summary['answers'] = [];
	for (const q of summaryQueries()) {
		const rows = await runner.run(q).catch(() => null);
		if (rows) answers.push({ sql: q.sql, params: q.params, rows });
	}
	return { format: SUMMARY_FORMAT, answers };
}

/** Writes summary.json beside the database at `dbPath` (a finished, published file), atomically; returns its path. */
export async function writeSummary(dbPath: string): Promise<string> {
	const summary = await withDatabase(dbPath, summaryOf);
	const path = join(dirname(dbPath), SUMMARY_FILE);
	// Hidden and per process: the stale-file sweep and the interrupt cleanup remove it, the build never ships it.
	const tmp = tempPathFor(path);
	try {
		writeFileSync(tmp, JSON.stringify(summary));
		renameSync(tmp, path);
	} catch (e) {
		rmSync(tmp, { force: true });
		throw e;
	}
	return path;
}
