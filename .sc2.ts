import { analyzeCorpus } from './analysis/src/pipeline';
for (let i = 0; i < 2; i++) { const r = await analyzeCorpus({ corpus: '/tmp/exp/scaled', out: '/tmp/exp/scout' }); console.log(JSON.stringify(Object.fromEntries(Object.entries(r.timings).map(([k, v]) => [k, Math.round(v)])))); }
