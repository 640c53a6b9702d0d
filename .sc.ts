import { analyzeCorpus } from './analysis/src/pipeline';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
rmSync('/tmp/exp/scaled', { recursive: true, force: true }); mkdirSync('/tmp/exp/scaled');
const [h, ...rows] = csvParseRows(readFileSync('analysis/corpus/manifest.csv', 'utf8'));
const out = [h];
for (let k = 0; k < 8; k++) for (const r of rows) { copyFileSync('analysis/corpus/' + r[1], `/tmp/exp/scaled/${k}-${r[1]}`); out.push(r.map((v, i) => i === 0 ? `${v}-${k}` : i === 1 ? `${k}-${v}` : v)); }
writeFileSync('/tmp/exp/scaled/manifest.csv', csvFormatRows(out));
for (let i = 0; i < 3; i++) { const r = await analyzeCorpus({ corpus: '/tmp/exp/scaled', out: '/tmp/exp/scout' }); console.log(r.n_words, JSON.stringify(Object.fromEntries(Object.entries(r.timings).map(([k, v]) => [k, Math.round(v)])))); }
