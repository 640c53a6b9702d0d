// A corpus's name: the folder under static/data/ it is served from, the `corpus=` of the address and part of every
// exported file's name. One rule, checked here by the pipeline (--name, the folder's name) and by the app (the URL,
// corpora.json), so that a name one accepts the other never refuses.

/** Letters, digits, ".", "_" and "-"; first a letter or digit (a leading "." would hide the folder); at most 64. */
export const CORPUS_NAME_MAX = 64;
const CORPUS_NAME = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._-]{0,${CORPUS_NAME_MAX - 1}}$`);

/** Why `name` cannot be a corpus name (a sentence to show), or null when it can. */
export function corpusNameProblem(name: string): string | null {
	if (CORPUS_NAME.test(name)) return null;
	if (name === '') return 'a corpus name may not be empty.';
	if (name.length > CORPUS_NAME_MAX) return `a corpus name may have at most ${CORPUS_NAME_MAX} characters (this one has ${name.length}).`;
	if (/^[^A-Za-z0-9]/.test(name)) return 'a corpus name must start with a letter or a digit (a name starting with "." would be a hidden folder, which is neither built nor served).';
	return 'a corpus name may contain only letters, digits, ".", "_" and "-".';
}

/** `text` made into a corpus name: other characters as "-", trimmed to the rule; '' when nothing is left. */
export function toCorpusName(text: string): string {
	return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, CORPUS_NAME_MAX).replace(/[^A-Za-z0-9]+$/, '');
}
