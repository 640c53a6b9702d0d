// `npx tsx scripts/db/compare.ts A.duckdb B.duckdb`: whether two corpus databases hold the same rows in every table
// of the contract (each table compared whole, in both directions), e.g. before and after a change to the pipeline.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TABLES } from '../../src/lib/db/contract/schema';
import { literal } from '../../src/lib/db/sql';
import { NodeRunner } from './node-runner';

/** Per table: rows in each file, and rows of one that the other lacks (multiset difference, both ways). */
export async function compareDatabases(a: string, b: string): Promise<{ table: string; rowsA: number; rowsB: number; differ: number }[]> {
	const db = await NodeRunner.open(a);
	try {
		await db.rows(`ATTACH ${literal(resolve(b))} AS other (READ_ONLY)`);
		const out = [];
		for (const table of Object.keys(TABLES)) {
			const [r] = await db.rows<{ a: number; b: number; differ: number }>(`SELECT
				(SELECT count(*) FROM corpus.${table}) AS a, (SELECT count(*) FROM other.${table}) AS b,
				(SELECT count(*) FROM (SELECT * FROM corpus.${table} EXCEPT ALL SELECT * FROM other.${table})) +
				(SELECT count(*) FROM (SELECT * FROM other.${table} EXCEPT ALL SELECT * FROM corpus.${table})) AS differ`);
			out.push({ table, rowsA: r.a, rowsB: r.b, differ: r.differ });
		}
		return out;
	} finally {
		db.close();
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const [a, b] = process.argv.slice(2);
	if (!a || !b) {
		console.error('usage: npx tsx scripts/db/compare.ts A.duckdb B.duckdb');
		process.exit(2);
	}
	const result = await compareDatabases(a, b);
	for (const r of result) console.log(`${r.table}: ${r.rowsA} / ${r.rowsB} rows, ${r.differ} differ`);
	process.exit(result.every((r) => r.differ === 0 && r.rowsA === r.rowsB) ? 0 : 1);
}
