import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

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
  ALTER TABLE "photos" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "photos" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "press_releases_change_notes" ALTER COLUMN "note" SET NOT NULL;
  ALTER TABLE "press_releases_change_notes" ALTER COLUMN "at" SET NOT NULL;
  ALTER TABLE "_press_releases_v_version_change_notes" ALTER COLUMN "note" SET NOT NULL;
  ALTER TABLE "_press_releases_v_version_change_notes" ALTER COLUMN "at" SET NOT NULL;
  ALTER TABLE "event_coverage_change_notes" ALTER COLUMN "note" SET NOT NULL;
  ALTER TABLE "event_coverage_change_notes" ALTER COLUMN "at" SET NOT NULL;
  ALTER TABLE "_event_coverage_v_version_change_notes" ALTER COLUMN "note" SET NOT NULL;
  ALTER TABLE "_event_coverage_v_version_change_notes" ALTER COLUMN "at" SET NOT NULL;
  ALTER TABLE "photos" DROP COLUMN "prefix";
  ALTER TABLE "photos" DROP COLUMN "_objectkey";`)
}
