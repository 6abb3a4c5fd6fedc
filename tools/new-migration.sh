#!/usr/bin/env bash
# Generates db/migrations/<timestamp>-Data.js for the difference between src/model (from
# schema.graphql) and a scratch database with all existing migrations applied.
# Needs a local Postgres (DB_HOST/DB_PORT/DB_USER/DB_PASS, default 127.0.0.1:5432 postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
export DB_HOST=${DB_HOST:-127.0.0.1} DB_PORT=${DB_PORT:-5432} DB_USER=${DB_USER:-postgres} DB_PASS=${DB_PASS:-}
export DB_NAME=taoindex_migration_scratch
psql -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres -c "DROP DATABASE IF EXISTS $DB_NAME" -c "CREATE DATABASE $DB_NAME"
# SQD's migration commands load the compiled model (lib/model)
npm run build --silent
npx squid-typeorm-migration apply
npx squid-typeorm-migration generate
psql -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres -c "DROP DATABASE $DB_NAME"
