// The pipeline's version, stored in `meta`: a database written by another version is rebuilt by `npm start`.
export const PIPELINE_VERSION = '0.6.1';
