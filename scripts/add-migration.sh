#!/usr/bin/env bash
# Adds an EF Core migration to a service for EVERY database engine (SQLite and PostgreSQL), so neither
# set can be forgotten. No database or server is needed: dotnet-ef only diffs the model against the
# last snapshot of each set.
#
#   scripts/add-migration.sh Membership AddDeadLetters
#
# A service <S> has project services/<S>/TravelCorridor.<S>.csproj and, in Data/Providers/, the contexts
# Sqlite<S>DbContext and Postgres<S>DbContext with their design-time factories; the migrations go to the
# engine's migrations project, services/Migrations/{Sqlite,Postgres}/<S>, in the namespace
# TravelCorridor.<S>.Data.Migrations.<Engine>. Either both sets get the migration or neither does.
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
migrations_root=services/Migrations

# Restores what the tool manifest pins (.config/dotnet-tools.json), so dotnet-ef matches the EF packages.
dotnet tool restore >/dev/null

# Keep a copy of both sets: if the second provider fails, the first one's new files are rolled back.
backup=$(mktemp -d)
for provider in Sqlite Postgres; do
    mkdir -p "$migrations_root/$provider/$service" "$backup/$provider"
    cp -a "$migrations_root/$provider/$service/." "$backup/$provider/"
done
restore_backup() {
    for provider in Sqlite Postgres; do
        rm -rf "${migrations_root:?}/$provider/$service"
        mkdir -p "$migrations_root/$provider/$service"
        cp -a "$backup/$provider/." "$migrations_root/$provider/$service/"
    done
    echo "error: no migration added; $migrations_root/{Sqlite,Postgres}/$service are as they were" >&2
}
trap 'rm -rf "$backup"' EXIT

for provider in Sqlite Postgres; do
    migrations_project=$migrations_root/$provider/TravelCorridor.Migrations.$provider.csproj
    echo "==> Building $migrations_project"
    if ! dotnet build "$migrations_project" -warnaserror --nologo -v quiet; then
        echo "error: the build failed; fix it before adding a migration" >&2
        exit 1
    fi
    echo "==> $name for $provider ($migrations_root/$provider/$service)"
    # --no-build: the build above already has each set's snapshot, and a set only reads its own. The
    # migrations project is the startup project too: its design-time factory builds the context.
    if ! dotnet ef migrations add "$name" \
        --project "$migrations_project" --startup-project "$migrations_project" --no-build \
        --context "$provider${service}DbContext" \
        --output-dir "$service" --namespace "TravelCorridor.$service.Data.Migrations.$provider"; then
        restore_backup
        exit 1
    fi
done

echo
echo "Added $name to both migration sets of $service:"
git status --short --untracked-files=all -- "$migrations_root/Sqlite/$service" "$migrations_root/Postgres/$service"
echo "Review both (SQLite and PostgreSQL DDL differ), then run the model-matches-migrations tests:"
echo "  dotnet test tests/TravelCorridor.$service.Tests --filter FullyQualifiedName~Migration"
