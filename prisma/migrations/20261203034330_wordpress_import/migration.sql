-- CreateTable
CREATE TABLE "ImportedItem" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL DEFAULT '',
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportedItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegacyUrl" (
    "path" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegacyUrl_pkey" PRIMARY KEY ("path")
);

-- CreateIndex
CREATE INDEX "ImportedItem_entityType_entityId_idx" ON "ImportedItem"("entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "ImportedItem_source_externalId_key" ON "ImportedItem"("source", "externalId");

-- CreateIndex
CREATE INDEX "LegacyUrl_articleId_idx" ON "LegacyUrl"("articleId");

-- AddForeignKey
ALTER TABLE "LegacyUrl" ADD CONSTRAINT "LegacyUrl_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
