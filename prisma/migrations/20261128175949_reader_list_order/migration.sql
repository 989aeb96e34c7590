-- Reader lists order by (publishedAt DESC, id DESC). With the id in the index a list is a plain index walk that
-- stops after one page (no incremental sort), sitemaps read it backwards in (publishedAt, id) order, and search
-- can walk the newest stories for broad queries. Issue 6; docs/performance.md.
-- DropIndex
DROP INDEX "Article_locale_status_publishedAt_idx";

-- CreateIndex
CREATE INDEX "Article_locale_status_publishedAt_id_idx" ON "Article"("locale", "status", "publishedAt" DESC, "id" DESC);
