/** The site built under a sub-path, as a deploy with BASE_PATH would be: where it goes and where it lives. */
export const SUBPATH = '/edition/';
export const SUBPATH_DIR = process.env.TEST_SUBPATH_DIR ?? 'dist-subpath';
