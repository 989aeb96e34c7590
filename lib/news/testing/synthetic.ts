// Test helper: fills a PostgreSQL test database with `stories` synthetic stories in one INSERT … SELECT per
// table (a few seconds for thousands), in the shape of scripts/seed-synthetic.ts: every story in be, 90 % in
// ru, 80 % in en (more than on the real site, so that each language's tables are large enough to plan for), 3 % drafts, published over two years, one or two tags, one author, read counts over the last
// 30 days, and a former slug for every fifth version. Enough rows that the planner has a real choice between
// an index and a sequential scan. Needs the demo taxonomy (seedReaderDemo) first. Runs ANALYZE at the end.
import type pg from 'pg';

const WORDS = {
  be: 'горад рада школа рака мост вуліца трамвай кірмаш ураджай бібліятэка фестываль каманда матч сезон бюджэт праект жыхары раён',
  ru: 'город совет школа река мост улица трамвай ярмарка урожай библиотека фестиваль команда матч сезон бюджет проект жители район',
  en: 'city council school river bridge street tram fair harvest library festival team match season budget project residents district',
};

export async function fillSynthetic(connection: pg.ClientBase, stories: number): Promise<void> {
  await connection.query('SELECT setseed(0.42)');
  // Tags, authors and pictures grow with the content too (a tag for every tenth story, a picture for every
  // third): the demo's 20 tags stay the busy ones, the synthetic ones are the long tail.
  const owners = async (table: string, n: number, columns = '', values = '') => {
    await connection.query(
      `INSERT INTO "${table}" ("id"${columns}) SELECT 'plan-${table.toLowerCase()}-' || g${values} FROM generate_series(1, $1::int) g`,
      [n],
    );
    const text =
      table === 'Media'
        ? `"alt", "caption") SELECT o."id" || '-' || l, o."id", l::"Locale", 'Picture', ''`
        : `"name", "slug") SELECT o."id" || '-' || l, o."id", l::"Locale", o."id", o."id"`;
    const key = table === 'Media' ? 'mediaId' : `${table.toLowerCase()}Id`;
    await connection.query(
      `INSERT INTO "${table}Translation" ("id", "${key}", "locale", ${text}
       FROM "${table}" o, unnest(ARRAY['be', 'ru', 'en']) l WHERE o."id" LIKE 'plan-%'`,
    );
  };
  await owners('Tag', Math.ceil(stories / 10));
  await owners('Author', Math.ceil(stories / 100));
  await owners(
    'Media',
    Math.ceil(stories / 3),
    ', "file", "mimeType", "width", "height"',
    `, '/media/plan/' || g || '.jpg', 'image/jpeg', 1200, 800`,
  );
  await connection.query(
    `INSERT INTO "Story" ("id", "sectionId", "mainMediaId", "updatedAt")
     SELECT 'plan-' || g, s.ids[1 + g % array_length(s.ids, 1)], CASE WHEN g % 3 = 0 THEN 'plan-media-' || (g / 3) END, now()
     FROM generate_series(1, $1::int) g, (SELECT array_agg("id" ORDER BY "position", "id") AS ids FROM "Section") s`,
    [stories],
  );
  // A sentence of n words from the locale's list; `g` and `i` keep PostgreSQL from computing it once for all rows.
  const sentence = (n: number) =>
    `(SELECT initcap(string_agg(w.words[1 + floor(random() * array_length(w.words, 1))::int + 0 * i], ' ')) FROM generate_series(1, ${n} + 0 * g) i)`;
  await connection.query(
    `INSERT INTO "Article" ("id", "storyId", "locale", "slug", "title", "lede", "body", "status", "publishedAt", "contentUpdatedAt", "updatedAt")
     SELECT 'plan-' || g || '-' || w.locale, 'plan-' || g, w.locale::"Locale", 'plan-story-' || g, ${sentence(8)}, ${sentence(20)} || '.',
            jsonb_build_object('type', 'doc', 'content', jsonb_build_array(
              jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', ${sentence(14)} || '.'))),
              jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', ${sentence(14)} || '.'))))),
            CASE WHEN g % 33 = 0 THEN 'DRAFT'::"ArticleStatus" ELSE 'PUBLISHED'::"ArticleStatus" END,
            p.at, p.at, now()
     FROM generate_series(1, $1::int) g
     CROSS JOIN LATERAL (SELECT now() - (g * 7919 % 730) * interval '1 day' - (g % 1440) * interval '1 minute' AS at) p
     JOIN (VALUES ('be', string_to_array($2, ' '), 10), ('ru', string_to_array($3, ' '), 9), ('en', string_to_array($4, ' '), 8)) AS w(locale, words, share)
       ON g % 10 < w.share`,
    [stories, WORDS.be, WORDS.ru, WORDS.en],
  );
  await connection.query(
    `INSERT INTO "StoryTag" ("storyId", "tagId", "position")
     SELECT 'plan-' || g, CASE WHEN k = 1 THEN hot.ids[1 + g % array_length(hot.ids, 1)] ELSE 'plan-tag-' || (1 + g % ($1::int / 10)) END, k
     FROM generate_series(1, $1::int) g, (SELECT array_agg("id" ORDER BY "id") AS ids FROM "Tag" WHERE "id" NOT LIKE 'plan-%') hot, generate_series(1, 2) k
     WHERE k = 1 OR g % 2 = 0
     ON CONFLICT DO NOTHING`,
    [stories],
  );
  await connection.query(
    `INSERT INTO "StoryAuthor" ("storyId", "authorId")
     SELECT 'plan-' || g, CASE WHEN g % 4 = 0 THEN au.ids[1 + g / 4 % array_length(au.ids, 1)] ELSE 'plan-author-' || (1 + g % ($1::int / 100)) END
     FROM generate_series(1, $1::int) g, (SELECT array_agg("id" ORDER BY "id") AS ids FROM "Author" WHERE "id" NOT LIKE 'plan-%') au`,
    [stories],
  );
  await connection.query(
    `INSERT INTO "ArticleViewHour" ("articleId", "hour", "views")
     SELECT a."id", date_trunc('hour', (now() AT TIME ZONE 'UTC') - ((hashtext(a."id") & 1023) * k % 720) * interval '1 hour'), 1 + k
     FROM "Article" a, generate_series(1, 3) k WHERE a."id" LIKE 'plan-%'
     ON CONFLICT DO NOTHING`,
  );
  await connection.query(
    `INSERT INTO "ArticleSlugHistory" ("id", "articleId", "locale", "slug", "retiredAt")
     SELECT 'plan-h-' || a."id", a."id", a."locale", 'plan-former-' || a."slug", now()
     FROM "Article" a WHERE a."id" LIKE 'plan-%' AND hashtext(a."id") % 5 = 0`,
  );
  // Old addresses of imported versions (decision 0034): a permalink path and /?p=ID for every third version.
  await connection.query(
    `INSERT INTO "LegacyUrl" ("path", "articleId")
     SELECT p.path, a."id" FROM "Article" a,
       LATERAL (VALUES ('/' || a."locale" || '/2025/01/01/plan-old-' || a."slug"), ('/?p=' || a."id")) p(path)
     WHERE a."id" LIKE 'plan-%' AND hashtext(a."id") % 3 = 0`,
  );
  // Correction notices (decision 0028): one on every fourth published version, a third of them ended — more than a
  // newsroom writes, so the table is large enough that a plan which scans it instead of using its language's index
  // shows here (at one in twenty the planner rightly prefers reading the few pages whole).
  await connection.query(
    `INSERT INTO "Correction" ("id", "articleId", "locale", "text", "at", "endedAt", "endReason")
     SELECT 'plan-correction-' || a."id", a."id", a."locale", 'Correction of ' || a."id", a."publishedAt" + interval '1 hour',
            CASE WHEN hashtext(a."id") % 3 = 0 THEN a."publishedAt" + interval '2 hours' END,
            CASE WHEN hashtext(a."id") % 3 = 0 THEN 'edited' ELSE '' END
     FROM "Article" a WHERE a."id" LIKE 'plan-%' AND a."status" = 'PUBLISHED' AND hashtext(a."id") % 4 = 0`,
  );
  await connection.query('ANALYZE');
}
