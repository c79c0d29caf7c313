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
# Environment: ROUNDS (5); DURATION, seconds per measured run (5); WARMUP, seconds per target before
# the rounds (5); CONNECTIONS (4) x STREAMS (16) = requests in flight; NODE_ARGS, extra node arguments
# (e.g. "--ConnectionStrings:RabbitMq=amqp://..."); NO_BUILD=1 reuses the last Release build; KEEP=1
# keeps the work directory (h2load output, latencies, node log).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
targets_file=$(realpath "${1:-$here/targets.txt}")
rounds=${ROUNDS:-5} duration=${DURATION:-5} warmup=${WARMUP:-5}
connections=${CONNECTIONS:-4} streams=${STREAMS:-16}
node_bin=$repo/services/Node/bin/Release/net10.0/corridor-node

die() { echo "error: $*" >&2; exit 1; }
say() { echo "==> $*" >&2; }
hex() { od -An -v -tx1 | tr -d ' \n'; }

install_tools() {
    command -v h2load >/dev/null && command -v nghttp >/dev/null && return
    [[ $(id -u) -eq 0 ]] || die "h2load and nghttp are missing; install as root: apt-get install -y nghttp2-client"
    say "Installing nghttp2-client (h2load, nghttp)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends nghttp2-client >/dev/null
}

# protoc as shipped in the Grpc.Tools package the build restored, with its well-known types.
grpc_tools() {
    local version
    version=$(sed -n 's/.*Include="Grpc.Tools" Version="\([^"]*\)".*/\1/p' "$repo/Directory.Packages.props")
    local arch=x64
    [[ $(uname -m) == aarch64 ]] && arch=arm64
    echo "${NUGET_PACKAGES:-$HOME/.nuget/packages}/grpc.tools/$version" "linux_$arch"
}

# A .txtpb request: protobuf text format, its first line "# proto-message: package.Type".
encode_text() {
    local type tools arch
    type=$(sed -n '1s/^# *proto-message: *//p' "$1")
    [[ -n $type ]] || die "$1: the first line must be '# proto-message: package.Type'"
    read -r tools arch < <(grpc_tools)
    [[ -x $tools/tools/$arch/protoc ]] || die "no protoc at $tools/tools/$arch (restore the solution first)"
    mapfile -t protos < <(find "$repo/protos" -name '*.proto')
    "$tools/tools/$arch/protoc" --encode="$type" -I "$repo/protos" -I "$tools/build/native/include" \
        "${protos[@]}" < "$1" || die "$1: protoc could not encode it"
}

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

# A gRPC message frame: compression flag 0, 4-byte big-endian length, then the message bytes.
frame() {
    local hex=$1
    printf "$(printf '00%08x%s' $(( ${#hex} / 2 )) "$hex" | sed 's/../\\x&/g')" > "$2"
}

