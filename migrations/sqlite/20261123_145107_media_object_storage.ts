import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_press_releases_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_press_releases_change_notes\`("_order", "_parent_id", "id", "note", "at") SELECT "_order", "_parent_id", "id", "note", "at" FROM \`press_releases_change_notes\`;`)
  await db.run(sql`DROP TABLE \`press_releases_change_notes\`;`)
  await db.run(sql`ALTER TABLE \`__new_press_releases_change_notes\` RENAME TO \`press_releases_change_notes\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`press_releases_change_notes_order_idx\` ON \`press_releases_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_change_notes_parent_id_idx\` ON \`press_releases_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__press_releases_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__press_releases_v_version_change_notes\`("_order", "_parent_id", "id", "note", "at", "_uuid") SELECT "_order", "_parent_id", "id", "note", "at", "_uuid" FROM \`_press_releases_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_version_change_notes\`;`)
  await db.run(sql`ALTER TABLE \`__new__press_releases_v_version_change_notes\` RENAME TO \`_press_releases_v_version_change_notes\`;`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_change_notes_order_idx\` ON \`_press_releases_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_change_notes_parent_id_idx\` ON \`_press_releases_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_event_coverage_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`event_coverage\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_event_coverage_change_notes\`("_order", "_parent_id", "id", "note", "at") SELECT "_order", "_parent_id", "id", "note", "at" FROM \`event_coverage_change_notes\`;`)
  await db.run(sql`DROP TABLE \`event_coverage_change_notes\`;`)
  await db.run(sql`ALTER TABLE \`__new_event_coverage_change_notes\` RENAME TO \`event_coverage_change_notes\`;`)
  await db.run(sql`CREATE INDEX \`event_coverage_change_notes_order_idx\` ON \`event_coverage_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_change_notes_parent_id_idx\` ON \`event_coverage_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__event_coverage_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_event_coverage_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__event_coverage_v_version_change_notes\`("_order", "_parent_id", "id", "note", "at", "_uuid") SELECT "_order", "_parent_id", "id", "note", "at", "_uuid" FROM \`_event_coverage_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_event_coverage_v_version_change_notes\`;`)
  await db.run(sql`ALTER TABLE \`__new__event_coverage_v_version_change_notes\` RENAME TO \`_event_coverage_v_version_change_notes\`;`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_change_notes_order_idx\` ON \`_event_coverage_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_change_notes_parent_id_idx\` ON \`_event_coverage_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`_objectkey\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_press_releases_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`note\` text NOT NULL,
  	\`at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_press_releases_change_notes\`("_order", "_parent_id", "id", "note", "at") SELECT "_order", "_parent_id", "id", "note", "at" FROM \`press_releases_change_notes\`;`)
  await db.run(sql`DROP TABLE \`press_releases_change_notes\`;`)
  await db.run(sql`ALTER TABLE \`__new_press_releases_change_notes\` RENAME TO \`press_releases_change_notes\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`press_releases_change_notes_order_idx\` ON \`press_releases_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_change_notes_parent_id_idx\` ON \`press_releases_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__press_releases_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`note\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__press_releases_v_version_change_notes\`("_order", "_parent_id", "id", "note", "at", "_uuid") SELECT "_order", "_parent_id", "id", "note", "at", "_uuid" FROM \`_press_releases_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_version_change_notes\`;`)
  await db.run(sql`ALTER TABLE \`__new__press_releases_v_version_change_notes\` RENAME TO \`_press_releases_v_version_change_notes\`;`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_change_notes_order_idx\` ON \`_press_releases_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_change_notes_parent_id_idx\` ON \`_press_releases_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_event_coverage_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`note\` text NOT NULL,
  	\`at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`event_coverage\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_event_coverage_change_notes\`("_order", "_parent_id", "id", "note", "at") SELECT "_order", "_parent_id", "id", "note", "at" FROM \`event_coverage_change_notes\`;`)
  await db.run(sql`DROP TABLE \`event_coverage_change_notes\`;`)
  await db.run(sql`ALTER TABLE \`__new_event_coverage_change_notes\` RENAME TO \`event_coverage_change_notes\`;`)
  await db.run(sql`CREATE INDEX \`event_coverage_change_notes_order_idx\` ON \`event_coverage_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`event_coverage_change_notes_parent_id_idx\` ON \`event_coverage_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__event_coverage_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`note\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_event_coverage_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__event_coverage_v_version_change_notes\`("_order", "_parent_id", "id", "note", "at", "_uuid") SELECT "_order", "_parent_id", "id", "note", "at", "_uuid" FROM \`_event_coverage_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_event_coverage_v_version_change_notes\`;`)
  await db.run(sql`ALTER TABLE \`__new__event_coverage_v_version_change_notes\` RENAME TO \`_event_coverage_v_version_change_notes\`;`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_change_notes_order_idx\` ON \`_event_coverage_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_event_coverage_v_version_change_notes_parent_id_idx\` ON \`_event_coverage_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`photos\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`photos\` DROP COLUMN \`_objectkey\`;`)
}
