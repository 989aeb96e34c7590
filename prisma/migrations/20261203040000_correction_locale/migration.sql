-- The corrections page of a language reads its notices by the notice's own language (decision 0028): the
-- language of its version, copied once (a version's language never changes), with an index that starts with it.
ALTER TABLE "Correction" ADD COLUMN "locale" "Locale";
UPDATE "Correction" c SET "locale" = a."locale" FROM "Article" a WHERE a."id" = c."articleId";
ALTER TABLE "Correction" ALTER COLUMN "locale" SET NOT NULL;

-- DropIndex
DROP INDEX "Correction_endedAt_at_id_idx";

-- CreateIndex
CREATE INDEX "Correction_locale_at_id_idx" ON "Correction"("locale", "at" DESC, "id" DESC);
