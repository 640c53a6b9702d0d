// Kept for the test files that import it from here: the one Node query runner lives in scripts/db/node-runner.ts.
export { NodeRunner as NodeDbRunner } from '../../../scripts/db/node-runner';
