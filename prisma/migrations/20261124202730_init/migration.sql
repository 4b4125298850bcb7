-- CreateEnum
CREATE TYPE "Role" AS ENUM ('VIEWER', 'ANALYST', 'ADMIN');

-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('JOINT_STATEMENT', 'DECLARATION', 'COMMUNIQUE', 'ACTION_PLAN', 'OTHER');

-- CreateEnum
CREATE TYPE "SentenceKind" AS ENUM ('COMMITMENT', 'POSITION', 'CONTEXT');

-- CreateEnum
CREATE TYPE "CommitmentType" AS ENUM ('MECHANISM', 'COOPERATION', 'ASSISTANCE', 'FACILITATION', 'SUPPORT', 'POSITION');

-- CreateEnum
CREATE TYPE "Strength" AS ENUM ('DECIDED', 'AGREED', 'WILL', 'SHALL', 'COMMITS', 'WILLING', 'SUPPORTS', 'WELCOMES');

-- CreateEnum
CREATE TYPE "PartyRole" AS ENUM ('COMMITTING', 'BENEFICIARY');

-- CreateEnum
CREATE TYPE "Recurrence" AS ENUM ('ANNUAL', 'BIENNIAL', 'SEMIANNUAL');

-- CreateEnum
CREATE TYPE "Status" AS ENUM ('NOT_ASSESSED', 'NO_EVIDENCE', 'NOT_STARTED', 'IN_PROGRESS', 'SUBSTANTIAL', 'COMPLETED', 'STALLED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "EvidenceGrade" AS ENUM ('A', 'B', 'C', 'D');

-- CreateEnum
CREATE TYPE "OccurrenceStatus" AS ENUM ('PENDING', 'HELD', 'MISSED');

-- CreateEnum
CREATE TYPE "LinkType" AS ENUM ('REAFFIRMS', 'UPGRADES', 'SUPERSEDES', 'IMPLEMENTS');

-- CreateTable
CREATE TABLE "country" (
    "code" CHAR(2) NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_ru" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "area" (
    "slug" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_ru" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "area_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "document" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "code_prefix" TEXT NOT NULL,
    "title_zh" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "type" "DocumentType" NOT NULL,
    "format_zh" TEXT,
    "format_en" TEXT,
    "venue_zh" TEXT,
    "venue_en" TEXT,
    "language" VARCHAR(8) NOT NULL,
    "source_url" TEXT,
    "source_publisher" TEXT,
    "source_note" TEXT,
    "full_text" TEXT NOT NULL,
    "raw_text" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_party" (
    "document_id" TEXT NOT NULL,
    "country_code" CHAR(2) NOT NULL,

    CONSTRAINT "document_party_pkey" PRIMARY KEY ("document_id","country_code")
);

-- CreateTable
CREATE TABLE "section" (
    "id" TEXT NOT NULL,
    "document_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "label_zh" TEXT NOT NULL,
    "label_en" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "start_offset" INTEGER NOT NULL,
    "end_offset" INTEGER NOT NULL,

    CONSTRAINT "section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "paragraph" (
    "id" TEXT NOT NULL,
    "document_id" TEXT NOT NULL,
    "section_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "start_offset" INTEGER NOT NULL,
    "end_offset" INTEGER NOT NULL,

    CONSTRAINT "paragraph_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sentence" (
    "id" TEXT NOT NULL,
    "document_id" TEXT NOT NULL,
    "paragraph_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "SentenceKind" NOT NULL,
    "start_offset" INTEGER NOT NULL,
    "end_offset" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "translation_en" TEXT,

    CONSTRAINT "sentence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "document_id" TEXT NOT NULL,
    "sentence_id" TEXT,
    "section_ref" TEXT NOT NULL,
    "paragraph_ref" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "start_offset" INTEGER NOT NULL,
    "end_offset" INTEGER NOT NULL,
    "translation_en" TEXT NOT NULL,
    "title_zh" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "area_slug" TEXT NOT NULL,
    "type" "CommitmentType" NOT NULL,
    "strength" "Strength" NOT NULL,
    "cue" TEXT,
    "recurrence" "Recurrence",
    "first_period" TEXT,
    "recurrence_note" TEXT,
    "due_date" DATE,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment_party" (
    "commitment_id" TEXT NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "role" "PartyRole" NOT NULL,

    CONSTRAINT "commitment_party_pkey" PRIMARY KEY ("commitment_id","country_code","role")
);

-- CreateTable
CREATE TABLE "tracking" (
    "id" TEXT NOT NULL,
    "commitment_id" TEXT NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "status" "Status" NOT NULL DEFAULT 'NOT_ASSESSED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "compliance_score" INTEGER,
    "owner_id" TEXT,
    "has_evidence" BOOLEAN NOT NULL DEFAULT false,
    "last_update_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "tracking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_update" (
    "id" TEXT NOT NULL,
    "tracking_id" TEXT NOT NULL,
    "commitment_id" TEXT NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "author_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status_before" "Status" NOT NULL,
    "status" "Status" NOT NULL,
    "progress_before" INTEGER NOT NULL,
    "progress" INTEGER NOT NULL,
    "compliance_score" INTEGER,
    "note" TEXT,
    "internal_note" TEXT,
    "tracking_version" INTEGER NOT NULL,

    CONSTRAINT "status_update_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence" (
    "id" TEXT NOT NULL,
    "update_id" TEXT,
    "occurrence_id" TEXT,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "event_date" DATE,
    "grade" "EvidenceGrade" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "occurrence" (
    "id" TEXT NOT NULL,
    "commitment_id" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "expected_by" DATE NOT NULL,
    "status" "OccurrenceStatus" NOT NULL DEFAULT 'PENDING',
    "held_on" DATE,
    "venue_zh" TEXT,
    "venue_en" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "occurrence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment_link" (
    "id" TEXT NOT NULL,
    "from_id" TEXT NOT NULL,
    "to_id" TEXT NOT NULL,
    "type" "LinkType" NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "commitment_link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "disabled_at" TIMESTAMP(3),
    "sessions_valid_after" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_throttle" (
    "key" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "window_start" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "actor_email" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "document_slug_key" ON "document"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "document_code_prefix_key" ON "document"("code_prefix");

-- CreateIndex
CREATE INDEX "document_date_idx" ON "document"("date");

-- CreateIndex
CREATE INDEX "document_party_country_code_idx" ON "document_party"("country_code");

-- CreateIndex
CREATE UNIQUE INDEX "section_document_id_key_key" ON "section"("document_id", "key");

-- CreateIndex
CREATE INDEX "paragraph_section_id_idx" ON "paragraph"("section_id");

-- CreateIndex
CREATE UNIQUE INDEX "paragraph_document_id_key_key" ON "paragraph"("document_id", "key");

-- CreateIndex
CREATE INDEX "sentence_paragraph_id_idx" ON "sentence"("paragraph_id");

-- CreateIndex
CREATE UNIQUE INDEX "sentence_document_id_key_key" ON "sentence"("document_id", "key");

-- CreateIndex
CREATE UNIQUE INDEX "commitment_code_key" ON "commitment"("code");

-- CreateIndex
CREATE INDEX "commitment_document_id_position_idx" ON "commitment"("document_id", "position");

-- CreateIndex
CREATE INDEX "commitment_area_slug_idx" ON "commitment"("area_slug");

-- CreateIndex
CREATE INDEX "commitment_strength_idx" ON "commitment"("strength");

-- CreateIndex
CREATE INDEX "commitment_type_idx" ON "commitment"("type");

-- CreateIndex
CREATE INDEX "commitment_sentence_id_idx" ON "commitment"("sentence_id");

-- CreateIndex
CREATE INDEX "commitment_due_date_idx" ON "commitment"("due_date");

-- CreateIndex
CREATE INDEX "commitment_party_country_code_role_idx" ON "commitment_party"("country_code", "role");

-- CreateIndex
CREATE INDEX "tracking_country_code_status_idx" ON "tracking"("country_code", "status");

-- CreateIndex
CREATE INDEX "tracking_status_idx" ON "tracking"("status");

-- CreateIndex
CREATE INDEX "tracking_owner_id_idx" ON "tracking"("owner_id");

-- CreateIndex
CREATE INDEX "tracking_last_update_at_idx" ON "tracking"("last_update_at");

-- CreateIndex
CREATE UNIQUE INDEX "tracking_commitment_id_country_code_key" ON "tracking"("commitment_id", "country_code");

-- CreateIndex
CREATE INDEX "status_update_tracking_id_created_at_idx" ON "status_update"("tracking_id", "created_at");

-- CreateIndex
CREATE INDEX "status_update_commitment_id_created_at_idx" ON "status_update"("commitment_id", "created_at");

-- CreateIndex
CREATE INDEX "status_update_created_at_idx" ON "status_update"("created_at");

-- CreateIndex
CREATE INDEX "status_update_author_id_idx" ON "status_update"("author_id");

-- CreateIndex
CREATE INDEX "evidence_update_id_idx" ON "evidence"("update_id");

-- CreateIndex
CREATE INDEX "evidence_occurrence_id_idx" ON "evidence"("occurrence_id");

-- CreateIndex
CREATE INDEX "occurrence_status_expected_by_idx" ON "occurrence"("status", "expected_by");

-- CreateIndex
CREATE UNIQUE INDEX "occurrence_commitment_id_period_key" ON "occurrence"("commitment_id", "period");

-- CreateIndex
CREATE INDEX "commitment_link_to_id_idx" ON "commitment_link"("to_id");

-- CreateIndex
CREATE UNIQUE INDEX "commitment_link_from_id_to_id_type_key" ON "commitment_link"("from_id", "to_id", "type");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- CreateIndex
CREATE INDEX "audit_log_actor_id_at_idx" ON "audit_log"("actor_id", "at");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_log_action_at_idx" ON "audit_log"("action", "at");

-- AddForeignKey
ALTER TABLE "document_party" ADD CONSTRAINT "document_party_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_party" ADD CONSTRAINT "document_party_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "section" ADD CONSTRAINT "section_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paragraph" ADD CONSTRAINT "paragraph_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paragraph" ADD CONSTRAINT "paragraph_section_id_fkey" FOREIGN KEY ("section_id") REFERENCES "section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sentence" ADD CONSTRAINT "sentence_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sentence" ADD CONSTRAINT "sentence_paragraph_id_fkey" FOREIGN KEY ("paragraph_id") REFERENCES "paragraph"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_sentence_id_fkey" FOREIGN KEY ("sentence_id") REFERENCES "sentence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_area_slug_fkey" FOREIGN KEY ("area_slug") REFERENCES "area"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_party" ADD CONSTRAINT "commitment_party_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_party" ADD CONSTRAINT "commitment_party_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tracking" ADD CONSTRAINT "tracking_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tracking" ADD CONSTRAINT "tracking_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tracking" ADD CONSTRAINT "tracking_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_update" ADD CONSTRAINT "status_update_tracking_id_fkey" FOREIGN KEY ("tracking_id") REFERENCES "tracking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_update" ADD CONSTRAINT "status_update_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_update" ADD CONSTRAINT "status_update_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_update" ADD CONSTRAINT "status_update_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_update_id_fkey" FOREIGN KEY ("update_id") REFERENCES "status_update"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_occurrence_id_fkey" FOREIGN KEY ("occurrence_id") REFERENCES "occurrence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "occurrence" ADD CONSTRAINT "occurrence_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_link" ADD CONSTRAINT "commitment_link_from_id_fkey" FOREIGN KEY ("from_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_link" ADD CONSTRAINT "commitment_link_to_id_fkey" FOREIGN KEY ("to_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
