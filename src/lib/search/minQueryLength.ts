/**
 * Queries shorter than this show no results and filter nothing yet. Its own
 * module so the catalogue page can read it without loading the search
 * configuration, which only the lazily loaded search needs.
 */
export const MIN_QUERY_LENGTH = 2;
