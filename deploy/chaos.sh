#!/usr/bin/env bash
# A Jepsen-style run against three member states with split services on this machine (deploy/local-corridor.sh):
# a client workload (trusted keys added and revoked by each owner, rule sets published, travellers and manifests
# cleared, clearances revoked) while a seeded schedule kills processes (kill -9), stops and restarts brokers, cuts
# and restores federation links and pauses processes (SIGSTOP/SIGCONT). After healing it checks that every member
# converged field by field, every acknowledged write is present, nothing was applied twice and every decision a
# client received is in its node's audit log; it prints a report and exits 1 on any violation (logs kept in
# chaos-logs-SEED/). The same seed replays the same schedule and workload.
#
#   deploy/chaos.sh --seed 42 --minutes 5
#   deploy/chaos.sh --seed 7 --seconds 45        the CI variant (tests/TravelCorridor.Federation.Tests runs it)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet build tools/Chaos -c Release -v quiet -nologo >&2
exec dotnet tools/Chaos/bin/Release/net10.0/corridor-chaos.dll "$@"
