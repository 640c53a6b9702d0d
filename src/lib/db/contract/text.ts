// How a text is read, by the pipeline (every corpus file and manifest value) and by the term box alike, so that what is
// typed finds what was read.

/** The Latin typographic ligatures (U+FB00–FB06: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ), which OCR of printed books leaves in a text. */
const LIGATURES = /[\uFB00-\uFB06]/g;

/**
 * Unicode NFC (a decomposed é is the same letter as é), with the typographic ligatures spelled out as their letters
 * (ﬁ → fi: NFKC for those seven code points only), which NFC keeps: without it `ﬁrst` and `first` are two words.
 */
export function readingForm(text: string): string {
	return text.normalize('NFC').replace(LIGATURES, (c) => c.normalize('NFKC'));
}
