// Full-text search over published articles in one language. See docs/decisions/0008-search.md.
// - ru/en: the `russian`/`english` configurations; the reader's text goes through websearch_to_tsquery
//   as a bound parameter (it never fails on syntax: quotes, -, or are understood, the rest is ignored).
// - be: PostgreSQL has no Belarusian stemmer. Documents are indexed with `simple` (lower-cased words);
//   the query's words are cut to a stem by dropping a Belarusian inflection ending and matched as
//   prefixes (школы → школ:* finds школа, школе, школу). The words come from a letters-and-digits-only
//   tokenizer and each is quoted by PostgreSQL itself (quote_literal) before to_tsquery sees it.
//   Orthography and alphabet do not matter: the query is folded (lib/belarusian/fold.ts) before it is cut
//   to stems, as the stories were when they were indexed, so Łacinka, classical and official spellings meet.
// Bounded work: only the newest SEARCH_MAX_RESULTS matches are ranked. A broad query walks the
// (locale, status, publishedAt, id) index and tests each story; a narrow one uses the GIN index on
// Article.searchVector. A probe of the newest stories decides which (see PROBE).
import { foldBelarusian } from '@/lib/belarusian/fold';
import { db, Prisma } from '@/lib/db/client';
import type { Locale } from '@/lib/locales';
import { SEARCH_PAGE_SIZE } from './pageSizes';
import { visibleSql } from './queries';

export { SEARCH_PAGE_SIZE };

export const SEARCH_MAX_CHARS = 200;
export const SEARCH_MAX_TERMS = 8;
/** Deep pages of a search are not useful and each costs a ranked scan of the matches: cap them. */
export const SEARCH_MAX_PAGE = 50;
/**
 * How many matches are ranked: the newest ones, as many as the pages can show. A common word matches most of
 * the archive (Belarusian `школ:*` matched 97 % of 100,000 stories, and ranking them all took seconds); a
 * reader of a news site wants the relevant recent stories, so the work stops at the newest SEARCH_MAX_RESULTS
 * matches, and the count says "more than" beyond that.
 */
export const SEARCH_MAX_RESULTS = SEARCH_MAX_PAGE * SEARCH_PAGE_SIZE;
/**
 * How many of the newest stories are probed first. When at least a tenth of them match, the query is broad:
 * walking the date index and testing each story finds SEARCH_MAX_RESULTS matches within ~10× as many rows.
 * Otherwise the GIN index finds the (few) matches, and only the newest SEARCH_MAX_RESULTS are ranked.
 */
const PROBE = 250;
/** A broad query matches at least a tenth of the newest stories: never walk more than ten stories per wanted match. */
const WALK_FACTOR = 10;

/** Markers around highlighted words in headlines: control characters that never occur in our text. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

const CONFIG: Record<Locale, 'simple' | 'russian' | 'english'> = { be: 'simple', ru: 'russian', en: 'english' };

/** What the reader typed, trimmed, whitespace collapsed, capped; control characters removed. */
export function normalizeQuery(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const cleaned = raw
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(cleaned).slice(0, SEARCH_MAX_CHARS).join('').trim();
}

/** Words as PostgreSQL's parser splits them for our text: runs of letters and digits. */
export function queryWords(query: string): string[] {
  const words = query.toLocaleLowerCase('be').match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, SEARCH_MAX_TERMS);
}

// Belarusian noun, adjective and verb endings, longest first. Cutting one off leaves a stem that is a
// prefix of the word's other forms (школ-а, школ-ы, школ-е, школ-у, школ-ай, школ-амі, школ-ах).
const BE_ENDINGS = [
  'ымі',
  'імі',
  'амі',
  'ямі',
  'ага',
  'яга',
  'ому',
  'аму',
  'яму',
  'ая',
  'яя',
  'ое',
  'ае',
  'ее',
  'ыя',
  'ія',
  'ую',
  'юю',
  'ых',
  'іх',
  'ым',
  'ім',
  'ой',
  'ай',
  'ей',
  'яй',
  'ом',
  'ам',
  'ям',
  'ем',
  'ах',
  'ях',
  'аў',
  'яў',
  'оў',
  'еў',
  'а',
  'я',
  'о',
  'е',
  'ё',
  'ы',
  'і',
  'у',
  'ю',
  'ь',
  'ў',
  'й',
];
const MIN_STEM = 3;

/** The stem a Belarusian word is matched by as a prefix: one inflection ending removed, never below 3 letters. */
export function belarusianStem(word: string): string {
  const w = word.toLocaleLowerCase('be');
  if (w.length <= MIN_STEM || /^\p{N}+$/u.test(w)) return w;
  for (const ending of BE_ENDINGS) {
    if (w.endsWith(ending) && w.length - ending.length >= MIN_STEM) return w.slice(0, -ending.length);
  }
  return w;
}

