# Shared by the node benchmarks here (run.sh, trial-bomb.sh): sourced, not run. Expects $repo and $work
# (a fresh work directory) to be set by the script that sources it.

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

# The google/api protos (annotations.proto, http.proto) our protos import for their REST routes, from the
# Google.Api.CommonProtos package the build restored.
google_api_protos() {
    local version
    version=$(sed -n 's/.*Include="Google.Api.CommonProtos" Version="\([^"]*\)".*/\1/p' "$repo/Directory.Packages.props")
    echo "${NUGET_PACKAGES:-$HOME/.nuget/packages}/google.api.commonprotos/$version/content/protos"
}

# protoc over every proto of the repository: protoc_all --encode=TYPE or --decode=TYPE, message on stdin.
protoc_all() {
    local tools arch google
    read -r tools arch < <(grpc_tools)
    google=$(google_api_protos)
    [[ -x $tools/tools/$arch/protoc ]] || die "no protoc at $tools/tools/$arch (restore the solution first)"
    [[ -f $google/google/api/annotations.proto ]] || die "no google/api protos at $google (restore the solution first)"
    mapfile -t protos < <(find "$repo/protos" -name '*.proto')
    "$tools/tools/$arch/protoc" "$1" -I "$repo/protos" -I "$google" -I "$tools/build/native/include" "${protos[@]}"
}

# A .txtpb request: protobuf text format, its first line "# proto-message: package.Type".
encode_text() {
    local type
    type=$(sed -n '1s/^# *proto-message: *//p' "$1")
    [[ -n $type ]] || die "$1: the first line must be '# proto-message: package.Type'"
    protoc_all --encode="$type" < "$1" || die "$1: protoc could not encode it"
}

# A gRPC message frame: compression flag 0, 4-byte big-endian length, then the message bytes.
frame() {
    local hex=$1
    printf "$(printf '00%08x%s' $(( ${#hex} / 2 )) "$hex" | sed 's/../\\x&/g')" > "$2"
}

# "authorization: Bearer <token>" for a caller ROLE[:MEMBER], issued with the node's own development key
# (corridor-node token, against its data directory); nothing for an empty caller.
authorization() {
    [[ -n $1 ]] || return 0
    local role=${1%%:*} member=
    [[ $1 == *:* ]] && member=${1#*:}
    echo "authorization: Bearer $("$node_bin" token --role "$role" ${member:+--member "$member"} --lifetime 1d --data-dir "$work/data")"
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

# CPU time the node has used so far (user + system), in clock ticks.
node_ticks() { awk '{ print $14 + $15 }' "/proc/$node_pid/stat"; }

# CPU clock ticks (user and system) of the node's threads named $1 (e.g. "Audit writer", the clearance audit log's
# thread): the part of node_ticks spent there. The name is what the thread set (Thread.Name, at most 15 characters).
thread_ticks() {
    local task sum=0 stat
    for task in /proc/"$node_pid"/task/*; do
        [[ $(cat "$task/comm" 2>/dev/null) == "$1" ]] || continue
        stat=$(cat "$task/stat" 2>/dev/null) || continue
        stat=${stat##*) } # the fields after the name, which may hold spaces: state is then field 1, utime 12, stime 13
        sum=$(( sum + $(awk '{ print $12 + $13 }' <<< "$stat") ))
    done
    echo "$sum"
}

# One call with nghttp: call [-v] REQUEST-FILE PATH [AUTHORIZATION-HEADER]; the answer's body on stdout.
call() {
    local verbose=()
    [[ $1 == -v ]] && { verbose=(-v); shift; }
    local header=()
    [[ -n ${3:-} ]] && header=(-H "$3")
    nghttp "${verbose[@]}" -t 10 -H ':method: POST' -H 'content-type: application/grpc' -H 'te: trailers' "${header[@]}" \
        -d "$1" "$base$2"
}
