-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "deletedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ArticleSlugHistory" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "slug" TEXT NOT NULL,
    "retiredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleSlugHistory_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleSlugHistory_articleId_idx" ON "ArticleSlugHistory"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleSlugHistory_locale_slug_key" ON "ArticleSlugHistory"("locale", "slug");

-- AddForeignKey
ALTER TABLE "ArticleSlugHistory" ADD CONSTRAINT "ArticleSlugHistory_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
