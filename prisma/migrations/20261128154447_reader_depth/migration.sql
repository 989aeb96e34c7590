-- Full-text search document: a plain column that a trigger keeps (below), so every writer, the admin
-- included, gets it for free. Not a GENERATED column: Prisma reads a generation expression as a
-- default and every later `migrate dev` would try to drop it. See docs/decisions/0008-search.md.
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector;

-- CreateTable
CREATE TABLE "ArticleViewHour" (
    "articleId" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleViewHour_pkey" PRIMARY KEY ("articleId","hour")
);

-- CreateTable
CREATE TABLE "StaticPage" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StaticPage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaticPageTranslation" (
    "id" TEXT NOT NULL,
    "pageId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "body" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaticPageTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleViewHour_hour_idx" ON "ArticleViewHour"("hour");

-- CreateIndex
CREATE UNIQUE INDEX "StaticPage_key_key" ON "StaticPage"("key");

-- CreateIndex
CREATE UNIQUE INDEX "StaticPageTranslation_pageId_locale_key" ON "StaticPageTranslation"("pageId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "StaticPageTranslation_locale_slug_key" ON "StaticPageTranslation"("locale", "slug");

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- AddForeignKey
ALTER TABLE "ArticleViewHour" ADD CONSTRAINT "ArticleViewHour_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaticPageTranslation" ADD CONSTRAINT "StaticPageTranslation_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "StaticPage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Title weighs A, lede B, the body's text nodes C. Russian and English use their stemming configurations;
-- Belarusian has none in PostgreSQL and uses 'simple' (lower-cased words), matched with prefixes at query
-- time (lib/news/search.ts). Hand-written after `prisma migrate dev --create-only` (Prisma does not model
-- triggers, so it never diffs against them).
CREATE OR REPLACE FUNCTION "article_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  cfg regconfig := CASE NEW."locale"::text WHEN 'ru' THEN 'russian'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END;
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector(cfg, coalesce(NEW."title", '')), 'A') ||
    setweight(to_tsvector(cfg, coalesce(NEW."lede", '')), 'B') ||
    setweight(jsonb_to_tsvector(cfg, coalesce(jsonb_path_query_array(NEW."body", 'strict $.**.text'), '[]'::jsonb), '["string"]'), 'C');
  RETURN NEW;
END
$fn$;

CREATE TRIGGER "article_search_vector"
  BEFORE INSERT OR UPDATE OF "locale", "title", "lede", "body" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION "article_search_vector"();

-- Existing rows.
UPDATE "Article" SET "title" = "title";
