// Page sizes of reader lists (no imports: e2e tests read them too).

/** Stories per section/tag/author page. Small enough that the demo content shows pagination on busy tags and authors. */
export const LISTING_PAGE_SIZE = 8;
/** Results per search page. */
export const SEARCH_PAGE_SIZE = 10;
