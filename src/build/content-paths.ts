/** Where speeches and their source captures live, relative to the project root. */
export const SPEECHES_DIR = 'content/speeches';
export const SOURCES_DIR = 'content/source';
