#!/bin/sh
# Runs once, when the primary's data directory is created (docker-entrypoint-initdb.d): a role the
# replica streams WAL with, allowed to connect for replication.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -c "CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD '${REPLICATION_PASSWORD}'"
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