export interface SearchHit {
  id: string;
  slug: string;
  publishedAt: Date;
  /** Title and snippet with MARK_START/MARK_END around matches; plain text otherwise (render as text). */
  title: string;
  snippet: string;
  rank: number;
}

export interface SearchResult {
  query: string;
  /** False when the query has no searchable words (empty, punctuation only): no database work was done. */
  searched: boolean;
  hits: SearchHit[];
  /** Matches, counted up to SEARCH_MAX_RESULTS (see `more`). */
  total: number;
  /** True when more stories match than the SEARCH_MAX_RESULTS newest that were ranked: `total` is a lower bound. */
  more: boolean;
  page: number;
  pageCount: number;
}

type Row = { id: string; slug: string; publishedAt: Date; title: string; snippet: string; rank: number; total: number };

const HEADLINE_TITLE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
const HEADLINE_SNIPPET = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … "`;

/**
 * Ranked, highlighted, paginated search in `locale`. Never throws on what the reader typed: a query
 * without words gives `searched: false`, and a page past the end gives no hits.
 */
export async function searchArticles(
  locale: Locale,
  rawQuery: unknown,
  page = 1,
  now = new Date(),
  { maxResults = SEARCH_MAX_RESULTS, probeSize = PROBE }: { maxResults?: number; probeSize?: number } = {},
): Promise<SearchResult> {
  const query = normalizeQuery(rawQuery);
  // Belarusian: matched in the folded spelling the index uses (decision 0031).
  const words = queryWords(locale === 'be' ? foldBelarusian(query) : query);
  const empty: SearchResult = { query, searched: false, hits: [], total: 0, more: false, page, pageCount: 0 };
  if (words.length === 0 || page < 1 || page > SEARCH_MAX_PAGE) return empty;
  const config = CONFIG[locale];
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const client = db();

  // The tsquery, built by PostgreSQL from bound parameters only. Belarusian has no stemmer: `simple` with
  // stems as prefixes; ru/en use their own configurations. Everything else is one statement.
  const tsquery =
    locale === 'be'
      ? Prisma.sql`SELECT to_tsquery('simple', string_agg(quote_literal(w) || ':*', ' & ')) AS query
          FROM jsonb_array_elements_text(${JSON.stringify(words.map(belarusianStem))}::jsonb) AS w`
      : Prisma.sql`SELECT websearch_to_tsquery(${config}::regconfig, ${query}) AS query`;
  const headlineConfig = locale === 'be' ? Prisma.sql`'simple'::regconfig` : Prisma.sql`${config}::regconfig`;
  // Highlighting reads the story's own text, not the folded one: the folded stems mark what is spelled alike
  // (школ, мінск), the reader's own stems what folding changed (людзі is folded to лудзі).
  const headlineQuery =
    locale === 'be'
      ? Prisma.sql`SELECT to_tsquery('simple', string_agg(quote_literal(w) || ':*', ' | ')) AS query
          FROM jsonb_array_elements_text(${JSON.stringify([...new Set([...words, ...queryWords(query)].map(belarusianStem))])}::jsonb) AS w`
      : tsquery;
  const visible = visibleSql(locale, now);

  // How broad is the query? Test the newest PROBE stories (one index walk, bounded).
  const [probe] = await client.$queryRaw<{ matches: number }[]>`
    WITH q AS (${tsquery})
    SELECT count(*)::int AS matches
    FROM (SELECT a."searchVector" FROM "Article" a WHERE ${visible} ORDER BY a."publishedAt" DESC, a."id" DESC LIMIT ${probeSize}) newest, q
    WHERE newest."searchVector" @@ q.query`;
  const ranked = (broad: boolean) => {
    // The newest maxResults + 1 matches (one more, to know whether there are more). Broad: walk the newest
    // `walk` stories and test each (the LIMIT keeps it a bounded index walk, not a
    // GIN scan of every match); should the walk find too few, the narrow plan runs instead. Narrow: the GIN index
    // finds the matches, the newest are kept.
    const candidates = broad
      ? Prisma.sql`SELECT n.* FROM (
            SELECT a."id", a."publishedAt", a."searchVector"
            FROM "Article" a WHERE ${visible} ORDER BY a."publishedAt" DESC, a."id" DESC LIMIT ${walk}) n, q
          WHERE n."searchVector" @@ q.query ORDER BY n."publishedAt" DESC, n."id" DESC LIMIT ${maxResults + 1}`
      : Prisma.sql`SELECT a."id", a."publishedAt", a."searchVector"
          FROM "Article" a, q WHERE a."searchVector" @@ q.query AND ${visible}
          ORDER BY a."publishedAt" DESC, a."id" DESC LIMIT ${maxResults + 1}`;
    // Rank the newest maxResults candidates (the extra one only tells that there are more); the 10 shown are
    // joined back to their text for highlighting.
    return client.$queryRaw<Row[]>`
      WITH q AS (${tsquery}), hq AS (${headlineQuery}),
      candidates AS MATERIALIZED (${candidates}),
      hits AS (
        SELECT c."id", c."publishedAt", ts_rank(c."searchVector", q.query) AS rank, hq.query
        FROM (SELECT * FROM candidates ORDER BY "publishedAt" DESC, "id" DESC LIMIT ${maxResults}) c, q, hq
        ORDER BY rank DESC, c."publishedAt" DESC, c."id"
        LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}
      )
      SELECT h."id", a."slug", h."publishedAt", h.rank::float8 AS rank, (SELECT count(*) FROM candidates)::int AS total,
             ts_headline(${headlineConfig}, a."title", h.query, ${HEADLINE_TITLE}) AS title,
             ts_headline(${headlineConfig}, a."lede" || ' ' || coalesce((SELECT string_agg(t, ' ') FROM jsonb_array_elements_text(jsonb_path_query_array(a."body", 'strict $.**.text')) t), ''), h.query, ${HEADLINE_SNIPPET}) AS snippet
      FROM hits h JOIN "Article" a ON a."id" = h."id"
      ORDER BY h.rank DESC, h."publishedAt" DESC, h."id"`;
  };
  const matches = probe?.matches ?? 0;
  const broad = matches * 10 >= probeSize;
  // Stories to walk for maxResults + 1 matches at the probed density, with half as many again to spare.
  const walk = Math.min(
    WALK_FACTOR * (maxResults + 1),
    Math.ceil((1.5 * (maxResults + 1) * probeSize) / Math.max(matches, 1)),
  );
  let rows = await ranked(broad);
  // The bounded walk found fewer than the limit (or, on a page past the end, nothing): let the index decide.
  if (broad && (rows[0]?.total ?? 0) <= maxResults) rows = await ranked(false);

  // A page past the end has no rows, so no total: count separately only then (rare).
  let counted = rows[0]?.total ?? 0;
  if (rows.length === 0 && page > 1) {
    const first = await searchArticles(locale, query, 1, now, { maxResults, probeSize });
    counted = first.total + (first.more ? 1 : 0);
  }
  const total = Math.min(counted, maxResults);
  return {
    query,
    searched: true,
    hits: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      publishedAt: new Date(r.publishedAt),
      title: r.title,
      snippet: r.snippet,
      rank: Number(r.rank),
    })),
    total,
    more: counted > maxResults,
    page,
    pageCount: Math.ceil(total / SEARCH_PAGE_SIZE),
  };
}

