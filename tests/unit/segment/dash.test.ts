// A hyphen typed as a dash between two words (`year-and`, `wars-or`) is a dash: both words are counted; compounds stay whole.
import { describe, expect, it } from 'vitest';
import { mergeTokens } from '../../../analysis/src/segment/tokens';
import { readParagraph } from '../../../analysis/src/segment/segment';

/** The words (tokens with a letter) of a text after the token repairs. */
const words = (text: string) => mergeTokens(readParagraph(text)).map((t) => t.surface).filter((s) => /\p{L}/u.test(s));

describe('dash or compound', () => {
	it.each([
		// State of the Union: a dash typed as a hyphen with no spaces.
		['the work of the year-and it was hard', ['the', 'work', 'of', 'the', 'year', 'and', 'it', 'was', 'hard']],
		['after the wars-or perhaps before', ['after', 'the', 'wars', 'or', 'perhaps', 'before']],
		['at home and abroad-the nation is strong', ['at', 'home', 'and', 'abroad', 'the', 'nation', 'is', 'strong']],
		['the people of America-our people', ['the', 'people', 'of', 'America', 'our', 'people']],
		['it was done-but not well', ['it', 'was', 'done', 'but', 'not', 'well']],
		['the end of the war-a war of nations-it was', ['the', 'end', 'of', 'the', 'war', 'a', 'war', 'of', 'nations', 'it', 'was']]
	])('%s', (text, want) => {
		expect(words(text)).toEqual(want);
	});
	it.each([
		'to-day', 'Social-Democracy', 'so-called', 'well-being', 'lean-to', 'follow-up', 'sit-in', 'cure-all', 'either-or', 'so-and-so',
		'rock-and-roll', 'state-of-the-art', 'hit-or-miss', 'up-to-date', 'matter-of-fact', 'two-thirds', 'have-not', 'what-if'
	])('keeps the compound %s whole', (compound) => {
		expect(words(`It is ${compound} here.`)).toEqual(['It', 'is', compound, 'here']);
	});
});
