-- The uploaded file's own name, for the newsroom's picture choices (never shown to readers).
ALTER TABLE "Media" ADD COLUMN "name" TEXT NOT NULL DEFAULT '';
