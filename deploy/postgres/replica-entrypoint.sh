#!/bin/sh
# The streaming replica: on first start, copies the primary (pg_basebackup, with a replication slot
# so the primary keeps the WAL it has not received yet) and writes standby.signal (-R); then runs as
# a hot standby, read-only, following the primary.
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h "$PRIMARY_HOST" -U "$POSTGRES_USER" -q; do sleep 1; done
  PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h "$PRIMARY_HOST" -U replicator \
    -D "$PGDATA" -R -X stream -C -S replica1 -w
  chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on
