// A modern publisher's note about the edition (`#PUBLICATION NOTE` and its paragraphs).
import { removeLines, type Rule } from '../draft';
import { noteBlocks } from '../note-block';

const HEADING = /^(publication|publisher['’]?s?|publishing)\s+(note|notice|information)\b|^about this (edition|publication)\b/i;

export const publisherNote: Rule = {
	name: 'publisher-note',
	description: "A publisher's note about the edition: its heading and paragraphs up to the next heading.",
	apply(draft) {
		return removeLines(draft, noteBlocks(draft, HEADING), publisherNote.name);
	}
};