/** Split a headline into plain and highlighted parts; the caller renders them as text (never as HTML). */
export function highlightParts(headline: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  const re = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, 'g');
  let last = 0;
  for (const m of headline.matchAll(re)) {
    if (m.index > last) parts.push({ text: headline.slice(last, m.index), match: false });
    if (m[1]) parts.push({ text: m[1], match: true });
    last = m.index + m[0].length;
  }
  if (last < headline.length) parts.push({ text: headline.slice(last), match: false });
  return parts
    .map((p) => ({ ...p, text: p.text.replace(new RegExp(`[${MARK_START}${MARK_END}]`, 'g'), '') }))
    .filter((p) => p.text);
}

/** `?page=` of the search page as a number ≥ 1; anything that is not plain digits is page 1. */
export function searchPageParam(value: unknown): number {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && /^[1-9]\d{0,4}$/.test(v) ? Number(v) : 1;
}

/** A results page past the last one is not a page (404); page 1 always is, even with no results. */
export const isPastLastSearchPage = (result: SearchResult, page: number): boolean =>
  result.searched && page > 1 && page > result.pageCount;

/**
 * Whether the search page for this query string is a 404, decided before rendering (proxy.ts): only a page
 * past the last one, so only `page` > 1 costs a search here (decision 0025).
 */
export async function searchPageNotFound(locale: Locale, params: URLSearchParams): Promise<boolean> {
  const page = searchPageParam(params.get('page') ?? '');
  if (page === 1) return false;
  return isPastLastSearchPage(await searchArticles(locale, params.get('q') ?? '', page), page);
}
