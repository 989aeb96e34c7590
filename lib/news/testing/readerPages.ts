// Every reader page and route, as the data calls it makes when it renders (the same functions with the same
// arguments as app/[locale]/**, components/* and proxy.ts). Used to capture the SQL a page sends
// (lib/news/queryPlans.test.ts) and to time it (scripts/bench-queries.ts). When a page starts calling
// another data function, add it here.
import type pg from 'pg';
import type { Locale } from '@/lib/locales';
import { feedItems } from '@/lib/news/crawl';
import { getBreakingNews } from '@/lib/news/breaking';
import { getCorrectionsPage, latestCorrectionAt } from '@/lib/news/corrections';
import { getListing } from '@/lib/news/listing';
import { getMostRead } from '@/lib/news/mostRead';
import { getArticle, getFrontPage, getLatestNews, getNavSections } from '@/lib/news/queries';
import { getRelatedArticles } from '@/lib/news/related';
import { getLatestLiveEntries, getLiveBlogBySlug, getLiveBlogPage, getLiveEntryLocation } from '@/lib/news/live';
import { searchArticles } from '@/lib/news/search';
import { resolveArticleUrl, resolveLegacyPath } from '@/lib/news/slugs';
import { getStaticPage, getStaticPageLinks } from '@/lib/news/staticPages';
import { allSitemapStats, listingsSitemapXml, newsSitemapXml, sitemapPartXml } from '@/lib/seo/sitemap';

/** Slugs of real rows the pages are rendered for (looked up before capturing, so the lookups are not counted). */
export interface PageFixtures {
  locale: Locale;
  article: { slug: string; storyId: string };
  /** A former slug of a live article (proxy: 301). */
  formerSlug: string | null;
  section: string;
  tag: string;
  author: string;
  staticPage: string;
  /** A live blog with its newest and oldest entry (decision 0033); null where the language has none. */
  liveBlog: { id: string; slug: string; newest: string; oldest: string } | null;
}

export interface ReaderPage {
  page: string;
  render: () => Promise<unknown>;
}

async function drain(chunks: AsyncGenerator<string>) {
  let bytes = 0;
  for await (const c of chunks) bytes += c.length;
  return bytes;
}

/** Reads PageFixtures for `locale` from the database: the newest article with a former slug, the busiest section/tag/author. */
export async function pageFixtures(connection: pg.ClientBase, locale: Locale): Promise<PageFixtures> {
  const one = async <T>(sql: string): Promise<T> => {
    const r = await connection.query(sql, [locale]);
    if (!r.rows[0]) throw new Error(`no fixture row for ${locale}: ${sql}`);
    return r.rows[0] as T;
  };
  const visible = `a."locale" = $1::"Locale" AND a."status" = 'PUBLISHED' AND a."publishedAt" <= now() AND a."deletedAt" IS NULL`;
  const article = await one<{ slug: string; storyId: string; former: string | null }>(`
    SELECT a."slug", a."storyId", h."slug" AS former FROM "Article" a LEFT JOIN "ArticleSlugHistory" h ON h."articleId" = a."id"
    WHERE ${visible} ORDER BY (h."slug" IS NULL), a."publishedAt" DESC LIMIT 1`);
  const busiest = (table: string, key: string, join: string) =>
    one<{ slug: string }>(`
      SELECT t."slug" FROM "${table}" t WHERE t."locale" = $1::"Locale"
      ORDER BY (SELECT count(*) FROM ${join} WHERE x."${key}" = t."${key}") DESC, t."slug" LIMIT 1`);
  return {
    locale,
    article: { slug: article.slug, storyId: article.storyId },
    formerSlug: article.former,
    section: (await busiest('SectionTranslation', 'sectionId', '"Story" x')).slug,
    tag: (await busiest('TagTranslation', 'tagId', '"StoryTag" x')).slug,
    author: (await busiest('AuthorTranslation', 'authorId', '"StoryAuthor" x')).slug,
    liveBlog: await (async () => {
      const r = await connection.query(
        `SELECT a."id", a."slug",
           (SELECT e."id" FROM "LiveEntry" e WHERE e."articleId" = a."id" ORDER BY e."publishedAt" DESC, e."id" DESC LIMIT 1) AS newest,
           (SELECT e."id" FROM "LiveEntry" e WHERE e."articleId" = a."id" ORDER BY e."publishedAt", e."id" LIMIT 1) AS oldest
         FROM "Article" a WHERE ${visible} AND a."liveStatus" IS NOT NULL ORDER BY a."publishedAt" DESC LIMIT 1`,
        [locale],
      );
      return r.rows[0]?.newest ? (r.rows[0] as { id: string; slug: string; newest: string; oldest: string }) : null;
    })(),
    staticPage: (
      await one<{ slug: string }>(
        `SELECT "slug" FROM "StaticPageTranslation" WHERE "locale" = $1::"Locale" ORDER BY "slug" LIMIT 1`,
      )
    ).slug,
  };
}

/** Search words that match a large share of the synthetic text (scripts/seed-synthetic.ts and the test fill). */
export const BROAD_SEARCH: Record<Locale, string> = { be: 'школа', ru: 'школа', en: 'school' };
/** Two words that both match often: the AND of two broad terms. */
export const TWO_WORD_SEARCH: Record<Locale, string> = {
  be: 'школы горада',
  ru: 'городской совет',
  en: 'city council',
};

