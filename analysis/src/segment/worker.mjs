// The entry of a pipeline worker thread (pool.ts): registers tsx in this thread, whatever loaded the main one (tsx,
// vitest), then loads the worker itself, which is TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
