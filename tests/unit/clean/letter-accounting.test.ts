// Issue 12 ("Also must show"): cleaning loses no letter and counts none twice — over the default corpus, for every document,
// the raw text's letters equal the letters of its sentences plus those recorded in `removed`, exactly.
import { describe, expect, it } from 'vitest';
import { cleanCorpus } from '../../../analysis/src/clean/index';
import { segmentDocument } from '../../../analysis/src/segment/segment';
import { cleanSnippet, corpus, rawDoc } from '../../fixtures/ocr/snippets';
import { letterAccount } from './letters';

describe('letter accounting on the default corpus', () => {
	const docs = corpus();
	const clean = cleanCorpus(docs);
	it('has its five documents', () => expect(docs).toHaveLength(5));
	it.each(docs.map((d, i) => [d.entry.id, i] as const))('%s: raw letters = sentence letters + removed letters', (_, i) => {
		const account = letterAccount(docs[i], segmentDocument(clean[i]));
		expect(account.raw).toBeGreaterThan(1000);
		expect({ ...account, off: account.off }).toEqual({ ...account, off: 0 });
	});
	it('records a re-joined word as the hyphen and line break it takes out, not the word it keeps', () => {
		const spans = clean.flatMap((d) => d.removed.filter((r) => r.rule === 'dehyphenate').map((r) => r.text));
		expect(spans.length).toBeGreaterThan(40);
		expect(new Set(spans)).toEqual(new Set(['⏎', '-⏎', '-']));
	});

	it('counts a wiki heading that repeats the title once: its [edit] link under edit-link, the rest under title', () => {
		const lines = ['Against the Moscow Conference', '', 'The counter-revolution is entering a new phase of development, and we say so plainly.', '', 'Against the Moscow Conference[edit]', '', 'The second part begins here, and it ends.'];
		const meta = { author: 'J. V. Stalin', title: 'Against the Moscow Conference' };
		const d = cleanSnippet(lines, meta);
		expect(d.removed.map((r) => `${r.rule}: ${r.text}`)).toEqual(['title: Against the Moscow Conference', 'edit-link: [edit]', 'title: Against the Moscow Conference']);
		expect(letterAccount(rawDoc(lines, meta), segmentDocument(d)).off).toBe(0);
	});
});
