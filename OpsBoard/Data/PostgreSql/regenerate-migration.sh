#!/usr/bin/env bash
# Regenerates PostgreSQL's migrations from the model. Run it after adding a SQLite migration, with the same name:
#   OpsBoard/Data/PostgreSql/regenerate-migration.sh AddSomething
set -euo pipefail
cd "$(dirname "$0")/../../.."
name="${1:?usage: regenerate-migration.sh MigrationName}"
dotnet tool restore >/dev/null
dotnet tool run dotnet-ef migrations add "$name" --project OpsBoard --context PostgreSqlDbContext \
  --output-dir Data/PostgreSql/Migrations