export function readerPages(f: PageFixtures, { deepPage = 20, sitemapPartSize = 2_000 } = {}): ReaderPage[] {
  const l = f.locale;
  const now = new Date();
  const mostRead = () => Promise.all([getMostRead(l, 'day', 5, now), getMostRead(l, 'week', 5, now)]);
  return [
    {
      page: `every page (layout: banner, header, footer) /${l}`,
      render: () => Promise.all([getBreakingNews(l, now), getNavSections(l), getStaticPageLinks(l)]),
    },
    { page: `front page /${l}`, render: () => Promise.all([getFrontPage(l, now), mostRead()]) },
    {
      page: `proxy: article URL /${l}/news/… (live, moved, unknown)`,
      render: async () => {
        await resolveArticleUrl(l, f.article.slug, now);
        if (f.formerSlug) await resolveArticleUrl(l, f.formerSlug, now);
        await resolveArticleUrl(l, 'no-such-story-anywhere', now);
      },
    },
    {
      // An old site's address (decision 0034): one primary-key lookup, joined to its article.
      page: `proxy: imported site address (${l}) /2025/09/05/… or /?p=ID`,
      render: () => resolveLegacyPath('/2025/09/05/no-such-old-post', now),
    },
    {
      page: `article /${l}/news/${f.article.slug}`,
      render: () =>
        Promise.all([
          getArticle(l, f.article.slug, now),
          getLatestNews(l, 12, now),
          getRelatedArticles(l, f.article.storyId, 4, now),
          mostRead(),
        ]),
    },
    {
      page: `lite article /${l}/news/${f.article.slug}/lite`,
      render: () => Promise.all([getArticle(l, f.article.slug, now), getLatestNews(l, 10, now)]),
    },
    {
      page: `section /${l}/section/${f.section}`,
      render: () => Promise.all([getListing('section', l, f.section, 1, now), mostRead()]),
    },
    {
      page: `section page ${deepPage} /${l}/section/${f.section}/page/${deepPage}`,
      render: () => getListing('section', l, f.section, deepPage, now),
    },
    { page: `tag /${l}/tag/${f.tag}`, render: () => getListing('tag', l, f.tag, 1, now) },
    {
      page: `tag page ${deepPage} /${l}/tag/${f.tag}/page/${deepPage}`,
      render: () => getListing('tag', l, f.tag, deepPage, now),
    },
    { page: `author /${l}/author/${f.author}`, render: () => getListing('author', l, f.author, 1, now) },
    {
      page: `author page ${deepPage} /${l}/author/${f.author}/page/${deepPage}`,
      render: () => getListing('author', l, f.author, deepPage, now),
    },
    { page: `search /${l}/search?q=${BROAD_SEARCH[l]}`, render: () => searchArticles(l, BROAD_SEARCH[l], 1, now) },
    {
      page: `search /${l}/search?q=${BROAD_SEARCH[l]}&page=5`,
      render: () => searchArticles(l, BROAD_SEARCH[l], 5, now),
    },
    {
      page: `search /${l}/search?q=${TWO_WORD_SEARCH[l]}`,
      render: () => searchArticles(l, TWO_WORD_SEARCH[l], 1, now),
    },
    { page: `static page /${l}/${f.staticPage}`, render: () => getStaticPage(l, f.staticPage) },
    { page: `corrections /${l}/corrections`, render: () => getCorrectionsPage(l, 1, now) },
    {
      page: `corrections page ${deepPage} /${l}/corrections/page/${deepPage}`,
      render: () => getCorrectionsPage(l, deepPage, now),
    },
    { page: `corrections page's lastmod (listings sitemap) /${l}`, render: () => latestCorrectionAt(l, now) },
    { page: '/sitemap.xml', render: () => allSitemapStats(now) },
    {
      page: `/sitemaps/${l}-1.xml and -2.xml (part size ${sitemapPartSize})`,
      render: async () => {
        const stats = (await allSitemapStats(now))[l];
        await drain(sitemapPartXml(l, 1, stats, { now, partSize: sitemapPartSize, batchSize: 200 }));
        await drain(sitemapPartXml(l, 2, stats, { now, partSize: sitemapPartSize, batchSize: 200 }));
      },
    },
    { page: `/sitemaps/${l}-listings.xml`, render: () => listingsSitemapXml(l, now) },
    { page: `/sitemaps/news-${l}.xml`, render: () => newsSitemapXml(l, now) },
    ...(f.liveBlog
      ? ((b) => [
          {
            page: `live blog /${l}/news/${b.slug} (entries, pinned, key events)`,
            render: () => Promise.all([getArticle(l, b.slug, now), getLiveBlogPage(b.id, 1)]),
          },
          { page: `live blog page 5 /${l}/news/${b.slug}/page/5`, render: () => getLiveBlogPage(b.id, 5) },
          {
            page: `live entry permalinks /${l}/live/… (newest, oldest)`,
            render: async () => {
              await getLiveEntryLocation(l, b.newest, now);
              await getLiveEntryLocation(l, b.oldest, now);
            },
          },
          {
            page: `live updates /${l}/news/${b.slug}/updates.json`,
            render: async () => {
              await getLiveBlogBySlug(l, b.slug, now);
              await getLatestLiveEntries(b.id);
            },
          },
        ])(f.liveBlog)
      : []),
    { page: `/${l}/feed/rss.xml`, render: () => feedItems(l, undefined, { now }) },
    { page: `/${l}/feed/section/${f.section}/rss.xml`, render: () => feedItems(l, f.section, { now }) },
  ];
}
