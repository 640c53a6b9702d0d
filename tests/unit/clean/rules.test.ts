// The rule list is checked when the pipeline starts: every rule named, no name used twice; and the cleaning README
// documents exactly the names the rules carry.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkRules, PIPELINE, RULES } from '../../../analysis/src/clean/index';
import type { Rule } from '../../../analysis/src/clean/draft';
import { motto } from '../../../analysis/src/clean/rules/motto';
import { notes } from '../../../analysis/src/clean/rules/notes';

const rule = (name: string, records?: Rule['records']): Rule => ({ name, description: `the ${name || 'nameless'} rule`, records, apply: (d) => d });

describe('checkRules', () => {
	it('accepts the pipeline’s rules', () => {
		expect(() => checkRules(PIPELINE)).not.toThrow();
	});
	it('refuses a rule without a name, saying which', () => {
		expect(() => checkRules([motto, rule('')])).toThrow(/rule 2 of 2 has no name \(the nameless rule\)/);
		expect(() => checkRules([rule('  ')])).toThrow(/rule 1 of 1 has no name/);
	});
	it('refuses a name used twice, by two rules or by a rule and a name another records under, naming it', () => {
		expect(() => checkRules([motto, rule('motto')])).toThrow(/"motto" is used twice \(rule 2\)/);
		expect(() => checkRules([notes, rule('x', [{ name: 'author-note', description: 'again' }])])).toThrow(/"author-note" is used twice/);
	});
});

describe('the cleaning README', () => {
	it('has one table row per recorded rule name, in pipeline order', () => {
		const readme = readFileSync('analysis/src/clean/README.md', 'utf8');
		const rows = [...readme.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
		expect(rows).toEqual(RULES.map((r) => r.name));
	});
});