read_targets() {
    names=() paths=()
    local name method request hex
    while read -r name method request; do
        [[ -z $name || $name == \#* ]] && continue
        [[ -n $request ]] || die "$targets_file: '$name' needs a method and a request"
        hex=$(request_hex "$request") # a plain assignment, so set -e stops on a request that fails to encode
        frame "$hex" "$work/request-${#names[@]}.bin"
        names+=("$name") paths+=("/$method")
    done < "$targets_file"
    (( ${#names[@]} >= 2 )) || die "$targets_file: a floor and at least one target are needed"
}

free_port() {
    local port
    for _ in {1..50}; do
        port=$(( 20000 + RANDOM % 40000 ))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
    die "no free port found"
}

start_node() {
    [[ ${NO_BUILD:-} == 1 ]] || { say "Building the node (Release)"; dotnet build "$repo/services/Node" -c Release -nologo -v q -clp:ErrorsOnly >&2; }
    local port; port=$(free_port)
    base=http://127.0.0.1:$port
    # shellcheck disable=SC2086 # NODE_ARGS is a list of arguments
    "$node_bin" --urls="$base" --Node:DataDirectory="$work/data" --Logging:LogLevel:Default=Warning ${NODE_ARGS:-} \
        > "$work/node.log" 2>&1 &
    node_pid=$!
    say "Node $node_pid at $base, waiting for SERVING"
    local deadline=$(( SECONDS + 120 ))
    # The body of a HealthCheckResponse{status: SERVING}, framed.
    until [[ $(nghttp -t 2 -H ':method: POST' -H 'content-type: application/grpc' -H 'te: trailers' \
            -d "$work/request-empty.bin" "$base/grpc.health.v1.Health/Check" 2>/dev/null | hex) == 00000000020801 ]]; do
        kill -0 "$node_pid" 2>/dev/null || { cat "$work/node.log" >&2; die "the node exited"; }
        (( SECONDS < deadline )) || die "the node did not report SERVING within 120 s"
        sleep 0.2
    done
}

stop_node() {
    [[ -n ${node_pid:-} ]] && kill -0 "$node_pid" 2>/dev/null || return 0
    kill "$node_pid"
    for _ in {1..50}; do kill -0 "$node_pid" 2>/dev/null || return 0; sleep 0.2; done
    kill -9 "$node_pid" 2>/dev/null || true
}

cleanup() {
    stop_node
    if [[ ${KEEP:-} == 1 ]]; then say "Kept $work"; else rm -rf "$work"; fi
}

rss_mb() { awk -v key="$1:" '$1 == key { printf "%.0f", $2 / 1024 }' "/proc/$node_pid/status"; }

# One call with nghttp, whose verbose output shows the trailers that h2load does not read.
# Prints the grpc-status and the size of the response body (the sum of its DATA frames).
probe() {
    local out status
    out=$(nghttp -v -t 10 -H ':method: POST' -H 'content-type: application/grpc' -H 'te: trailers' \
        -d "$work/request-$1.bin" "$base${paths[$1]}" 2>&1 | tr -d '\0') || true
    status=$(grep -ao 'grpc-status: [0-9]*' <<< "$out" | tail -1 | cut -d' ' -f2)
    echo "${status:-none} $(grep -ao 'recv DATA frame <length=[0-9]*' <<< "$out" | awk -F= '{ n += $2 } END { print n + 0 }')"
}

# Every target answers grpc-status 0 with the same body size as before the load (its size is also
# what every measured response must have, see measure).
verify() {
    local i status bytes
    for i in "${!names[@]}"; do
        read -r status bytes < <(probe "$i")
        [[ $status == 0 ]] || die "${names[i]} answers grpc-status $status; fix the target before measuring it"
        [[ -z ${response_bytes[i]:-} || ${response_bytes[i]} == "$bytes" ]] \
            || die "${names[i]} answered $bytes bytes after the load, ${response_bytes[i]} before"
        response_bytes[i]=$bytes
    done
}

# One h2load run of target $1 for $2 seconds. With a round ($3), records "target round req/s requests
# ok" and keeps the latencies. h2load counts HTTP 200 as success even when grpc-status (a trailer) is
# an error; an error answer has no body, so a run is ok only if every response had the verified size.
measure() {
    local i=$1 seconds=$2 round=${3:-} log=$work/h2load.log out=$work/h2load.out
    rm -f "$log" # h2load appends to it
    h2load -c "$connections" -m "$streams" -D "$seconds" -H 'content-type: application/grpc' -H 'te: trailers' \
        -d "$work/request-$i.bin" --log-file="$log" "$base${paths[i]}" > "$out" 2>&1 || { cat "$out" >&2; die "h2load failed"; }
    [[ -n $round ]] || return 0
    local rate requests succeeded bytes ok=1
    rate=$(sed -n 's/^finished in [^,]*, \([0-9.]*\) req\/s.*/\1/p' "$out")
    read -r requests succeeded < <(awk '/^requests:/ { print $6, $8 }' "$out")
    bytes=$(sed -n 's/^traffic:.*(\([0-9]*\)) data$/\1/p' "$out")
    (( succeeded == requests && bytes == requests * response_bytes[i] )) || ok=0
    echo "$i $round $rate $requests $ok" >> "$work/results"
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
$(h2load --version | head -1): -c $connections -m $streams ($(( connections * streams )) requests in flight), $rounds rounds of $duration s, the floor run before each other target

EOF
report
cat <<EOF

Node RSS: $idle_rss MB idle before the load, $end_rss MB at the end of the load (peak $peak_rss MB).
Every target answered grpc-status 0 before and after the load; response sizes: $(for i in "${!names[@]}"; do printf '%s %s B; ' "${names[i]}" "${response_bytes[i]}"; done)
EOF
if grep -q ' 0$' "$work/results"; then die "some runs had responses that were not the verified successful answer"; fi
