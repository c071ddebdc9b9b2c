import * as migration_20261122_225208_initial_schema from './20261122_225208_initial_schema.js';
import * as migration_20261123_145107_media_object_storage from './20261123_145107_media_object_storage.js';
import * as migration_20261123_150602_public_body_html from './20261123_150602_public_body_html.js';

export const migrations = [
  {
    up: migration_20261122_225208_initial_schema.up,
    down: migration_20261122_225208_initial_schema.down,
    name: '20261122_225208_initial_schema',
  },
  {
    up: migration_20261123_145107_media_object_storage.up,
    down: migration_20261123_145107_media_object_storage.down,
    name: '20261123_145107_media_object_storage'
  },
  {
    up: migration_20261123_150602_public_body_html.up,
    down: migration_20261123_150602_public_body_html.down,
    name: '20261123_150602_public_body_html'
  },
];
