#!/usr/bin/env bash
# The CPU bomb of issue 16 against a real node, as an adversary with an observer token would send it: a
# TestRuleSet call whose rule set stays within every documented limit (RULES rules, each a reduce over a
# 1,000-entry value set with a lambda of 1,800 JSON values; about 480 KB) and 100 cases. Called with a 2 s
# client deadline (grpc-timeout) on a cold node, without one, and with one again. For each call it prints the answer, how long the
# call took, the node's CPU time from the call until the node is idle again, and how long the node kept
# working after the answer. Before the budget (Eligibility:TestCallBudget) this call cost 22.9 s of CPU and
# ran on 11.6 s after the client's deadline.
#
#   bench/grpc-load/trial-bomb.sh          RULES (35) rules; NO_BUILD=1 reuses the last Release build
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
rules=${RULES:-35}
# shellcheck source=lib.sh
source "$here/lib.sh"

# The rule set document, compact JSON: every rule the same reduce, the value set "bomb".
bomb_rule_set() {
    local lambda='{"and":[' i
    for (( i = 0; i < 300; i++ )); do
        (( i > 0 )) && lambda+=,
        lambda+='{"===":[{"var":"current"},{"var":"current"}]}'
    done
    lambda+=']}'
    local logic='{"reduce":[{"var":"external.valueSets.bomb"},'"$lambda"',true]}'
    printf '{"member":"SG","version":1,"validFrom":"2026-01-01T00:00:00Z","rules":['
    for (( i = 1; i <= rules; i++ )); do
        (( i > 1 )) && printf ','
        printf '{"Identifier":"GR-SG-%04d","Type":"Acceptance","Country":"SG","Version":"1.0.0","SchemaVersion":"1.0.0",' "$i"
        printf '"Engine":"CERTLOGIC","EngineVersion":"1.0.0","CertificateType":"General","Description":[{"lang":"en","desc":"bomb"}],'
        printf '"ValidFrom":"2020-01-01T00:00:00Z","ValidTo":"2100-01-01T00:00:00Z","AffectedFields":["payload"],"Logic":%s,' "$logic"
        printf '"Outcome":"DENY","Origins":[],"Purposes":[]}'
    done
    printf '],"valueSets":{"bomb":['
    for (( i = 0; i < 1000; i++ )); do (( i > 0 )) && printf ','; printf '"v%04d"' "$i"; done
    printf ']}}'
}

# TestRuleSetRequest in text format: the document as an escaped string and 100 copies of the bench's
# MY -> SG business application.
bomb_request() {
    local application
    application=$(sed -n '/^application {/,/^}/p' "$here/requests/evaluate-my-sg-business.txtpb" | sed '1d;$d')
    echo "rule_set_json: \"$(bomb_rule_set | sed 's/"/\\"/g')\""
    for (( i = 0; i < 100; i++ )); do
        printf 'cases { name: "case %d" application {\n%s\n} }\n' "$i" "$application"
    done
}

# Waits until the node's CPU time stays the same for a second; prints the instant (epoch seconds).
await_idle() {
    local last now stable=0
    last=$(node_ticks)
    while (( stable < 10 )); do
        sleep 0.1
        now=$(node_ticks)
        if (( now - last <= 1 )); then stable=$(( stable + 1 )); else stable=0; fi
        last=$now
    done
    echo "$(date +%s.%N) - 1" | bc
}

# One call with an optional grpc-timeout; prints a report line.
bomb_call() {
    local timeout=$1 headers=(-H ':method: POST' -H 'content-type: application/grpc' -H 'te: trailers' -H "$auth")
    [[ $timeout == none ]] || headers+=(-H "grpc-timeout: $timeout")
    local ticks_before started answered idle out status message
    ticks_before=$(node_ticks) started=$(date +%s.%N)
    out=$(nghttp -v -t 120 "${headers[@]}" -d "$work/bomb.bin" "$base/travelcorridor.eligibility.v1.EligibilityService/TestRuleSet" 2>&1 | tr -d '\0') || true
    answered=$(date +%s.%N)
    idle=$(await_idle)
    status=$(grep -ao 'grpc-status: [0-9]*' <<< "$out" | tail -1 | cut -d' ' -f2)
    message=$(grep -ao 'grpc-message: .*' <<< "$out" | tail -1 | cut -c15-90)
    printf '| %s | %s %s | %.2f | %.2f | %.2f |\n' "$timeout" "${status:-none}" "$message" \
        "$(echo "$answered - $started" | bc)" \
        "$(echo "($(node_ticks) - $ticks_before) / $(getconf CLK_TCK)" | bc -l)" \
        "$(echo "if ($idle > $answered) $idle - $answered else 0" | bc)"
}

command -v bc >/dev/null || die "bc is missing (apt-get install -y bc)"
install_tools
work=$(mktemp -d -t trial-bomb.XXXXXX)
trap cleanup EXIT
frame "" "$work/request-empty.bin"
start_node
for setup in propose-corridor-my-sg:member-admin:MY accept-corridor-my-sg:member-admin:SG; do
    IFS=: read -r file role member <<< "$setup"
    frame "$(encode_text "$here/requests/$file.txtpb" | hex)" "$work/setup.bin"
    call "$work/setup.bin" "/travelcorridor.membership.v1.MembershipService/$( [[ $file == propose* ]] && echo ProposeCorridor || echo AcceptCorridor)" \
        "$(authorization "$role:$member")" > /dev/null 2>&1
done
auth=$(authorization observer)
bomb_request > "$work/bomb.txtpb"
frame "$(protoc_all --encode=travelcorridor.eligibility.v1.TestRuleSetRequest < "$work/bomb.txtpb" | hex)" "$work/bomb.bin"
say "Rule set $(bomb_rule_set | wc -c) bytes, request $(wc -c < "$work/bomb.bin") bytes; waiting for the node to be idle"
await_idle > /dev/null

cat <<EOF
$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$repo" rev-parse --short HEAD), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)

| client deadline | answer | call s | node CPU s | node busy after the answer s |
|---|---|---:|---:|---:|
EOF
# The first call meets a cold node (the rule-set compiler not yet compiled itself); then warm.
bomb_call 2S
bomb_call none
bomb_call 2S
