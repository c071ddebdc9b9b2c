import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`nip\` text,
  	\`position\` text,
  	\`role\` text DEFAULT 'writer' NOT NULL,
  	\`unit_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_unit_idx\` ON \`users\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`units\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`type\` text NOT NULL,
  	\`parent_id\` integer,
  	\`region_code\` text,
  	\`timezone\` text DEFAULT 'Asia/Jakarta' NOT NULL,
  	\`logo_id\` integer,
  	\`public_contact_name\` text,
  	\`public_contact_phone\` text,
  	\`public_contact_email\` text,
  	\`public_contact_website\` text,
  	\`public_contact_address\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`units_slug_idx\` ON \`units\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`units_parent_idx\` ON \`units\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`units_logo_idx\` ON \`units\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`units_updated_at_idx\` ON \`units\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`units_created_at_idx\` ON \`units\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`press_releases_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`note\` text NOT NULL,
  	\`at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_releases_change_notes_order_idx\` ON \`press_releases_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_change_notes_parent_id_idx\` ON \`press_releases_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`press_releases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`dateline_city\` text,
  	\`unit_id\` integer NOT NULL,
  	\`media_contact_name\` text,
  	\`media_contact_phone\` text,
  	\`media_contact_email\` text,
  	\`media_contact_website\` text,
  	\`media_contact_address\` text,
  	\`featured_photo_id\` integer,
  	\`syndicated\` integer DEFAULT false,
  	\`language\` text DEFAULT 'id',
  	\`workflow_status\` text DEFAULT 'draft',
  	\`embargo_until\` text,
  	\`publish_at\` text,
  	\`published_at\` text,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`needs_retrospective_approval\` integer DEFAULT false,
  	\`force_published_by_id\` integer,
  	\`revision\` text,
  	\`withdrawal_reason\` text,
  	\`withdrawal_withdrawn_at\` text,
  	\`created_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`featured_photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`force_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`press_releases_slug_idx\` ON \`press_releases\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_unit_idx\` ON \`press_releases\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_featured_photo_idx\` ON \`press_releases\` (\`featured_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_workflow_status_idx\` ON \`press_releases\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_embargo_until_idx\` ON \`press_releases\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_published_at_idx\` ON \`press_releases\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_approved_by_idx\` ON \`press_releases\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_force_published_by_idx\` ON \`press_releases\` (\`force_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_created_by_idx\` ON \`press_releases\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_last_edited_by_idx\` ON \`press_releases\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_updated_at_idx\` ON \`press_releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_created_at_idx\` ON \`press_releases\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`press_releases_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	\`topics_id\` integer,
  	\`spokespeople_id\` integer,
  	\`photos_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`spokespeople_id\`) REFERENCES \`spokespeople\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`photos_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_releases_rels_order_idx\` ON \`press_releases_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_parent_idx\` ON \`press_releases_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_path_idx\` ON \`press_releases_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_units_id_idx\` ON \`press_releases_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_topics_id_idx\` ON \`press_releases_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_spokespeople_id_idx\` ON \`press_releases_rels\` (\`spokespeople_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_photos_id_idx\` ON \`press_releases_rels\` (\`photos_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`note\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_change_notes_order_idx\` ON \`_press_releases_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_change_notes_parent_id_idx\` ON \`_press_releases_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_dateline_city\` text,
  	\`version_unit_id\` integer NOT NULL,
  	\`version_media_contact_name\` text,
  	\`version_media_contact_phone\` text,
  	\`version_media_contact_email\` text,
  	\`version_media_contact_website\` text,
  	\`version_media_contact_address\` text,
  	\`version_featured_photo_id\` integer,
  	\`version_syndicated\` integer DEFAULT false,
  	\`version_language\` text DEFAULT 'id',
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_embargo_until\` text,
  	\`version_publish_at\` text,
  	\`version_published_at\` text,
  	\`version_approved_by_id\` integer,
  	\`version_approved_at\` text,
  	\`version_needs_retrospective_approval\` integer DEFAULT false,
  	\`version_force_published_by_id\` integer,
  	\`version_revision\` text,
  	\`version_withdrawal_reason\` text,
  	\`version_withdrawal_withdrawn_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_internal_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_featured_photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_force_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_parent_idx\` ON \`_press_releases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_slug_idx\` ON \`_press_releases_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_unit_idx\` ON \`_press_releases_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_featured_photo_idx\` ON \`_press_releases_v\` (\`version_featured_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_workflow_status_idx\` ON \`_press_releases_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_embargo_until_idx\` ON \`_press_releases_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_published_at_idx\` ON \`_press_releases_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_approved_by_idx\` ON \`_press_releases_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_force_published_by_idx\` ON \`_press_releases_v\` (\`version_force_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_created_by_idx\` ON \`_press_releases_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_last_edited_by_idx\` ON \`_press_releases_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_updated_at_idx\` ON \`_press_releases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_created_at_idx\` ON \`_press_releases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_created_at_idx\` ON \`_press_releases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_updated_at_idx\` ON \`_press_releases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	\`topics_id\` integer,
  	\`spokespeople_id\` integer,
  	\`photos_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`spokespeople_id\`) REFERENCES \`spokespeople\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`photos_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_order_idx\` ON \`_press_releases_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_parent_idx\` ON \`_press_releases_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_path_idx\` ON \`_press_releases_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_units_id_idx\` ON \`_press_releases_v_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_topics_id_idx\` ON \`_press_releases_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_spokespeople_id_idx\` ON \`_press_releases_v_rels\` (\`spokespeople_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_rels_photos_id_idx\` ON \`_press_releases_v_rels\` (\`photos_id\`);`)
  await db.run(sql`CREATE TABLE \`event_coverage_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`note\` text NOT NULL,
  	\`at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`event_coverage\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`event_coverage_change_notes_order_idx\` ON \`event_coverage_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_change_notes_parent_id_idx\` ON \`event_coverage_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`event_coverage\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`dateline_city\` text,
  	\`unit_id\` integer NOT NULL,
  	\`media_contact_name\` text,
  	\`media_contact_phone\` text,
  	\`media_contact_email\` text,
  	\`media_contact_website\` text,
  	\`media_contact_address\` text,
  	\`featured_photo_id\` integer,
  	\`syndicated\` integer DEFAULT false,
  	\`language\` text DEFAULT 'id',
  	\`agenda_event_id\` integer,
  	\`phase\` text DEFAULT 'pasca' NOT NULL,
  	\`represented_by_id\` integer,
  	\`location\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`embargo_until\` text,
  	\`publish_at\` text,
  	\`published_at\` text,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`needs_retrospective_approval\` integer DEFAULT false,
  	\`force_published_by_id\` integer,
  	\`revision\` text,
  	\`withdrawal_reason\` text,
  	\`withdrawal_withdrawn_at\` text,
  	\`created_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`featured_photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agenda_event_id\`) REFERENCES \`agenda\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`represented_by_id\`) REFERENCES \`spokespeople\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`force_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`event_coverage_slug_idx\` ON \`event_coverage\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_unit_idx\` ON \`event_coverage\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_featured_photo_idx\` ON \`event_coverage\` (\`featured_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_agenda_event_idx\` ON \`event_coverage\` (\`agenda_event_id\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_represented_by_idx\` ON \`event_coverage\` (\`represented_by_id\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_workflow_status_idx\` ON \`event_coverage\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_embargo_until_idx\` ON \`event_coverage\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_published_at_idx\` ON \`event_coverage\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_approved_by_idx\` ON \`event_coverage\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_force_published_by_idx\` ON \`event_coverage\` (\`force_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_created_by_idx\` ON \`event_coverage\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_last_edited_by_idx\` ON \`event_coverage\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_updated_at_idx\` ON \`event_coverage\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_created_at_idx\` ON \`event_coverage\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`event_coverage_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	\`topics_id\` integer,
  	\`spokespeople_id\` integer,
  	\`photos_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`event_coverage\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`spokespeople_id\`) REFERENCES \`spokespeople\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`photos_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`event_coverage_rels_order_idx\` ON \`event_coverage_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_rels_parent_idx\` ON \`event_coverage_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_rels_path_idx\` ON \`event_coverage_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_rels_units_id_idx\` ON \`event_coverage_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_rels_topics_id_idx\` ON \`event_coverage_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_rels_spokespeople_id_idx\` ON \`event_coverage_rels\` (\`spokespeople_id\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_rels_photos_id_idx\` ON \`event_coverage_rels\` (\`photos_id\`);`)
  await db.run(sql`CREATE TABLE \`_event_coverage_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`note\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_event_coverage_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_change_notes_order_idx\` ON \`_event_coverage_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_change_notes_parent_id_idx\` ON \`_event_coverage_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_event_coverage_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_dateline_city\` text,
  	\`version_unit_id\` integer NOT NULL,
  	\`version_media_contact_name\` text,
  	\`version_media_contact_phone\` text,
  	\`version_media_contact_email\` text,
  	\`version_media_contact_website\` text,
  	\`version_media_contact_address\` text,
  	\`version_featured_photo_id\` integer,
  	\`version_syndicated\` integer DEFAULT false,
  	\`version_language\` text DEFAULT 'id',
  	\`version_agenda_event_id\` integer,
  	\`version_phase\` text DEFAULT 'pasca' NOT NULL,
  	\`version_represented_by_id\` integer,
  	\`version_location\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_embargo_until\` text,
  	\`version_publish_at\` text,
  	\`version_published_at\` text,
  	\`version_approved_by_id\` integer,
  	\`version_approved_at\` text,
  	\`version_needs_retrospective_approval\` integer DEFAULT false,
  	\`version_force_published_by_id\` integer,
  	\`version_revision\` text,
  	\`version_withdrawal_reason\` text,
  	\`version_withdrawal_withdrawn_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_internal_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`event_coverage\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_featured_photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agenda_event_id\`) REFERENCES \`agenda\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_represented_by_id\`) REFERENCES \`spokespeople\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_force_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_parent_idx\` ON \`_event_coverage_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_version_slug_idx\` ON \`_event_coverage_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_version_unit_idx\` ON \`_event_coverage_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_version_featured_photo_idx\` ON \`_event_coverage_v\` (\`version_featured_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_version_agenda_event_idx\` ON \`_event_coverage_v\` (\`version_agenda_event_id\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_version_represented_by_idx\` ON \`_event_coverage_v\` (\`version_represented_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_version_workflow_status_idx\` ON \`_event_coverage_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_version_embargo_until_idx\` ON \`_event_coverage_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_version_published_at_idx\` ON \`_event_coverage_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_version_approved_by_idx\` ON \`_event_coverage_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_version_force_published_by_idx\` ON \`_event_coverage_v\` (\`version_force_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_version_created_by_idx\` ON \`_event_coverage_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_version_last_edited_by_idx\` ON \`_event_coverage_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_version_updated_at_idx\` ON \`_event_coverage_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_version_created_at_idx\` ON \`_event_coverage_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_created_at_idx\` ON \`_event_coverage_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_updated_at_idx\` ON \`_event_coverage_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_event_coverage_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	\`topics_id\` integer,
  	\`spokespeople_id\` integer,
  	\`photos_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_event_coverage_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`spokespeople_id\`) REFERENCES \`spokespeople\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`photos_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_rels_order_idx\` ON \`_event_coverage_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_rels_parent_idx\` ON \`_event_coverage_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_rels_path_idx\` ON \`_event_coverage_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_rels_units_id_idx\` ON \`_event_coverage_v_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_rels_topics_id_idx\` ON \`_event_coverage_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_rels_spokespeople_id_idx\` ON \`_event_coverage_v_rels\` (\`spokespeople_id\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_rels_photos_id_idx\` ON \`_event_coverage_v_rels\` (\`photos_id\`);`)
  await db.run(sql`CREATE TABLE \`agenda\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text,
  	\`timezone\` text DEFAULT 'Asia/Jakarta' NOT NULL,
  	\`location\` text,
  	\`status\` text DEFAULT 'terjadwal' NOT NULL,
  	\`visibility\` text DEFAULT 'internal' NOT NULL,
  	\`represented_by_id\` integer,
  	\`protocol_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`represented_by_id\`) REFERENCES \`spokespeople\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_unit_idx\` ON \`agenda\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_starts_at_idx\` ON \`agenda\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`agenda_visibility_idx\` ON \`agenda\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`agenda_represented_by_idx\` ON \`agenda\` (\`represented_by_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_updated_at_idx\` ON \`agenda\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agenda_created_at_idx\` ON \`agenda\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`agenda_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`spokespeople_id\` integer,
  	\`event_coverage_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`spokespeople_id\`) REFERENCES \`spokespeople\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`event_coverage_id\`) REFERENCES \`event_coverage\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_rels_order_idx\` ON \`agenda_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`agenda_rels_parent_idx\` ON \`agenda_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_rels_path_idx\` ON \`agenda_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`agenda_rels_spokespeople_id_idx\` ON \`agenda_rels\` (\`spokespeople_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_rels_event_coverage_id_idx\` ON \`agenda_rels\` (\`event_coverage_id\`);`)
  await db.run(sql`CREATE TABLE \`photos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text NOT NULL,
  	\`credit\` text NOT NULL,
  	\`usage_terms\` text DEFAULT 'Bebas dipublikasikan ulang dengan mencantumkan kredit.',
  	\`taken_at\` text,
  	\`camera\` text,
  	\`place\` text,
  	\`contains_minors\` integer DEFAULT false,
  	\`consent_recorded\` integer DEFAULT false,
  	\`unit_id\` integer,
  	\`is_public\` integer DEFAULT false,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_webp_filename\` text,
  	\`sizes_thumbnail_webp_width\` numeric,
  	\`sizes_thumbnail_webp_height\` numeric,
  	\`sizes_thumbnail_webp_mime_type\` text,
  	\`sizes_thumbnail_webp_filesize\` numeric,
  	\`sizes_thumbnail_webp_url\` text,
  	\`sizes_card_filename\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_url\` text,
  	\`sizes_card_webp_filename\` text,
  	\`sizes_card_webp_width\` numeric,
  	\`sizes_card_webp_height\` numeric,
  	\`sizes_card_webp_mime_type\` text,
  	\`sizes_card_webp_filesize\` numeric,
  	\`sizes_card_webp_url\` text,
  	\`sizes_hero_filename\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_webp_filename\` text,
  	\`sizes_hero_webp_width\` numeric,
  	\`sizes_hero_webp_height\` numeric,
  	\`sizes_hero_webp_mime_type\` text,
  	\`sizes_hero_webp_filesize\` numeric,
  	\`sizes_hero_webp_url\` text,
  	\`sizes_og_filename\` text,
  	\`sizes_og_width\` numeric,
  	\`sizes_og_height\` numeric,
  	\`sizes_og_mime_type\` text,
  	\`sizes_og_filesize\` numeric,
  	\`sizes_og_url\` text,
  	\`sizes_og_webp_filename\` text,
  	\`sizes_og_webp_width\` numeric,
  	\`sizes_og_webp_height\` numeric,
  	\`sizes_og_webp_mime_type\` text,
  	\`sizes_og_webp_filesize\` numeric,
  	\`sizes_og_webp_url\` text,
  	\`sizes_square_filename\` text,
  	\`sizes_square_width\` numeric,
  	\`sizes_square_height\` numeric,
  	\`sizes_square_mime_type\` text,
  	\`sizes_square_filesize\` numeric,
  	\`sizes_square_url\` text,
  	\`sizes_square_webp_filename\` text,
  	\`sizes_square_webp_width\` numeric,
  	\`sizes_square_webp_height\` numeric,
  	\`sizes_square_webp_mime_type\` text,
  	\`sizes_square_webp_filesize\` numeric,
  	\`sizes_square_webp_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`photos_unit_idx\` ON \`photos\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_is_public_idx\` ON \`photos\` (\`is_public\`);`)
  await db.run(sql`CREATE INDEX \`photos_updated_at_idx\` ON \`photos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`photos_created_at_idx\` ON \`photos\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`photos_filename_idx\` ON \`photos\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`spokespeople\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`titles_before\` text,
  	\`titles_after\` text,
  	\`display_name\` text,
  	\`position\` text NOT NULL,
  	\`acting_status\` text DEFAULT 'definitif' NOT NULL,
  	\`unit_id\` integer,
  	\`photo_id\` integer,
  	\`bio\` text,
  	\`public_contact_name\` text,
  	\`public_contact_phone\` text,
  	\`public_contact_email\` text,
  	\`public_contact_website\` text,
  	\`public_contact_address\` text,
  	\`term_start\` text,
  	\`term_end\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`spokespeople_unit_idx\` ON \`spokespeople\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`spokespeople_photo_idx\` ON \`spokespeople\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`spokespeople_updated_at_idx\` ON \`spokespeople\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`spokespeople_created_at_idx\` ON \`spokespeople\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'category' NOT NULL,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`actor_role\` text,
  	\`action\` text NOT NULL,
  	\`outcome\` text NOT NULL,
  	\`code\` text,
  	\`target_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`document_title\` text,
  	\`from\` text,
  	\`to\` text,
  	\`reason\` text,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`portal_clients\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`include_child_units\` integer DEFAULT true,
  	\`receives_syndicated\` integer DEFAULT true,
  	\`receives_embargoed\` integer DEFAULT false,
  	\`webhook_url\` text,
  	\`webhook_secret\` text,
  	\`active\` integer DEFAULT true,
  	\`expires_at\` text,
  	\`last_used_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`portal_clients_active_idx\` ON \`portal_clients\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`portal_clients_updated_at_idx\` ON \`portal_clients\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`portal_clients_created_at_idx\` ON \`portal_clients\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`portal_clients_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`portal_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`portal_clients_texts_order_parent\` ON \`portal_clients_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`portal_clients_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`portal_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`portal_clients_rels_order_idx\` ON \`portal_clients_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`portal_clients_rels_parent_idx\` ON \`portal_clients_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`portal_clients_rels_path_idx\` ON \`portal_clients_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`portal_clients_rels_units_id_idx\` ON \`portal_clients_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`client_id\` integer,
  	\`event\` text NOT NULL,
  	\`target_collection\` text,
  	\`document_id\` text,
  	\`url\` text,
  	\`attempt\` numeric,
  	\`outcome\` text,
  	\`response_status\` numeric,
  	\`error\` text,
  	\`duration_ms\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`client_id\`) REFERENCES \`portal_clients\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_client_idx\` ON \`webhook_deliveries\` (\`client_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_document_id_idx\` ON \`webhook_deliveries\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`units_id\` integer,
  	\`press_releases_id\` integer,
  	\`event_coverage_id\` integer,
  	\`agenda_id\` integer,
  	\`photos_id\` integer,
  	\`spokespeople_id\` integer,
  	\`topics_id\` integer,
  	\`audit_log_id\` integer,
  	\`portal_clients_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`event_coverage_id\`) REFERENCES \`event_coverage\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agenda_id\`) REFERENCES \`agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`photos_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`spokespeople_id\`) REFERENCES \`spokespeople\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`portal_clients_id\`) REFERENCES \`portal_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_event_coverage_id_idx\` ON \`payload_locked_documents_rels\` (\`event_coverage_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agenda_id_idx\` ON \`payload_locked_documents_rels\` (\`agenda_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_spokespeople_id_idx\` ON \`payload_locked_documents_rels\` (\`spokespeople_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_portal_clients_id_idx\` ON \`payload_locked_documents_rels\` (\`portal_clients_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`portal_clients_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`portal_clients_id\`) REFERENCES \`portal_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_portal_clients_id_idx\` ON \`payload_preferences_rels\` (\`portal_clients_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`units\`;`)
  await db.run(sql`DROP TABLE \`press_releases_change_notes\`;`)
  await db.run(sql`DROP TABLE \`press_releases\`;`)
  await db.run(sql`DROP TABLE \`press_releases_rels\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_rels\`;`)
  await db.run(sql`DROP TABLE \`event_coverage_change_notes\`;`)
  await db.run(sql`DROP TABLE \`event_coverage\`;`)
  await db.run(sql`DROP TABLE \`event_coverage_rels\`;`)
  await db.run(sql`DROP TABLE \`_event_coverage_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_event_coverage_v\`;`)
  await db.run(sql`DROP TABLE \`_event_coverage_v_rels\`;`)
  await db.run(sql`DROP TABLE \`agenda\`;`)
  await db.run(sql`DROP TABLE \`agenda_rels\`;`)
  await db.run(sql`DROP TABLE \`photos\`;`)
  await db.run(sql`DROP TABLE \`spokespeople\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`portal_clients\`;`)
  await db.run(sql`DROP TABLE \`portal_clients_texts\`;`)
  await db.run(sql`DROP TABLE \`portal_clients_rels\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
