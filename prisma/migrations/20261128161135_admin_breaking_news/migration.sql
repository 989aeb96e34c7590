-- CreateTable
CREATE TABLE "BreakingNews" (
    "locale" "Locale" NOT NULL,
    "text" TEXT NOT NULL,
    "url" TEXT NOT NULL DEFAULT '',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "BreakingNews_pkey" PRIMARY KEY ("locale")
);
