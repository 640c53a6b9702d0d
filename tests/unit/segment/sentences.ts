// Test helper: the sentences of one paragraph as a reader sees them, from the segmenter's tokens and sentence starts.
import { paragraphSentences } from '../../../analysis/src/segment/segment';

export function sentences(text: string, heading = false): string[] {
	const { toks, starts } = paragraphSentences(text, heading);
	return starts.map((s, k) =>
		toks
			.slice(s, starts[k + 1] ?? toks.length)
			.map((t, i) => (i === 0 ? t.surface : t.space + t.surface))
			.join('')
	);
}
