-- CreateTable
CREATE TABLE "import_draft" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "raw_text" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "created_by_id" TEXT,
    "created_by_email" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "import_draft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_draft_updated_at_idx" ON "import_draft"("updated_at");
