#!/usr/bin/env bash
# buf lint (STANDARD, protos/buf.yaml) of every TravelCorridor API. The protos import google/api/annotations.proto
# (the REST routes of JSON transcoding); buf cannot fetch it here (no Buf Schema Registry), so it is taken from the
# Google.Api.CommonProtos NuGet package the build compiles it from, next to a copy of protos/ in a scratch
# directory, and left out of the lint.
#   scripts/lint-protos.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BUF_VERSION=${BUF_VERSION:-1.75.0}

version=$(sed -n 's/.*Include="Google.Api.CommonProtos" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)
packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
google="$packages/google.api.commonprotos/$version/content/protos/google/api"
if [[ ! -f "$google/annotations.proto" ]]; then
    echo "restoring Google.Api.CommonProtos $version (the google/api protos)" >&2
    dotnet restore services/BuildingBlocks/Protos -v quiet >&2
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r protos/. "$scratch/"
mkdir -p "$scratch/google/api"
cp "$google/annotations.proto" "$google/http.proto" "$scratch/google/api/"
npx --yes "@bufbuild/buf@$BUF_VERSION" lint "$scratch"
echo "buf lint: no findings in protos/"
