#!/usr/bin/env bash
# Load benchmark of unary gRPC methods on one corridor node, each compared with a no-op RPC (the first
# target, DiagnosticsService/Ping) served by the same process in the same run. Builds the node in
# Release, starts it on a free loopback port with a fresh data directory, waits until health answers
# SERVING, checks that every target answers grpc-status 0, warms every target up, then runs h2load
# against the floor and each other target alternately, and prints a Markdown table.
#
#   bench/grpc-load/run.sh                          every target of targets.txt, 5 rounds
#   ROUNDS=3 DURATION=3 bench/grpc-load/run.sh      shorter
#   bench/grpc-load/run.sh my-targets.txt           another targets file (format: see targets.txt)
#
# A target may be called with a development token (as=ROLE[:MEMBER]) and may require its answer to hold a
# text (expect=TEXT); "setup" lines are called once before anything is measured (see targets.txt).
#
# Environment: ROUNDS (5); DURATION, seconds per measured run (5); WARMUP, seconds per target before
# the rounds (5); CONNECTIONS (4) x STREAMS (16) = requests in flight; NODE_ARGS, extra node arguments
# (e.g. "--ConnectionStrings:RabbitMq=amqp://..."); NO_BUILD=1 reuses the last Release build; KEEP=1
# keeps the work directory (h2load output, latencies, node log); RATE=N sends N requests per second in all
# (h2load --rps, spread over the connections) instead of as many as the node answers: latency at a steady load.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
targets_file=$(realpath "${1:-$here/targets.txt}")
rounds=${ROUNDS:-5} duration=${DURATION:-5} warmup=${WARMUP:-5}
connections=${CONNECTIONS:-4} streams=${STREAMS:-16} steady_rate=${RATE:-}
rate_option=()
[[ -z $steady_rate ]] || rate_option=("--rps=$(( (steady_rate + connections - 1) / connections ))")
# shellcheck source=lib.sh
source "$here/lib.sh"

# The request message as hex, from the third column of the targets file.
request_hex() {
    local request=$1 file=$(dirname "$targets_file")/${1#@}
    [[ $request != @* || -f $file ]] || die "no request file $file"
    case $request in
        -) ;;
        @*.txtpb) encode_text "$file" | hex ;;
        @*) hex < "$file" ;;
        *) [[ $request =~ ^([0-9a-fA-F]{2})+$ ]] || die "request '$request' is neither -, hex nor @file"
           echo "$request" ;;
    esac
}

