#!/usr/bin/env bash
# A corridor of several member states on one machine, without Docker: per member a RabbitMQ broker of its own
# (federated with every other member's broker, full mesh, from definitions generated out of the corridor file)
# and either one node process or, with --split, membership, eligibility and clearance as three processes that
# talk over gRPC (Services:Membership:Address, Clearance:EligibilityAddress).
#
#   deploy/local-corridor.sh up [--members SG,MY,VN] [--split] [--dir DIR] [--base-port 7100]
#   deploy/local-corridor.sh status [--dir DIR]
#   deploy/local-corridor.sh down [--dir DIR]
#   deploy/local-corridor.sh token MEMBER --role ROLE [--dir DIR]     a development token for MEMBER's processes
#   deploy/local-corridor.sh signal NAME KILL|TERM|STOP|CONT [--dir DIR]   to one process (names: see pids)
#   deploy/local-corridor.sh start NAME [--dir DIR]                    start one process again (after KILL/TERM)
#   deploy/local-corridor.sh ctl MEMBER ARGS… [--dir DIR]              rabbitmqctl on MEMBER's broker
#
# Needs rabbitmq-server (apt-get install rabbitmq-server; its system service may stay stopped) and the .NET SDK.
# The first member hosts the secretariat. Ports, for the member at position i (0, 1, 2, …) from the base port:
# base+20i the node (with --split: membership), +1 eligibility, +2 clearance, +10 AMQP, +11 Erlang distribution.
# DIR (default .local-corridor/, or LOCAL_CORRIDOR_DIR) holds everything: corridor.json (the trust anchors),
# secrets/ (broker passwords), and per member its keys, broker, data and logs. `down` stops exactly the
# processes `up` recorded in DIR/pids and keeps the data, so `up` again resumes the same corridor; delete DIR
# to start afresh. CORRIDOR_NODE=path/to/corridor-node.dll skips the build.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

usage() {
    sed -n '6,12p' "${BASH_SOURCE[0]}" | sed 's/^#   //' >&2
    exit 2
}

command=${1:-}
[[ -n "$command" ]] || usage
shift
token_member=""
target=""
if [[ "$command" == token || "$command" == start || "$command" == signal || "$command" == ctl ]]; then
    target=${1:-}
    [[ -n "$target" ]] || usage
    token_member=$target
    shift
fi

members=SG,MY,VN
split=false
dir=${LOCAL_CORRIDOR_DIR:-$repo/.local-corridor}
base_port=${LOCAL_CORRIDOR_BASE_PORT:-7100}
extra=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --members) members=${2:?--members needs a list such as SG,MY,VN}; shift 2 ;;
        --split) split=true; shift ;;
        --dir) dir=${2:?--dir needs a directory}; shift 2 ;;
        --base-port) base_port=${2:?--base-port needs a port}; shift 2 ;;
        -h|--help) usage ;;
        *) if [[ "$command" == token || "$command" == signal || "$command" == ctl ]]; then extra+=("$1"); shift; else echo "unknown argument: $1" >&2; usage; fi ;;
    esac
done
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
pids="$dir/pids"
# Erlang node names are unique per host: corridors in different directories get brokers of different names.
corridor_id=$(printf '%s' "$dir" | cksum | cut -d' ' -f1)
broker_node() { printf 'lc%s-%s@localhost' "$corridor_id" "$(lower "$1")"; }
rabbit_bin=/usr/lib/rabbitmq/bin

say() { printf '==> %s\n' "$*" >&2; }
fail() { printf 'local-corridor: %s\n' "$*" >&2; exit 1; }
lower() { printf '%s' "${1,,}"; }

# What `up` chose is kept, so status, token and down need no flags.
load_layout() {
    [[ -f "$dir/layout" ]] || fail "no corridor in $dir (run: deploy/local-corridor.sh up)"
    # shellcheck source=/dev/null
    source "$dir/layout"
    IFS=, read -r -a member_list <<< "$members"
}

port_of() { # member index, offset
    echo $((base_port + 20 * $1 + $2))
}

processes_of() { # services run per member
    if [[ "$split" == true ]]; then echo "membership eligibility clearance"; else echo "node"; fi
}

process_port() { # index, process
    case "$2" in
        node|membership) port_of "$1" 0 ;;
        eligibility) port_of "$1" 1 ;;
        clearance) port_of "$1" 2 ;;
    esac
}

