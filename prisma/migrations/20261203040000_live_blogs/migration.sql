-- CreateEnum
CREATE TYPE "LiveStatus" AS ENUM ('LIVE', 'ENDED');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "liveEndedAt" TIMESTAMP(3),
ADD COLUMN     "liveStartedAt" TIMESTAMP(3),
ADD COLUMN     "liveStatus" "LiveStatus";

-- CreateTable
CREATE TABLE "LiveEntry" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "title" TEXT,
    "body" JSONB NOT NULL,
    "authorId" TEXT,
    "authorName" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "keyEvent" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "LiveEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Article_liveStatus_idx" ON "Article"("liveStatus");

-- CreateIndex
CREATE INDEX "LiveEntry_articleId_publishedAt_id_idx" ON "LiveEntry"("articleId", "publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "LiveEntry_authorId_idx" ON "LiveEntry"("authorId");

-- AddForeignKey
ALTER TABLE "LiveEntry" ADD CONSTRAINT "LiveEntry_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveEntry" ADD CONSTRAINT "LiveEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

