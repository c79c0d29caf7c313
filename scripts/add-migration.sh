#!/usr/bin/env bash
# Adds an EF Core migration to a service for EVERY database engine (SQLite and PostgreSQL), so neither
# set can be forgotten. No database or server is needed: dotnet-ef only diffs the model against the
# last snapshot of each set.
#
#   scripts/add-migration.sh Membership AddDeadLetters
#
# A service <S> has project services/<S>/TravelCorridor.<S>.csproj and, in Data/Providers/, the contexts
# Sqlite<S>DbContext and Postgres<S>DbContext with their design-time factories; the migrations go to
# services/<S>/Data/Migrations/{Sqlite,Postgres}. Either both sets get the migration or neither does.
# A change to MessagingDbContext (outbox, inbox) changes every service's model: run this for each.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 <Service> <MigrationName>     e.g. $0 Membership AddDeadLetters" >&2
    exit 2
fi
service=$1
name=$2
if [[ ! "$name" =~ ^[A-Z][A-Za-z0-9]*$ ]]; then
    echo "error: '$name' is not a migration name; use PascalCase letters and digits, e.g. AddDeadLetters" >&2
    exit 2
fi

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

project=services/$service/TravelCorridor.$service.csproj
if [[ ! -f $project ]]; then
    echo "error: no service '$service' ($project not found); services: $(ls services | grep -v -e BuildingBlocks -e Node | tr '\n' ' ')" >&2
    exit 2
fi
migrations=services/$service/Data/Migrations

# Restores what the tool manifest pins (.config/dotnet-tools.json), so dotnet-ef matches the EF packages.
dotnet tool restore >/dev/null

# Keep a copy of both sets: if the second provider fails, the first one's new files are rolled back.
backup=$(mktemp -d)
mkdir -p "$migrations"
cp -a "$migrations/." "$backup/"
restore_backup() {
    rm -rf "$migrations"
    mkdir -p "$migrations"
    cp -a "$backup/." "$migrations/"
    echo "error: no migration added; $migrations is as it was" >&2
}
trap 'rm -rf "$backup"' EXIT

echo "==> Building $project"
if ! dotnet build "$project" -warnaserror --nologo -v quiet; then
    echo "error: the build failed; fix it before adding a migration" >&2
    exit 1
fi

for provider in Sqlite Postgres; do
    echo "==> $name for $provider ($migrations/$provider)"
    # --no-build: the build above already has each set's snapshot, and a set only reads its own.
    if ! dotnet ef migrations add "$name" \
        --project "$project" --startup-project "$project" --no-build \
        --context "$provider${service}DbContext" \
        --output-dir "Data/Migrations/$provider"; then
        restore_backup
        exit 1
    fi
done

echo
echo "Added $name to both migration sets of $service:"
git status --short --untracked-files=all -- "$migrations"
echo "Review both (SQLite and PostgreSQL DDL differ), then run the model-matches-migrations tests:"
echo "  dotnet test tests/TravelCorridor.$service.Tests --filter FullyQualifiedName~Migration"
