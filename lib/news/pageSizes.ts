// Page sizes of reader lists (no imports: e2e tests read them too).

/** Stories per section/tag/author page. Small enough that the demo content shows pagination on busy tags and authors. */
export const LISTING_PAGE_SIZE = 8;
/** Results per search page. */
export const SEARCH_PAGE_SIZE = 10;
/**
 * Deepest listing page. A section of a news site is read from the top; counting every story of a busy section
 * for "page 4,512 of 4,512" costs a scan of all of them (142 ms at 100,000 stories). Listings count at most
 * this many pages of stories (plus one, to know there are more), and pages beyond it are 404s.
 */
export const LISTING_MAX_PAGES = 50;

/** Entries per live-blog page (decision 0033): the newest on the article page, older ones on /page/N. */
export const LIVE_PAGE_SIZE = 20;
/** Entries the updates JSON carries (the newest): a reader who fell further behind reloads. */
export const LIVE_UPDATES_SIZE = 20;
