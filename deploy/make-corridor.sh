#!/usr/bin/env bash
# Makes what docker-compose.yml needs for a corridor on one machine, once: per member a node key (the trust
# anchor), the corridor file every node loads, broker definitions federating every member's broker with every
# other's (corridor-node broker-definitions), and the secrets (broker and database passwords, the connection
# strings the services read from /run/secrets). Everything private goes under deploy/generated/ (owner-only
# directory, never committed); deploy/corridor.json holds public keys only.
#
#   deploy/make-corridor.sh SG MY VN          members; the first hosts the secretariat
#
# In production each member state creates its own key on its own node (corridor-node node-key --create) and
# sends only the printed public entry; the secretariat assembles the corridor file and every member installs
# it. See docs/operations.md, "Signed events".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ $# -lt 2 ]]; then
    echo "usage: deploy/make-corridor.sh MEMBER MEMBER [MEMBER...]   (e.g. SG MY VN; the first hosts the secretariat)" >&2
    exit 2
fi

echo "==> building corridor-node" >&2
dotnet build services/Node -c Release -v quiet -nologo >&2
node() { dotnet services/Node/bin/Release/net10.0/corridor-node.dll "$@"; }

generated=deploy/generated
mkdir -p "$generated"
chmod 700 "$generated"
members=""
for member in "$@"; do
    slug=${member,,}
    echo "==> node key of $member ($generated/$slug/node-key.jwk)" >&2
    entry=$(node node-key --create --member "$member" --data-dir "$generated/$slug" 2>/dev/null)
    members+="${members:+,}
    { \"code\": \"$member\", \"broker\": \"amqp://$slug-rabbitmq:5672\", \"nodeKeys\": [$entry] }"
done
printf '{\n  "secretariat": "%s",\n  "members": [%s\n  ]\n}\n' "$1" "$members" > deploy/corridor.json
echo "==> wrote deploy/corridor.json" >&2

secret() { # file, value: written once, kept afterwards
    [[ -f "$1" ]] || { printf '%s' "$2" > "$1"; }
    # Bind-mounted into containers whose users differ from yours: the 0700 directory above guards them here.
    chmod 644 "$1"
}

for member in "$@"; do
    slug=${member,,}
    dir="$generated/$slug"
    echo "==> broker definitions and secrets of $member ($dir/)" >&2
    node broker-definitions --corridor deploy/corridor.json --member "$member" --secrets "$generated/secrets" \
        --out "$dir/definitions.json" 2>/dev/null
    chmod 644 "$dir/definitions.json" "$dir/node-key.jwk"
    secret "$dir/postgres-password" "$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    secret "$dir/ConnectionStrings__RabbitMq" "amqp://$slug-node:$(cat "$generated/secrets/$slug-node")@$slug-rabbitmq:5672/"
    for service in membership eligibility clearance; do
        secret "$dir/ConnectionStrings__$service" \
            "Host=$slug-postgres;Database=$service;Username=postgres;Password=$(cat "$dir/postgres-password")"
    done
done
echo "==> done: docker compose up --build" >&2
