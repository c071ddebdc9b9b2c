import * as migration_20261122_225208_initial_schema from './20261122_225208_initial_schema.js';
import * as migration_20261123_150227_audit_hash_chain from './20261123_150227_audit_hash_chain.js';

export const migrations = [
  {
    up: migration_20261122_225208_initial_schema.up,
    down: migration_20261122_225208_initial_schema.down,
    name: '20261122_225208_initial_schema',
  },
  {
    up: migration_20261123_150227_audit_hash_chain.up,
    down: migration_20261123_150227_audit_hash_chain.down,
    name: '20261123_150227_audit_hash_chain'
  },
];
