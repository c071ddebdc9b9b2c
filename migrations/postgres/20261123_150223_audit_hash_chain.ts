import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { sealUnchainedEntries } from '../../src/audit/sealUnchained.js'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "press_releases_change_notes" ALTER COLUMN "note" DROP NOT NULL;
  ALTER TABLE "press_releases_change_notes" ALTER COLUMN "at" DROP NOT NULL;
  ALTER TABLE "_press_releases_v_version_change_notes" ALTER COLUMN "note" DROP NOT NULL;
  ALTER TABLE "_press_releases_v_version_change_notes" ALTER COLUMN "at" DROP NOT NULL;
  ALTER TABLE "event_coverage_change_notes" ALTER COLUMN "note" DROP NOT NULL;
  ALTER TABLE "event_coverage_change_notes" ALTER COLUMN "at" DROP NOT NULL;
  ALTER TABLE "_event_coverage_v_version_change_notes" ALTER COLUMN "note" DROP NOT NULL;
  ALTER TABLE "_event_coverage_v_version_change_notes" ALTER COLUMN "at" DROP NOT NULL;
  ALTER TABLE "audit_log" ADD COLUMN "actor_user_id" varchar;
  ALTER TABLE "audit_log" ADD COLUMN "seq" numeric;
  ALTER TABLE "audit_log" ADD COLUMN "prev_hash" varchar;
  ALTER TABLE "audit_log" ADD COLUMN "hash" varchar;
  CREATE UNIQUE INDEX "audit_log_seq_idx" ON "audit_log" USING btree ("seq");`)
  // The chain start: entries written before this migration are chained in the order they were
  // written (src/audit/sealUnchained.ts); from here on every entry is appended to the chain.
  await sealUnchainedEntries(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "audit_log_seq_idx";
  ALTER TABLE "press_releases_change_notes" ALTER COLUMN "note" SET NOT NULL;
  ALTER TABLE "press_releases_change_notes" ALTER COLUMN "at" SET NOT NULL;
  ALTER TABLE "_press_releases_v_version_change_notes" ALTER COLUMN "note" SET NOT NULL;
  ALTER TABLE "_press_releases_v_version_change_notes" ALTER COLUMN "at" SET NOT NULL;
  ALTER TABLE "event_coverage_change_notes" ALTER COLUMN "note" SET NOT NULL;
  ALTER TABLE "event_coverage_change_notes" ALTER COLUMN "at" SET NOT NULL;
  ALTER TABLE "_event_coverage_v_version_change_notes" ALTER COLUMN "note" SET NOT NULL;
  ALTER TABLE "_event_coverage_v_version_change_notes" ALTER COLUMN "at" SET NOT NULL;
  ALTER TABLE "audit_log" DROP COLUMN "actor_user_id";
  ALTER TABLE "audit_log" DROP COLUMN "seq";
  ALTER TABLE "audit_log" DROP COLUMN "prev_hash";
  ALTER TABLE "audit_log" DROP COLUMN "hash";`)
}