alive() { kill -0 "$1" 2>/dev/null; }

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_until() { # seconds, description, command...
    local seconds=$1 what=$2
    shift 2
    local deadline=$((SECONDS + seconds))
    until "$@"; do
        if ((SECONDS >= deadline)); then
            fail "$what did not come up within ${seconds}s"
        fi
        sleep 0.5
    done
}

node_dll() {
    if [[ -n "${CORRIDOR_NODE:-}" ]]; then
        echo "$CORRIDOR_NODE"
        return
    fi
    local dll="$repo/services/Node/bin/Release/net10.0/corridor-node.dll"
    say "building corridor-node (Release)"
    dotnet build "$repo/services/Node" -c Release -v quiet -nologo >&2
    echo "$dll"
}

corridor_node() { dotnet "$dll" "$@"; }

# The environment that makes rabbitmq-server (and rabbitmqctl) a private node of one member: its own name,
# ports, data, logs, plugins and Erlang cookie (in HOME), none of the system-wide files under /etc/rabbitmq.
broker_env() { # member, index → the array benv
    local home="$dir/$(lower "$1")/broker"
    benv=(HOME="$home" RABBITMQ_NODENAME="$(broker_node "$1")" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
        RABBITMQ_NODE_PORT="$(port_of "$2" 10)" RABBITMQ_DIST_PORT="$(port_of "$2" 11)"
        RABBITMQ_MNESIA_BASE="$home/mnesia" RABBITMQ_LOG_BASE="$home/log" RABBITMQ_PID_FILE="$home/rabbitmq.pid"
        RABBITMQ_ENABLED_PLUGINS_FILE="$home/enabled_plugins" RABBITMQ_CONFIG_FILE="$home/rabbitmq.conf"
        RABBITMQ_CONFIG_FILES="$home/conf.d" RABBITMQ_ADVANCED_CONFIG_FILE="$home/advanced.config"
        RABBITMQ_CONF_ENV_FILE="$home/rabbitmq-env.conf" RABBITMQ_CTL_DIST_PORT_MIN=0 RABBITMQ_CTL_DIST_PORT_MAX=0
        "RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS=-kernel inet_dist_use_interface {127,0,0,1}")
}

# Root runs the broker as the rabbitmq user the Debian package created, as the test fixtures do.
broker_user=()
if [[ $(id -u) -eq 0 ]]; then
    broker_user=(setpriv --reuid=rabbitmq --regid=rabbitmq --init-groups --)
fi

# One line per process, "name pid"; a process started again replaces its line.
record() {
    if [[ -f "$pids" ]]; then
        grep -v "^$1 " "$pids" > "$pids.tmp" || true
        mv "$pids.tmp" "$pids"
    fi
    echo "$1 $2" >> "$pids"
}

pid_of() { awk -v name="$1" '$1 == name { print $2 }' "$pids" 2>/dev/null; }

signal() { # NAME SIGNAL: to the whole process group the script started
    load_layout
    local pid
    pid=$(pid_of "$target")
    [[ -n "$pid" ]] || fail "no process named $target in $pids"
    local sig=${extra[0]:-}
    [[ "$sig" =~ ^(KILL|TERM|STOP|CONT)$ ]] || fail "signal must be KILL, TERM, STOP or CONT"
    kill "-$sig" -- "-$pid" 2>/dev/null || kill "-$sig" "$pid"
    if [[ "$sig" == TERM ]]; then
        local deadline=$((SECONDS + 60))
        while alive "$pid" && ((SECONDS < deadline)); do sleep 0.2; done
    fi
}

