#!/usr/bin/env bash
# Runs the test suite: installs the servers the fixtures start (RabbitMQ, PostgreSQL) when missing,
# then `dotnet test` and a closing "N passed, N failed, N skipped" line counted from the TRX results.
#
#   scripts/test.sh                                     the whole solution
#   scripts/test.sh --fast                              the fast tier: tests that start no server, broker,
#                                                       database or node (TravelCorridor.Fast.slnf), without the
#                                                       long generative property runs (the whole suite has them)
#   scripts/test.sh tests/TravelCorridor.Testing.SelfTests --filter Rabbit
#
# A first argument naming a .sln/.slnf/.slnx/.csproj or a directory replaces TravelCorridor.sln; every other
# argument goes to `dotnet test` as is. TEST_HANG_TIMEOUT (default 20m) bounds a single hanging test.
set -euo pipefail

target=TravelCorridor.sln
fast=false
if [[ $# -gt 0 && "$1" == --fast ]]; then
    # Nothing to install: these tests run in memory. The CertLogic property runs (thousands of generated
    # expressions, about 50 s of a core) stay in the whole suite.
    fast=true
    target=$(realpath "$(dirname "${BASH_SOURCE[0]}")/../TravelCorridor.Fast.slnf")
    shift
    set -- --filter "FullyQualifiedName!~TravelCorridor.CertLogic.Tests.Properties." "$@"
elif [[ $# -gt 0 && ( "$1" == *.sln || "$1" == *.slnf || "$1" == *.slnx || "$1" == *.csproj || -d "$1" ) ]]; then
    # Resolved before the cd below, so a path relative to the caller's directory still works.
    target=$(realpath "$1")
    shift
fi
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

install_servers() {
    local missing=()
    [[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] || missing+=(rabbitmq-server)
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
    if [[ ${#missing[@]} -eq 0 ]]; then
        return
    fi

    if [[ $(id -u) -ne 0 ]]; then
        echo "error: the test fixtures need ${missing[*]}; install as root: apt-get install -y ${missing[*]}" >&2
        exit 1
    fi

    echo "==> Installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    # The packages start their default system-wide servers; the fixtures start private ones on free
    # ports, so these only cost memory.
    local service
    for service in rabbitmq-server postgresql; do
        service "$service" stop >/dev/null 2>&1 || true
    done
}

# Sums one attribute of the <Counters> element over every TRX file.
trx_sum() {
    { grep -ho '<Counters [^>]*>' "$results"/*.trx 2>/dev/null || true; } \
        | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" \
        | awk '{ total += $1 } END { print total + 0 }'
}

# The cross-language clients the tests run (Node.js): an AMQP subscriber and a gRPC client.
install_node_clients() {
    if ! command -v npm >/dev/null; then
        if [[ $(id -u) -ne 0 ]]; then
            echo "error: the tests need Node.js and npm; install as root: apt-get install -y nodejs npm" >&2
            exit 1
        fi
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
    fi
    local client
    for client in samples/node-subscriber tests/grpc-js-client; do
        echo "==> npm ci in $client"
        (cd "$client" && npm ci --no-audit --no-fund --loglevel=error)
    done
}

if [[ $fast == false ]]; then
    install_servers
    install_node_clients
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

echo "==> dotnet test $target $*"
status=0
dotnet test "$target" \
    --logger "console;verbosity=normal" \
    --logger trx \
    --results-directory "$results" \
    --blame-hang-timeout "${TEST_HANG_TIMEOUT:-20m}" --blame-hang-dump-type none \
    "$@" || status=$?

passed=$(trx_sum passed)
failed=$(( $(trx_sum failed) + $(trx_sum error) + $(trx_sum timeout) + $(trx_sum aborted) ))
# Skipped tests are in no counter of their own: they are the ones counted but not executed.
skipped=$(( $(trx_sum total) - $(trx_sum executed) ))

# The failed tests' names, repeated here because the console log above is long and often cut to its tail.
failed_names() {
    { grep -ho '<UnitTestResult [^>]*outcome="\(Failed\|Error\|Timeout\|Aborted\)"[^>]*>' "$results"/*.trx 2>/dev/null || true; } \
        | sed -n 's/.* testName="\([^"]*\)".*/  failed: \1/p'
}

echo
failed_names
echo "$passed passed, $failed failed, $skipped skipped"

if [[ $status -ne 0 ]]; then
    echo "error: dotnet test exited with $status" >&2
    exit "$status"
fi
if [[ $((passed + failed)) -eq 0 ]]; then
    echo "error: no test ran" >&2
    exit 1
fi
