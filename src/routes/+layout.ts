// Every page is prerendered to a static file; the data is loaded in the browser (DuckDB-wasm).
export const prerender = true;
export const trailingSlash = 'never';