start_one() { # NAME, e.g. broker-sg, clearance-vn, node-my
    load_layout
    local pid kind slug index member
    pid=$(pid_of "$target")
    [[ -z "$pid" ]] || ! alive "$pid" || fail "$target (pid $pid) is still running"
    kind=${target%-*}
    slug=${target##*-}
    for index in "${!member_list[@]}"; do
        member=${member_list[$index]}
        [[ "$(lower "$member")" == "$slug" ]] || continue
        if [[ "$kind" == broker ]]; then
            broker_env "$member" "$index"
            setsid env "${benv[@]}" "${broker_user[@]}" "$rabbit_bin/rabbitmq-server" >> "$dir/$slug/broker/console.log" 2>&1 < /dev/null &
            record "$target" $!
            wait_until 90 "the broker of $member" listening "$(port_of "$index" 10)"
        else
            start_process "$member" "$index" "$kind"
            wait_until 120 "$target" healthy "$(process_port "$index" "$kind")"
        fi
        return
    done
    fail "no member $slug in this corridor"
}

ctl() {
    load_layout
    local index
    for index in "${!member_list[@]}"; do
        if [[ "${member_list[$index]}" == "${target^^}" ]]; then
            broker_ctl "$index" "${extra[@]}"
            return
        fi
    done
    fail "no member $target in this corridor"
}

make_corridor() {
    local entries="" index=0 member
    for member in "${member_list[@]}"; do
        local slug
        slug=$(lower "$member")
        mkdir -p "$dir/$slug"
        local entry
        entry=$(corridor_node node-key --create --member "$member" --data-dir "$dir/$slug" 2>/dev/null)
        entries+="${entries:+,}
    { \"code\": \"$member\", \"broker\": \"amqp://127.0.0.1:$(port_of $index 10)\", \"nodeKeys\": [$entry] }"
        index=$((index + 1))
    done
    printf '{\n  "secretariat": "%s",\n  "members": [%s\n  ]\n}\n' "${member_list[0]}" "$entries" > "$dir/corridor.json"
}

start_broker() { # member, index
    local slug home
    slug=$(lower "$1")
    home="$dir/$slug/broker"
    mkdir -p "$home/mnesia" "$home/log" "$home/conf.d"
    corridor_node broker-definitions --corridor "$dir/corridor.json" --member "$1" --secrets "$dir/secrets" \
        --out "$home/definitions.json" 2>/dev/null
    echo '[rabbitmq_federation].' > "$home/enabled_plugins"
    cat > "$home/rabbitmq.conf" <<EOF
# Made by deploy/local-corridor.sh for $1's broker.
load_definitions = $home/definitions.json
# A busy laptop disk must not silently block every publisher.
disk_free_limit.absolute = 50MB
EOF
    if [[ $(id -u) -eq 0 ]]; then
        chown -R rabbitmq:rabbitmq "$home"
    fi
    broker_env "$1" "$2"
    setsid env "${benv[@]}" "${broker_user[@]}" "$rabbit_bin/rabbitmq-server" > "$home/console.log" 2>&1 < /dev/null &
    record "broker-$slug" $!
}

start_process() { # member, index, process
    local slug data port
    slug=$(lower "$1")
    data="$dir/$slug/$3"
    port=$(process_port "$2" "$3")
    mkdir -p "$data"
    local settings=(
        "--urls=http://127.0.0.1:$port"
        "--Node:Member=$1" "--Node:DataDirectory=$data"
        "--Node:NodeKeyFile=$dir/$slug/node-key.jwk" "--Node:TokenKeyFile=$dir/$slug/dev-token-key.jwk"
        "--Clearance:PassesKeyFile=$dir/$slug/clearance-passes-key.jwk"
        "--Clearance:TravellerSecretFile=$dir/$slug/clearance-traveller-secret"
        "--Corridor:File=$dir/corridor.json"
        "--ConnectionStrings:RabbitMq=amqp://$(lower "$1")-node:$(cat "$dir/secrets/$slug-node")@127.0.0.1:$(port_of "$2" 10)/"
    )
    if [[ "$3" != node ]]; then
        settings+=("--services" "$3")
    fi
    if [[ "$3" == eligibility || "$3" == clearance ]]; then
        settings+=("--Services:Membership:Address=http://127.0.0.1:$(process_port "$2" membership)")
    fi
    if [[ "$3" == clearance ]]; then
        settings+=("--Clearance:EligibilityAddress=http://127.0.0.1:$(process_port "$2" eligibility)")
    fi
    setsid dotnet "$dll" "${settings[@]}" >> "$dir/$slug/$3.log" 2>&1 < /dev/null &
    record "$3-$slug" $!
}

healthy() { corridor_node health --address "http://127.0.0.1:$1" --timeout 2s > /dev/null 2>&1; }

up() {
    IFS=, read -r -a member_list <<< "${members^^}"
    ((${#member_list[@]} >= 2)) || fail "--members needs at least two members, e.g. SG,MY,VN"
    if [[ -f "$pids" ]]; then
        while read -r _ pid; do
            alive "$pid" && fail "a corridor is already running from $dir; run: deploy/local-corridor.sh down${dir:+ --dir $dir}"
        done < "$pids"
        rm -f "$pids"
    fi
    [[ -x "$rabbit_bin/rabbitmq-server" ]] || fail "RabbitMQ is not installed: apt-get install rabbitmq-server"
    members=$(IFS=,; echo "${member_list[*]}")
    dll=$(node_dll)
    printf 'members=%s\nsplit=%s\nbase_port=%s\ndll=%s\n' "$members" "$split" "$base_port" "$dll" > "$dir/layout"
    local index member
    for index in "${!member_list[@]}"; do
        for process in $(processes_of) broker; do
            local port
            if [[ $process == broker ]]; then port=$(port_of "$index" 10); else port=$(process_port "$index" "$process"); fi
            ! listening "$port" || fail "port $port (${member_list[$index]} $process) is in use; choose another --base-port"
        done
    done
    if [[ ! -f "$dir/corridor.json" ]]; then
        say "node keys and the corridor file ($dir/corridor.json)"
        make_corridor
    fi
    for index in "${!member_list[@]}"; do
        say "broker of ${member_list[$index]} on AMQP port $(port_of "$index" 10)"
        start_broker "${member_list[$index]}" "$index"
    done
    for index in "${!member_list[@]}"; do
        wait_until 90 "the broker of ${member_list[$index]}" listening "$(port_of "$index" 10)"
    done
    # Split services follow membership (and clearance eligibility) from their start: one service at a time,
    # every member's at once.
    for process in $(processes_of); do
        for index in "${!member_list[@]}"; do
            say "${member_list[$index]} $process on http://127.0.0.1:$(process_port "$index" "$process")"
            start_process "${member_list[$index]}" "$index" "$process"
        done
        for index in "${!member_list[@]}"; do
            member=${member_list[$index]}
            wait_until 120 "$member $process (log: $dir/$(lower "$member")/$process.log)" healthy "$(process_port "$index" "$process")"
        done
    done
    say "waiting for the federation links"
    for index in "${!member_list[@]}"; do
        wait_until 60 "the federation links of ${member_list[$index]}" links_running "$index"
    done
    status
}

links_running() { # every upstream of every federated exchange of one broker is running
    local out
    out=$(broker_ctl "$1" federation_status --formatter json 2>/dev/null) || return 1
    [[ "$out" == *'"status":"running"'* && "$out" != *'"status":"starting"'* && "$out" != *'"status":"error"'* ]]
}

broker_ctl() { # index, rabbitmqctl args…
    local index=$1
    shift
    broker_env "${member_list[$index]}" "$index"
    env "${benv[@]}" "${broker_user[@]}" "$rabbit_bin/rabbitmqctl" -n "$(broker_node "${member_list[$index]}")" "$@"
}

status() {
    load_layout
    local index member state=0
    echo "corridor in $dir; the corridor file (trust anchors), $dir/corridor.json:"
    sed 's/^/    /' "$dir/corridor.json"
    for index in "${!member_list[@]}"; do
        member=${member_list[$index]}
        local slug
        slug=$(lower "$member")
        local amqp
        amqp=$(port_of "$index" 10)
        printf '%s  broker   amqp://%s-node:<%s>@127.0.0.1:%s/  %s\n' "$member" "$slug" "$dir/secrets/$slug-node" "$amqp" \
            "$(listening "$amqp" && echo up || { state=1; echo DOWN; })"
        for process in $(processes_of); do
            local port
            port=$(process_port "$index" "$process")
            printf '%s  %-12s http://127.0.0.1:%s  %s\n' "$member" "$process" "$port" \
                "$(healthy "$port" && echo healthy || { state=1; echo NOT HEALTHY; })"
        done
    done
    echo "tokens: deploy/local-corridor.sh token SG --role member-admin --member SG"
    return $state
}

down() {
    [[ -f "$pids" ]] || { echo "nothing running from $dir"; return 0; }
    local name pid
    # Nodes first (they stop cleanly while their broker is still there), brokers last; each group as a whole.
    tac "$pids" | while read -r name pid; do
        if alive "$pid"; then
            kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        fi
    done
    local deadline=$((SECONDS + 30))
    while read -r name pid; do
        while alive "$pid" && ((SECONDS < deadline)); do sleep 0.2; done
        if alive "$pid"; then
            echo "$name (pid $pid) did not stop within 30s: killed" >&2
            kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
        fi
        echo "stopped $name (pid $pid)"
    done < "$pids"
    rm -f "$pids"
}

token() {
    load_layout
    corridor_node token --key-file "$dir/$(lower "$token_member")/dev-token-key.jwk" "${extra[@]}"
}

case "$command" in
    up) up ;;
    status) status ;;
    down) down ;;
    token) token ;;
    signal) signal ;;
    start) start_one ;;
    ctl) ctl ;;
    *) usage ;;
esac
