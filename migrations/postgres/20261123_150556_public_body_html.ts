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
  ALTER TABLE "press_releases" ADD COLUMN "body_html" varchar;
  ALTER TABLE "press_releases" ADD COLUMN "body_text" varchar;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_body_html" varchar;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_body_text" varchar;
  ALTER TABLE "event_coverage" ADD COLUMN "body_html" varchar;
  ALTER TABLE "event_coverage" ADD COLUMN "body_text" varchar;
  ALTER TABLE "_event_coverage_v" ADD COLUMN "version_body_html" varchar;
  ALTER TABLE "_event_coverage_v" ADD COLUMN "version_body_text" varchar;`)
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
  ALTER TABLE "press_releases" DROP COLUMN "body_html";
  ALTER TABLE "press_releases" DROP COLUMN "body_text";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_body_html";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_body_text";
  ALTER TABLE "event_coverage" DROP COLUMN "body_html";
  ALTER TABLE "event_coverage" DROP COLUMN "body_text";
  ALTER TABLE "_event_coverage_v" DROP COLUMN "version_body_html";
  ALTER TABLE "_event_coverage_v" DROP COLUMN "version_body_text";`)
}