# Targets (names, paths, callers, expects; request-N.bin) and setup calls (setup_paths, setup_callers;
# setup-N.bin), in file order. Options after the request: as=ROLE[:MEMBER], expect=TEXT (spaces as %20),
# vary=N (answers may differ in size by up to N bytes, e.g. ones that carry fresh ids and instants).
read_targets() {
    names=() paths=() callers=() expects=() varies=() setup_paths=() setup_callers=()
    local name method request options option hex caller expect vary
    while read -r name method request options; do
        [[ -z $name || $name == \#* ]] && continue
        [[ -n $request ]] || die "$targets_file: '$name' needs a method and a request"
        caller='' expect='' vary=0
        for option in $options; do
            case $option in
                as=*) caller=${option#as=} ;;
                expect=*) expect=${option#expect=} expect=${expect//%20/ } ;;
                vary=*) vary=${option#vary=} ;;
                *) die "$targets_file: '$name' has an unknown option '$option' (as=ROLE[:MEMBER], expect=TEXT, vary=N)" ;;
            esac
        done
        hex=$(request_hex "$request") # a plain assignment, so set -e stops on a request that fails to encode
        if [[ $name == setup ]]; then
            [[ -z $expect ]] || die "$targets_file: a setup call takes no expect="
            frame "$hex" "$work/setup-${#setup_paths[@]}.bin"
            setup_paths+=("/$method") setup_callers+=("$caller")
            continue
        fi
        frame "$hex" "$work/request-${#names[@]}.bin"
        names+=("$name") paths+=("/$method") callers+=("$caller") expects+=("$expect") varies+=("$vary")
    done < "$targets_file"
    (( ${#names[@]} >= 2 )) || die "$targets_file: a floor and at least one target are needed"
}

# Tokens for every caller of the file; the node must be up (it created its signing key).
issue_tokens() {
    local i
    auths=() setup_auths=()
    for i in "${!names[@]}"; do auths[i]=$(authorization "${callers[i]}"); done
    for i in "${!setup_paths[@]}"; do setup_auths[i]=$(authorization "${setup_callers[i]}"); done
}

# The setup calls, once each in file order (e.g. opening the corridor an eligibility target needs).
run_setup() {
    local i out status
    for i in "${!setup_paths[@]}"; do
        out=$(call -v "$work/setup-$i.bin" "${setup_paths[i]}" "${setup_auths[i]}" 2>&1 | tr -d '\0') || true
        status=$(grep -ao 'grpc-status: [0-9]*' <<< "$out" | tail -1 | cut -d' ' -f2)
        [[ $status == 0 ]] || die "setup ${setup_paths[i]} answered grpc-status ${status:-none}: $(grep -ao 'grpc-message: .*' <<< "$out" | tail -1)"
        say "Setup ${setup_paths[i]}: OK"
    done
}

# One call of target $1, whose verbose output shows the trailers that h2load does not read.
# Prints the grpc-status and the size of the response body (the sum of its DATA frames).
probe() {
    local out status
    out=$(call -v "$work/request-$1.bin" "${paths[$1]}" "${auths[$1]}" 2>&1 | tr -d '\0') || true
    status=$(grep -ao 'grpc-status: [0-9]*' <<< "$out" | tail -1 | cut -d' ' -f2)
    echo "${status:-none} $(grep -ao 'recv DATA frame <length=[0-9]*' <<< "$out" | awk -F= '{ n += $2 } END { print n + 0 }')"
}

# The answer of target $1 in protobuf text format, decoded as <package>.<Method>Response (the response
# name buf's STANDARD rules give every RPC here); one message, after its 5-byte gRPC frame header.
answer_text() {
    local method=${paths[$1]##*/} package=${paths[$1]#/}
    package=${package%/*} package=${package%.*}
    call "$work/request-$1.bin" "${paths[$1]}" "${auths[$1]}" 2>/dev/null | tail -c +6 \
        | protoc_all --decode="$package.${method}Response" 2>&1 || true
}

# Waits (up to 30 s: membership reaches eligibility through its snapshot, asynchronously) until every
# target with expect=TEXT answers with TEXT in its decoded answer.
await_expectations() {
    local i deadline=$(( SECONDS + 30 ))
    for i in "${!names[@]}"; do
        [[ -n ${expects[i]} ]] || continue
        until grep -qF -- "${expects[i]}" <<< "$(answer_text "$i")"; do
            (( SECONDS < deadline )) || { answer_text "$i" >&2; die "${names[i]} does not answer with '${expects[i]}' (its answer is above)"; }
            sleep 0.5
        done
        say "${names[i]} answers with '${expects[i]}'"
    done
}

# Every target answers grpc-status 0 with the same body size as before the load (its size is also
# what every measured response must have, see measure).
verify() {
    local i status bytes
    for i in "${!names[@]}"; do
        read -r status bytes < <(probe "$i")
        [[ $status == 0 ]] || die "${names[i]} answers grpc-status $status; fix the target before measuring it"
        [[ -z ${expects[i]} ]] || grep -qF -- "${expects[i]}" <<< "$(answer_text "$i")" \
            || die "${names[i]} no longer answers with '${expects[i]}'"
        [[ -z ${response_bytes[i]:-} || ( $bytes -ge $(( response_bytes[i] - varies[i] )) && $bytes -le $(( response_bytes[i] + varies[i] )) ) ]] \
            || die "${names[i]} answered $bytes bytes after the load, ${response_bytes[i]} before (vary=${varies[i]})"
        response_bytes[i]=$bytes
    done
}

# One h2load run of target $1 for $2 seconds. With a round ($3), records "target round req/s requests
# ok cpu-us writer-us" (cpu-us: the node's CPU time, user and system, per request in microseconds, background
# work such as the outbox included; writer-us: the part of it on the clearance audit log's thread) and keeps
# the latencies. h2load counts HTTP 200 as success even when
# grpc-status (a trailer) is an error; an error answer has no body, so a run is ok only if every
# response had the verified size.
measure() {
    local i=$1 seconds=$2 round=${3:-} log=$work/h2load.log out=$work/h2load.out
    rm -f "$log" # h2load appends to it
    local header=()
    [[ -n ${auths[i]} ]] && header=(-H "${auths[i]}")
    local ticks_before writer_before; ticks_before=$(node_ticks) writer_before=$(thread_ticks "Audit writer")
    h2load -c "$connections" -m "$streams" "${rate_option[@]}" -D "$seconds" -H 'content-type: application/grpc' -H 'te: trailers' "${header[@]}" \
        -d "$work/request-$i.bin" --log-file="$log" "$base${paths[i]}" > "$out" 2>&1 || { cat "$out" >&2; die "h2load failed"; }
    [[ -n $round ]] || return 0
    local rate requests succeeded bytes ok=1 cpu_us writer_us
    cpu_us=$(( ($(node_ticks) - ticks_before) * 1000000 / $(getconf CLK_TCK) ))
    writer_us=$(( ($(thread_ticks "Audit writer") - writer_before) * 1000000 / $(getconf CLK_TCK) ))
    rate=$(sed -n 's/^finished in [^,]*, \([0-9.]*\) req\/s.*/\1/p' "$out")
    read -r requests succeeded < <(awk '/^requests:/ { print $6, $8 }' "$out")
    bytes=$(sed -n 's/^traffic:.*(\([0-9]*\)) data$/\1/p' "$out")
    (( succeeded == requests && bytes >= requests * (response_bytes[i] - varies[i]) && bytes <= requests * (response_bytes[i] + varies[i]) )) || ok=0
    echo "$i $round $rate $requests $ok $(( cpu_us / (requests > 0 ? requests : 1) )) $(( writer_us / (requests > 0 ? requests : 1) ))" >> "$work/results"
    cut -f3 "$log" >> "$work/latency-$i"
    printf '    round %d  %-20s %10.0f req/s%s\n' "$round" "${names[i]}" "$rate" "$( ((ok)) || echo '  FAILED RESPONSES')" >&2
}

# Percentiles of every measured request of target $1, in ms: "p50 p99".
percentiles() {
    sort -n -o "$work/latency-$1" "$work/latency-$1"
    local n; n=$(wc -l < "$work/latency-$1")
    awk -v a=$(( (n + 1) / 2 )) -v b=$(( (n * 99 + 99) / 100 )) \
        'NR == a { p50 = $1 } NR == b { printf "%.2f %.2f\n", p50 / 1000, $1 / 1000; exit }' "$work/latency-$1"
}

report() {
    local i
    for i in "${!names[@]}"; do
        echo "$i ${names[i]} $(percentiles "$i")"
    done > "$work/targets"
    awk -f "$here/report.awk" "$work/targets" "$work/results"
}

install_tools
work=$(mktemp -d -t grpc-load.XXXXXX)
trap cleanup EXIT
frame "" "$work/request-empty.bin"
read_targets
start_node
issue_tokens
run_setup
await_expectations
idle_rss=$(rss_mb VmRSS)
verify
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

say "Warming up each target for $warmup s"
for i in "${!names[@]}"; do measure "$i" "$warmup"; done

say "$rounds rounds of $duration s per run, ${connections} connections x ${streams} streams"
for (( round = 1; round <= rounds; round++ )); do
    for (( i = 1; i < ${#names[@]}; i++ )); do
        measure 0 "$duration" "$round"
        measure "$i" "$duration" "$round"
    done
done
end_rss=$(rss_mb VmRSS) peak_rss=$(rss_mb VmHWM)
verify

cat <<EOF
$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$repo" rev-parse --short HEAD), $(nproc) CPUs, load average $load_before before and $(cut -d' ' -f1-3 /proc/loadavg) after
$(h2load --version | head -1): -c $connections -m $streams ($(( connections * streams )) requests in flight$([[ -z $steady_rate ]] || echo ", at most $steady_rate requests/s")), $rounds rounds of $duration s, the floor run before each other target

EOF
report
cat <<EOF

Node RSS: $idle_rss MB idle before the load, $end_rss MB at the end of the load (peak $peak_rss MB).
Every target answered grpc-status 0 before and after the load; response sizes: $(for i in "${!names[@]}"; do printf '%s %s B; ' "${names[i]}" "${response_bytes[i]}"; done)
EOF
if awk '$5 == 0 { bad = 1 } END { exit !bad }' "$work/results"; then die "some runs had responses that were not the verified successful answer"; fi
