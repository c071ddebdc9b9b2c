import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'writer', 'protocol');
  CREATE TYPE "public"."enum_units_type" AS ENUM('provinsi', 'kabupaten', 'kota', 'opd', 'upt', 'kecamatan');
  CREATE TYPE "public"."enum_units_timezone" AS ENUM('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura');
  CREATE TYPE "public"."enum_press_releases_language" AS ENUM('id', 'en', 'jv');
  CREATE TYPE "public"."enum_press_releases_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__press_releases_v_version_language" AS ENUM('id', 'en', 'jv');
  CREATE TYPE "public"."enum__press_releases_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_event_coverage_language" AS ENUM('id', 'en', 'jv');
  CREATE TYPE "public"."enum_event_coverage_phase" AS ENUM('pra', 'live', 'pasca');
  CREATE TYPE "public"."enum_event_coverage_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__event_coverage_v_version_language" AS ENUM('id', 'en', 'jv');
  CREATE TYPE "public"."enum__event_coverage_v_version_phase" AS ENUM('pra', 'live', 'pasca');
  CREATE TYPE "public"."enum__event_coverage_v_version_workflow_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_agenda_timezone" AS ENUM('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura');
  CREATE TYPE "public"."enum_agenda_status" AS ENUM('terjadwal', 'berlangsung', 'selesai', 'ditunda', 'dibatalkan');
  CREATE TYPE "public"."enum_agenda_visibility" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum_spokespeople_acting_status" AS ENUM('definitif', 'plt', 'pj', 'plh');
  CREATE TYPE "public"."enum_topics_kind" AS ENUM('category', 'tag');
  CREATE TYPE "public"."enum_audit_log_outcome" AS ENUM('done', 'refused');
  CREATE TYPE "public"."enum_webhook_deliveries_outcome" AS ENUM('delivered', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduled', 'deliverWebhook');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduled', 'deliverWebhook');
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"nip" varchar,
  	"position" varchar,
  	"role" "enum_users_role" DEFAULT 'writer' NOT NULL,
  	"unit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"type" "enum_units_type" NOT NULL,
  	"parent_id" integer,
  	"region_code" varchar,
  	"timezone" "enum_units_timezone" DEFAULT 'Asia/Jakarta' NOT NULL,
  	"logo_id" integer,
  	"public_contact_name" varchar,
  	"public_contact_phone" varchar,
  	"public_contact_email" varchar,
  	"public_contact_website" varchar,
  	"public_contact_address" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "press_releases_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"note" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "press_releases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"dateline_city" varchar,
  	"unit_id" integer NOT NULL,
  	"media_contact_name" varchar,
  	"media_contact_phone" varchar,
  	"media_contact_email" varchar,
  	"media_contact_website" varchar,
  	"media_contact_address" varchar,
  	"featured_photo_id" integer,
  	"syndicated" boolean DEFAULT false,
  	"language" "enum_press_releases_language" DEFAULT 'id',
  	"workflow_status" "enum_press_releases_workflow_status" DEFAULT 'draft',
  	"embargo_until" timestamp(3) with time zone,
  	"publish_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"needs_retrospective_approval" boolean DEFAULT false,
  	"force_published_by_id" integer,
  	"revision" jsonb,
  	"withdrawal_reason" varchar,
  	"withdrawal_withdrawn_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"last_edited_by_id" integer,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "press_releases_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer,
  	"topics_id" integer,
  	"spokespeople_id" integer,
  	"photos_id" integer
  );
  
  CREATE TABLE "_press_releases_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"note" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_press_releases_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar NOT NULL,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_dateline_city" varchar,
  	"version_unit_id" integer NOT NULL,
  	"version_media_contact_name" varchar,
  	"version_media_contact_phone" varchar,
  	"version_media_contact_email" varchar,
  	"version_media_contact_website" varchar,
  	"version_media_contact_address" varchar,
  	"version_featured_photo_id" integer,
  	"version_syndicated" boolean DEFAULT false,
  	"version_language" "enum__press_releases_v_version_language" DEFAULT 'id',
  	"version_workflow_status" "enum__press_releases_v_version_workflow_status" DEFAULT 'draft',
  	"version_embargo_until" timestamp(3) with time zone,
  	"version_publish_at" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_approved_by_id" integer,
  	"version_approved_at" timestamp(3) with time zone,
  	"version_needs_retrospective_approval" boolean DEFAULT false,
  	"version_force_published_by_id" integer,
  	"version_revision" jsonb,
  	"version_withdrawal_reason" varchar,
  	"version_withdrawal_withdrawn_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_last_edited_by_id" integer,
  	"version_internal_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_press_releases_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer,
  	"topics_id" integer,
  	"spokespeople_id" integer,
  	"photos_id" integer
  );
  
  CREATE TABLE "event_coverage_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"note" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "event_coverage" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"dateline_city" varchar,
  	"unit_id" integer NOT NULL,
  	"media_contact_name" varchar,
  	"media_contact_phone" varchar,
  	"media_contact_email" varchar,
  	"media_contact_website" varchar,
  	"media_contact_address" varchar,
  	"featured_photo_id" integer,
  	"syndicated" boolean DEFAULT false,
  	"language" "enum_event_coverage_language" DEFAULT 'id',
  	"agenda_event_id" integer,
  	"phase" "enum_event_coverage_phase" DEFAULT 'pasca' NOT NULL,
  	"represented_by_id" integer,
  	"location" varchar,
  	"workflow_status" "enum_event_coverage_workflow_status" DEFAULT 'draft',
  	"embargo_until" timestamp(3) with time zone,
  	"publish_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"needs_retrospective_approval" boolean DEFAULT false,
  	"force_published_by_id" integer,
  	"revision" jsonb,
  	"withdrawal_reason" varchar,
  	"withdrawal_withdrawn_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"last_edited_by_id" integer,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "event_coverage_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer,
  	"topics_id" integer,
  	"spokespeople_id" integer,
  	"photos_id" integer
  );
  
  CREATE TABLE "_event_coverage_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"note" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_event_coverage_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar NOT NULL,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_dateline_city" varchar,
  	"version_unit_id" integer NOT NULL,
  	"version_media_contact_name" varchar,
  	"version_media_contact_phone" varchar,
  	"version_media_contact_email" varchar,
  	"version_media_contact_website" varchar,
  	"version_media_contact_address" varchar,
  	"version_featured_photo_id" integer,
  	"version_syndicated" boolean DEFAULT false,
  	"version_language" "enum__event_coverage_v_version_language" DEFAULT 'id',
  	"version_agenda_event_id" integer,
  	"version_phase" "enum__event_coverage_v_version_phase" DEFAULT 'pasca' NOT NULL,
  	"version_represented_by_id" integer,
  	"version_location" varchar,
  	"version_workflow_status" "enum__event_coverage_v_version_workflow_status" DEFAULT 'draft',
  	"version_embargo_until" timestamp(3) with time zone,
  	"version_publish_at" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_approved_by_id" integer,
  	"version_approved_at" timestamp(3) with time zone,
  	"version_needs_retrospective_approval" boolean DEFAULT false,
  	"version_force_published_by_id" integer,
  	"version_revision" jsonb,
  	"version_withdrawal_reason" varchar,
  	"version_withdrawal_withdrawn_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_last_edited_by_id" integer,
  	"version_internal_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_event_coverage_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer,
  	"topics_id" integer,
  	"spokespeople_id" integer,
  	"photos_id" integer
  );
  
  CREATE TABLE "agenda" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"unit_id" integer NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone,
  	"timezone" "enum_agenda_timezone" DEFAULT 'Asia/Jakarta' NOT NULL,
  	"location" varchar,
  	"status" "enum_agenda_status" DEFAULT 'terjadwal' NOT NULL,
  	"visibility" "enum_agenda_visibility" DEFAULT 'internal' NOT NULL,
  	"represented_by_id" integer,
  	"protocol_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "agenda_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"spokespeople_id" integer,
  	"event_coverage_id" integer
  );
  
  CREATE TABLE "photos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar NOT NULL,
  	"credit" varchar NOT NULL,
  	"usage_terms" varchar DEFAULT 'Bebas dipublikasikan ulang dengan mencantumkan kredit.',
  	"taken_at" timestamp(3) with time zone,
  	"camera" varchar,
  	"place" varchar,
  	"contains_minors" boolean DEFAULT false,
  	"consent_recorded" boolean DEFAULT false,
  	"unit_id" integer,
  	"is_public" boolean DEFAULT false,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_webp_filename" varchar,
  	"sizes_thumbnail_webp_width" numeric,
  	"sizes_thumbnail_webp_height" numeric,
  	"sizes_thumbnail_webp_mime_type" varchar,
  	"sizes_thumbnail_webp_filesize" numeric,
  	"sizes_thumbnail_webp_url" varchar,
  	"sizes_card_filename" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_url" varchar,
  	"sizes_card_webp_filename" varchar,
  	"sizes_card_webp_width" numeric,
  	"sizes_card_webp_height" numeric,
  	"sizes_card_webp_mime_type" varchar,
  	"sizes_card_webp_filesize" numeric,
  	"sizes_card_webp_url" varchar,
  	"sizes_hero_filename" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_url" varchar,
  	"sizes_hero_webp_filename" varchar,
  	"sizes_hero_webp_width" numeric,
  	"sizes_hero_webp_height" numeric,
  	"sizes_hero_webp_mime_type" varchar,
  	"sizes_hero_webp_filesize" numeric,
  	"sizes_hero_webp_url" varchar,
  	"sizes_og_filename" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_url" varchar,
  	"sizes_og_webp_filename" varchar,
  	"sizes_og_webp_width" numeric,
  	"sizes_og_webp_height" numeric,
  	"sizes_og_webp_mime_type" varchar,
  	"sizes_og_webp_filesize" numeric,
  	"sizes_og_webp_url" varchar,
  	"sizes_square_filename" varchar,
  	"sizes_square_width" numeric,
  	"sizes_square_height" numeric,
  	"sizes_square_mime_type" varchar,
  	"sizes_square_filesize" numeric,
  	"sizes_square_url" varchar,
  	"sizes_square_webp_filename" varchar,
  	"sizes_square_webp_width" numeric,
  	"sizes_square_webp_height" numeric,
  	"sizes_square_webp_mime_type" varchar,
  	"sizes_square_webp_filesize" numeric,
  	"sizes_square_webp_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "spokespeople" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"titles_before" varchar,
  	"titles_after" varchar,
  	"display_name" varchar,
  	"position" varchar NOT NULL,
  	"acting_status" "enum_spokespeople_acting_status" DEFAULT 'definitif' NOT NULL,
  	"unit_id" integer,
  	"photo_id" integer,
  	"bio" varchar,
  	"public_contact_name" varchar,
  	"public_contact_phone" varchar,
  	"public_contact_email" varchar,
  	"public_contact_website" varchar,
  	"public_contact_address" varchar,
  	"term_start" timestamp(3) with time zone,
  	"term_end" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"kind" "enum_topics_kind" DEFAULT 'category' NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"actor_role" varchar,
  	"action" varchar NOT NULL,
  	"outcome" "enum_audit_log_outcome" NOT NULL,
  	"code" varchar,
  	"target_collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"document_title" varchar,
  	"from" varchar,
  	"to" varchar,
  	"reason" varchar,
  	"summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "portal_clients" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"include_child_units" boolean DEFAULT true,
  	"receives_syndicated" boolean DEFAULT true,
  	"receives_embargoed" boolean DEFAULT false,
  	"webhook_url" varchar,
  	"webhook_secret" varchar,
  	"active" boolean DEFAULT true,
  	"expires_at" timestamp(3) with time zone,
  	"last_used_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar
  );
  
  CREATE TABLE "portal_clients_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "portal_clients_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"client_id" integer,
  	"event" varchar NOT NULL,
  	"target_collection" varchar,
  	"document_id" varchar,
  	"url" varchar,
  	"attempt" numeric,
  	"outcome" "enum_webhook_deliveries_outcome",
  	"response_status" numeric,
  	"error" varchar,
  	"duration_ms" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"units_id" integer,
  	"press_releases_id" integer,
  	"event_coverage_id" integer,
  	"agenda_id" integer,
  	"photos_id" integer,
  	"spokespeople_id" integer,
  	"topics_id" integer,
  	"audit_log_id" integer,
  	"portal_clients_id" integer,
  	"webhook_deliveries_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"portal_clients_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_logo_id_photos_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_releases_change_notes" ADD CONSTRAINT "press_releases_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_featured_photo_id_photos_id_fk" FOREIGN KEY ("featured_photo_id") REFERENCES "public"."photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_force_published_by_id_users_id_fk" FOREIGN KEY ("force_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_spokespeople_fk" FOREIGN KEY ("spokespeople_id") REFERENCES "public"."spokespeople"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "press_releases_rels" ADD CONSTRAINT "press_releases_rels_photos_fk" FOREIGN KEY ("photos_id") REFERENCES "public"."photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_version_change_notes" ADD CONSTRAINT "_press_releases_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_press_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_parent_id_press_releases_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."press_releases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_featured_photo_id_photos_id_fk" FOREIGN KEY ("version_featured_photo_id") REFERENCES "public"."photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_force_published_by_id_users_id_fk" FOREIGN KEY ("version_force_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_press_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_spokespeople_fk" FOREIGN KEY ("spokespeople_id") REFERENCES "public"."spokespeople"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_press_releases_v_rels" ADD CONSTRAINT "_press_releases_v_rels_photos_fk" FOREIGN KEY ("photos_id") REFERENCES "public"."photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_coverage_change_notes" ADD CONSTRAINT "event_coverage_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."event_coverage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_coverage" ADD CONSTRAINT "event_coverage_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_coverage" ADD CONSTRAINT "event_coverage_featured_photo_id_photos_id_fk" FOREIGN KEY ("featured_photo_id") REFERENCES "public"."photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_coverage" ADD CONSTRAINT "event_coverage_agenda_event_id_agenda_id_fk" FOREIGN KEY ("agenda_event_id") REFERENCES "public"."agenda"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_coverage" ADD CONSTRAINT "event_coverage_represented_by_id_spokespeople_id_fk" FOREIGN KEY ("represented_by_id") REFERENCES "public"."spokespeople"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_coverage" ADD CONSTRAINT "event_coverage_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_coverage" ADD CONSTRAINT "event_coverage_force_published_by_id_users_id_fk" FOREIGN KEY ("force_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_coverage" ADD CONSTRAINT "event_coverage_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_coverage" ADD CONSTRAINT "event_coverage_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_coverage_rels" ADD CONSTRAINT "event_coverage_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."event_coverage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_coverage_rels" ADD CONSTRAINT "event_coverage_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_coverage_rels" ADD CONSTRAINT "event_coverage_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_coverage_rels" ADD CONSTRAINT "event_coverage_rels_spokespeople_fk" FOREIGN KEY ("spokespeople_id") REFERENCES "public"."spokespeople"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_coverage_rels" ADD CONSTRAINT "event_coverage_rels_photos_fk" FOREIGN KEY ("photos_id") REFERENCES "public"."photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_event_coverage_v_version_change_notes" ADD CONSTRAINT "_event_coverage_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_event_coverage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_event_coverage_v" ADD CONSTRAINT "_event_coverage_v_parent_id_event_coverage_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."event_coverage"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_event_coverage_v" ADD CONSTRAINT "_event_coverage_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_event_coverage_v" ADD CONSTRAINT "_event_coverage_v_version_featured_photo_id_photos_id_fk" FOREIGN KEY ("version_featured_photo_id") REFERENCES "public"."photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_event_coverage_v" ADD CONSTRAINT "_event_coverage_v_version_agenda_event_id_agenda_id_fk" FOREIGN KEY ("version_agenda_event_id") REFERENCES "public"."agenda"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_event_coverage_v" ADD CONSTRAINT "_event_coverage_v_version_represented_by_id_spokespeople_id_fk" FOREIGN KEY ("version_represented_by_id") REFERENCES "public"."spokespeople"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_event_coverage_v" ADD CONSTRAINT "_event_coverage_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_event_coverage_v" ADD CONSTRAINT "_event_coverage_v_version_force_published_by_id_users_id_fk" FOREIGN KEY ("version_force_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_event_coverage_v" ADD CONSTRAINT "_event_coverage_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_event_coverage_v" ADD CONSTRAINT "_event_coverage_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_event_coverage_v_rels" ADD CONSTRAINT "_event_coverage_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_event_coverage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_event_coverage_v_rels" ADD CONSTRAINT "_event_coverage_v_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_event_coverage_v_rels" ADD CONSTRAINT "_event_coverage_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_event_coverage_v_rels" ADD CONSTRAINT "_event_coverage_v_rels_spokespeople_fk" FOREIGN KEY ("spokespeople_id") REFERENCES "public"."spokespeople"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_event_coverage_v_rels" ADD CONSTRAINT "_event_coverage_v_rels_photos_fk" FOREIGN KEY ("photos_id") REFERENCES "public"."photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agenda" ADD CONSTRAINT "agenda_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agenda" ADD CONSTRAINT "agenda_represented_by_id_spokespeople_id_fk" FOREIGN KEY ("represented_by_id") REFERENCES "public"."spokespeople"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agenda_rels" ADD CONSTRAINT "agenda_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agenda"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agenda_rels" ADD CONSTRAINT "agenda_rels_spokespeople_fk" FOREIGN KEY ("spokespeople_id") REFERENCES "public"."spokespeople"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agenda_rels" ADD CONSTRAINT "agenda_rels_event_coverage_fk" FOREIGN KEY ("event_coverage_id") REFERENCES "public"."event_coverage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "photos" ADD CONSTRAINT "photos_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "spokespeople" ADD CONSTRAINT "spokespeople_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "spokespeople" ADD CONSTRAINT "spokespeople_photo_id_photos_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "portal_clients_texts" ADD CONSTRAINT "portal_clients_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."portal_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "portal_clients_rels" ADD CONSTRAINT "portal_clients_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."portal_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "portal_clients_rels" ADD CONSTRAINT "portal_clients_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_client_id_portal_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."portal_clients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_press_releases_fk" FOREIGN KEY ("press_releases_id") REFERENCES "public"."press_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_coverage_fk" FOREIGN KEY ("event_coverage_id") REFERENCES "public"."event_coverage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agenda_fk" FOREIGN KEY ("agenda_id") REFERENCES "public"."agenda"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_photos_fk" FOREIGN KEY ("photos_id") REFERENCES "public"."photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_spokespeople_fk" FOREIGN KEY ("spokespeople_id") REFERENCES "public"."spokespeople"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_portal_clients_fk" FOREIGN KEY ("portal_clients_id") REFERENCES "public"."portal_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_portal_clients_fk" FOREIGN KEY ("portal_clients_id") REFERENCES "public"."portal_clients"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_unit_idx" ON "users" USING btree ("unit_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "units_slug_idx" ON "units" USING btree ("slug");
  CREATE INDEX "units_parent_idx" ON "units" USING btree ("parent_id");
  CREATE INDEX "units_logo_idx" ON "units" USING btree ("logo_id");
  CREATE INDEX "units_updated_at_idx" ON "units" USING btree ("updated_at");
  CREATE INDEX "units_created_at_idx" ON "units" USING btree ("created_at");
  CREATE INDEX "press_releases_change_notes_order_idx" ON "press_releases_change_notes" USING btree ("_order");
  CREATE INDEX "press_releases_change_notes_parent_id_idx" ON "press_releases_change_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "press_releases_slug_idx" ON "press_releases" USING btree ("slug");
  CREATE INDEX "press_releases_unit_idx" ON "press_releases" USING btree ("unit_id");
  CREATE INDEX "press_releases_featured_photo_idx" ON "press_releases" USING btree ("featured_photo_id");
  CREATE INDEX "press_releases_workflow_status_idx" ON "press_releases" USING btree ("workflow_status");
  CREATE INDEX "press_releases_embargo_until_idx" ON "press_releases" USING btree ("embargo_until");
  CREATE INDEX "press_releases_published_at_idx" ON "press_releases" USING btree ("published_at");
  CREATE INDEX "press_releases_approved_by_idx" ON "press_releases" USING btree ("approved_by_id");
  CREATE INDEX "press_releases_force_published_by_idx" ON "press_releases" USING btree ("force_published_by_id");
  CREATE INDEX "press_releases_created_by_idx" ON "press_releases" USING btree ("created_by_id");
  CREATE INDEX "press_releases_last_edited_by_idx" ON "press_releases" USING btree ("last_edited_by_id");
  CREATE INDEX "press_releases_updated_at_idx" ON "press_releases" USING btree ("updated_at");
  CREATE INDEX "press_releases_created_at_idx" ON "press_releases" USING btree ("created_at");
  CREATE INDEX "press_releases_rels_order_idx" ON "press_releases_rels" USING btree ("order");
  CREATE INDEX "press_releases_rels_parent_idx" ON "press_releases_rels" USING btree ("parent_id");
  CREATE INDEX "press_releases_rels_path_idx" ON "press_releases_rels" USING btree ("path");
  CREATE INDEX "press_releases_rels_units_id_idx" ON "press_releases_rels" USING btree ("units_id");
  CREATE INDEX "press_releases_rels_topics_id_idx" ON "press_releases_rels" USING btree ("topics_id");
  CREATE INDEX "press_releases_rels_spokespeople_id_idx" ON "press_releases_rels" USING btree ("spokespeople_id");
  CREATE INDEX "press_releases_rels_photos_id_idx" ON "press_releases_rels" USING btree ("photos_id");
  CREATE INDEX "_press_releases_v_version_change_notes_order_idx" ON "_press_releases_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_press_releases_v_version_change_notes_parent_id_idx" ON "_press_releases_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_press_releases_v_parent_idx" ON "_press_releases_v" USING btree ("parent_id");
  CREATE INDEX "_press_releases_v_version_version_slug_idx" ON "_press_releases_v" USING btree ("version_slug");
  CREATE INDEX "_press_releases_v_version_version_unit_idx" ON "_press_releases_v" USING btree ("version_unit_id");
  CREATE INDEX "_press_releases_v_version_version_featured_photo_idx" ON "_press_releases_v" USING btree ("version_featured_photo_id");
  CREATE INDEX "_press_releases_v_version_version_workflow_status_idx" ON "_press_releases_v" USING btree ("version_workflow_status");
  CREATE INDEX "_press_releases_v_version_version_embargo_until_idx" ON "_press_releases_v" USING btree ("version_embargo_until");
  CREATE INDEX "_press_releases_v_version_version_published_at_idx" ON "_press_releases_v" USING btree ("version_published_at");
  CREATE INDEX "_press_releases_v_version_version_approved_by_idx" ON "_press_releases_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_press_releases_v_version_version_force_published_by_idx" ON "_press_releases_v" USING btree ("version_force_published_by_id");
  CREATE INDEX "_press_releases_v_version_version_created_by_idx" ON "_press_releases_v" USING btree ("version_created_by_id");
  CREATE INDEX "_press_releases_v_version_version_last_edited_by_idx" ON "_press_releases_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_press_releases_v_version_version_updated_at_idx" ON "_press_releases_v" USING btree ("version_updated_at");
  CREATE INDEX "_press_releases_v_version_version_created_at_idx" ON "_press_releases_v" USING btree ("version_created_at");
  CREATE INDEX "_press_releases_v_created_at_idx" ON "_press_releases_v" USING btree ("created_at");
  CREATE INDEX "_press_releases_v_updated_at_idx" ON "_press_releases_v" USING btree ("updated_at");
  CREATE INDEX "_press_releases_v_rels_order_idx" ON "_press_releases_v_rels" USING btree ("order");
  CREATE INDEX "_press_releases_v_rels_parent_idx" ON "_press_releases_v_rels" USING btree ("parent_id");
  CREATE INDEX "_press_releases_v_rels_path_idx" ON "_press_releases_v_rels" USING btree ("path");
  CREATE INDEX "_press_releases_v_rels_units_id_idx" ON "_press_releases_v_rels" USING btree ("units_id");
  CREATE INDEX "_press_releases_v_rels_topics_id_idx" ON "_press_releases_v_rels" USING btree ("topics_id");
  CREATE INDEX "_press_releases_v_rels_spokespeople_id_idx" ON "_press_releases_v_rels" USING btree ("spokespeople_id");
  CREATE INDEX "_press_releases_v_rels_photos_id_idx" ON "_press_releases_v_rels" USING btree ("photos_id");
  CREATE INDEX "event_coverage_change_notes_order_idx" ON "event_coverage_change_notes" USING btree ("_order");
  CREATE INDEX "event_coverage_change_notes_parent_id_idx" ON "event_coverage_change_notes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "event_coverage_slug_idx" ON "event_coverage" USING btree ("slug");
  CREATE INDEX "event_coverage_unit_idx" ON "event_coverage" USING btree ("unit_id");
  CREATE INDEX "event_coverage_featured_photo_idx" ON "event_coverage" USING btree ("featured_photo_id");
  CREATE INDEX "event_coverage_agenda_event_idx" ON "event_coverage" USING btree ("agenda_event_id");
  CREATE INDEX "event_coverage_represented_by_idx" ON "event_coverage" USING btree ("represented_by_id");
  CREATE INDEX "event_coverage_workflow_status_idx" ON "event_coverage" USING btree ("workflow_status");
  CREATE INDEX "event_coverage_embargo_until_idx" ON "event_coverage" USING btree ("embargo_until");
  CREATE INDEX "event_coverage_published_at_idx" ON "event_coverage" USING btree ("published_at");
  CREATE INDEX "event_coverage_approved_by_idx" ON "event_coverage" USING btree ("approved_by_id");
  CREATE INDEX "event_coverage_force_published_by_idx" ON "event_coverage" USING btree ("force_published_by_id");
  CREATE INDEX "event_coverage_created_by_idx" ON "event_coverage" USING btree ("created_by_id");
  CREATE INDEX "event_coverage_last_edited_by_idx" ON "event_coverage" USING btree ("last_edited_by_id");
  CREATE INDEX "event_coverage_updated_at_idx" ON "event_coverage" USING btree ("updated_at");
  CREATE INDEX "event_coverage_created_at_idx" ON "event_coverage" USING btree ("created_at");
  CREATE INDEX "event_coverage_rels_order_idx" ON "event_coverage_rels" USING btree ("order");
  CREATE INDEX "event_coverage_rels_parent_idx" ON "event_coverage_rels" USING btree ("parent_id");
  CREATE INDEX "event_coverage_rels_path_idx" ON "event_coverage_rels" USING btree ("path");
  CREATE INDEX "event_coverage_rels_units_id_idx" ON "event_coverage_rels" USING btree ("units_id");
  CREATE INDEX "event_coverage_rels_topics_id_idx" ON "event_coverage_rels" USING btree ("topics_id");
  CREATE INDEX "event_coverage_rels_spokespeople_id_idx" ON "event_coverage_rels" USING btree ("spokespeople_id");
  CREATE INDEX "event_coverage_rels_photos_id_idx" ON "event_coverage_rels" USING btree ("photos_id");
  CREATE INDEX "_event_coverage_v_version_change_notes_order_idx" ON "_event_coverage_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_event_coverage_v_version_change_notes_parent_id_idx" ON "_event_coverage_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_event_coverage_v_parent_idx" ON "_event_coverage_v" USING btree ("parent_id");
  CREATE INDEX "_event_coverage_v_version_version_slug_idx" ON "_event_coverage_v" USING btree ("version_slug");
  CREATE INDEX "_event_coverage_v_version_version_unit_idx" ON "_event_coverage_v" USING btree ("version_unit_id");
  CREATE INDEX "_event_coverage_v_version_version_featured_photo_idx" ON "_event_coverage_v" USING btree ("version_featured_photo_id");
  CREATE INDEX "_event_coverage_v_version_version_agenda_event_idx" ON "_event_coverage_v" USING btree ("version_agenda_event_id");
  CREATE INDEX "_event_coverage_v_version_version_represented_by_idx" ON "_event_coverage_v" USING btree ("version_represented_by_id");
  CREATE INDEX "_event_coverage_v_version_version_workflow_status_idx" ON "_event_coverage_v" USING btree ("version_workflow_status");
  CREATE INDEX "_event_coverage_v_version_version_embargo_until_idx" ON "_event_coverage_v" USING btree ("version_embargo_until");
  CREATE INDEX "_event_coverage_v_version_version_published_at_idx" ON "_event_coverage_v" USING btree ("version_published_at");
  CREATE INDEX "_event_coverage_v_version_version_approved_by_idx" ON "_event_coverage_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_event_coverage_v_version_version_force_published_by_idx" ON "_event_coverage_v" USING btree ("version_force_published_by_id");
  CREATE INDEX "_event_coverage_v_version_version_created_by_idx" ON "_event_coverage_v" USING btree ("version_created_by_id");
  CREATE INDEX "_event_coverage_v_version_version_last_edited_by_idx" ON "_event_coverage_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_event_coverage_v_version_version_updated_at_idx" ON "_event_coverage_v" USING btree ("version_updated_at");
  CREATE INDEX "_event_coverage_v_version_version_created_at_idx" ON "_event_coverage_v" USING btree ("version_created_at");
  CREATE INDEX "_event_coverage_v_created_at_idx" ON "_event_coverage_v" USING btree ("created_at");
  CREATE INDEX "_event_coverage_v_updated_at_idx" ON "_event_coverage_v" USING btree ("updated_at");
  CREATE INDEX "_event_coverage_v_rels_order_idx" ON "_event_coverage_v_rels" USING btree ("order");
  CREATE INDEX "_event_coverage_v_rels_parent_idx" ON "_event_coverage_v_rels" USING btree ("parent_id");
  CREATE INDEX "_event_coverage_v_rels_path_idx" ON "_event_coverage_v_rels" USING btree ("path");
  CREATE INDEX "_event_coverage_v_rels_units_id_idx" ON "_event_coverage_v_rels" USING btree ("units_id");
  CREATE INDEX "_event_coverage_v_rels_topics_id_idx" ON "_event_coverage_v_rels" USING btree ("topics_id");
  CREATE INDEX "_event_coverage_v_rels_spokespeople_id_idx" ON "_event_coverage_v_rels" USING btree ("spokespeople_id");
  CREATE INDEX "_event_coverage_v_rels_photos_id_idx" ON "_event_coverage_v_rels" USING btree ("photos_id");
  CREATE INDEX "agenda_unit_idx" ON "agenda" USING btree ("unit_id");
  CREATE INDEX "agenda_starts_at_idx" ON "agenda" USING btree ("starts_at");
  CREATE INDEX "agenda_visibility_idx" ON "agenda" USING btree ("visibility");
  CREATE INDEX "agenda_represented_by_idx" ON "agenda" USING btree ("represented_by_id");
  CREATE INDEX "agenda_updated_at_idx" ON "agenda" USING btree ("updated_at");
  CREATE INDEX "agenda_created_at_idx" ON "agenda" USING btree ("created_at");
  CREATE INDEX "agenda_rels_order_idx" ON "agenda_rels" USING btree ("order");
  CREATE INDEX "agenda_rels_parent_idx" ON "agenda_rels" USING btree ("parent_id");
  CREATE INDEX "agenda_rels_path_idx" ON "agenda_rels" USING btree ("path");
  CREATE INDEX "agenda_rels_spokespeople_id_idx" ON "agenda_rels" USING btree ("spokespeople_id");
  CREATE INDEX "agenda_rels_event_coverage_id_idx" ON "agenda_rels" USING btree ("event_coverage_id");
  CREATE INDEX "photos_unit_idx" ON "photos" USING btree ("unit_id");
  CREATE INDEX "photos_is_public_idx" ON "photos" USING btree ("is_public");
  CREATE INDEX "photos_updated_at_idx" ON "photos" USING btree ("updated_at");
  CREATE INDEX "photos_created_at_idx" ON "photos" USING btree ("created_at");
  CREATE UNIQUE INDEX "photos_filename_idx" ON "photos" USING btree ("filename");
  CREATE INDEX "spokespeople_unit_idx" ON "spokespeople" USING btree ("unit_id");
  CREATE INDEX "spokespeople_photo_idx" ON "spokespeople" USING btree ("photo_id");
  CREATE INDEX "spokespeople_updated_at_idx" ON "spokespeople" USING btree ("updated_at");
  CREATE INDEX "spokespeople_created_at_idx" ON "spokespeople" USING btree ("created_at");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "portal_clients_active_idx" ON "portal_clients" USING btree ("active");
  CREATE INDEX "portal_clients_updated_at_idx" ON "portal_clients" USING btree ("updated_at");
  CREATE INDEX "portal_clients_created_at_idx" ON "portal_clients" USING btree ("created_at");
  CREATE INDEX "portal_clients_texts_order_parent" ON "portal_clients_texts" USING btree ("order","parent_id");
  CREATE INDEX "portal_clients_rels_order_idx" ON "portal_clients_rels" USING btree ("order");
  CREATE INDEX "portal_clients_rels_parent_idx" ON "portal_clients_rels" USING btree ("parent_id");
  CREATE INDEX "portal_clients_rels_path_idx" ON "portal_clients_rels" USING btree ("path");
  CREATE INDEX "portal_clients_rels_units_id_idx" ON "portal_clients_rels" USING btree ("units_id");
  CREATE INDEX "webhook_deliveries_client_idx" ON "webhook_deliveries" USING btree ("client_id");
  CREATE INDEX "webhook_deliveries_document_id_idx" ON "webhook_deliveries" USING btree ("document_id");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");
  CREATE INDEX "payload_locked_documents_rels_press_releases_id_idx" ON "payload_locked_documents_rels" USING btree ("press_releases_id");
  CREATE INDEX "payload_locked_documents_rels_event_coverage_id_idx" ON "payload_locked_documents_rels" USING btree ("event_coverage_id");
  CREATE INDEX "payload_locked_documents_rels_agenda_id_idx" ON "payload_locked_documents_rels" USING btree ("agenda_id");
  CREATE INDEX "payload_locked_documents_rels_photos_id_idx" ON "payload_locked_documents_rels" USING btree ("photos_id");
  CREATE INDEX "payload_locked_documents_rels_spokespeople_id_idx" ON "payload_locked_documents_rels" USING btree ("spokespeople_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_portal_clients_id_idx" ON "payload_locked_documents_rels" USING btree ("portal_clients_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_rels_portal_clients_id_idx" ON "payload_preferences_rels" USING btree ("portal_clients_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "units" CASCADE;
  DROP TABLE "press_releases_change_notes" CASCADE;
  DROP TABLE "press_releases" CASCADE;
  DROP TABLE "press_releases_rels" CASCADE;
  DROP TABLE "_press_releases_v_version_change_notes" CASCADE;
  DROP TABLE "_press_releases_v" CASCADE;
  DROP TABLE "_press_releases_v_rels" CASCADE;
  DROP TABLE "event_coverage_change_notes" CASCADE;
  DROP TABLE "event_coverage" CASCADE;
  DROP TABLE "event_coverage_rels" CASCADE;
  DROP TABLE "_event_coverage_v_version_change_notes" CASCADE;
  DROP TABLE "_event_coverage_v" CASCADE;
  DROP TABLE "_event_coverage_v_rels" CASCADE;
  DROP TABLE "agenda" CASCADE;
  DROP TABLE "agenda_rels" CASCADE;
  DROP TABLE "photos" CASCADE;
  DROP TABLE "spokespeople" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "portal_clients" CASCADE;
  DROP TABLE "portal_clients_texts" CASCADE;
  DROP TABLE "portal_clients_rels" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_units_type";
  DROP TYPE "public"."enum_units_timezone";
  DROP TYPE "public"."enum_press_releases_language";
  DROP TYPE "public"."enum_press_releases_workflow_status";
  DROP TYPE "public"."enum__press_releases_v_version_language";
  DROP TYPE "public"."enum__press_releases_v_version_workflow_status";
  DROP TYPE "public"."enum_event_coverage_language";
  DROP TYPE "public"."enum_event_coverage_phase";
  DROP TYPE "public"."enum_event_coverage_workflow_status";
  DROP TYPE "public"."enum__event_coverage_v_version_language";
  DROP TYPE "public"."enum__event_coverage_v_version_phase";
  DROP TYPE "public"."enum__event_coverage_v_version_workflow_status";
  DROP TYPE "public"."enum_agenda_timezone";
  DROP TYPE "public"."enum_agenda_status";
  DROP TYPE "public"."enum_agenda_visibility";
  DROP TYPE "public"."enum_spokespeople_acting_status";
  DROP TYPE "public"."enum_topics_kind";
  DROP TYPE "public"."enum_audit_log_outcome";
  DROP TYPE "public"."enum_webhook_deliveries_outcome";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
