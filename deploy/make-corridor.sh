#!/usr/bin/env bash
# Makes the trust anchors of a corridor on one machine: a node key per member (kept under
# deploy/keys/<member>/node-key.jwk, private, never committed) and the corridor file every node loads
# (deploy/corridor.json: members, their node public keys, their brokers). docker-compose.yml mounts both.
#
#   deploy/make-corridor.sh SG VN            members; the first is the secretariat
#
# In production each member state creates its own key on its own node (corridor-node node-key --create)
# and sends only the printed public entry; the corridor secretariat assembles the file and every member
# installs the same file. See docs/operations.md, "Signed events".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ $# -lt 1 ]]; then
    echo "usage: deploy/make-corridor.sh MEMBER [MEMBER...]   (e.g. SG VN; the first hosts the secretariat)" >&2
    exit 2
fi

node_key() {
    dotnet run --project services/Node -v quiet -- node-key --create --member "$1" --data-dir "deploy/keys/${1,,}" 2>/dev/null
}

members=""
for member in "$@"; do
    echo "==> node key of $member (deploy/keys/${member,,}/node-key.jwk)" >&2
    entry=$(node_key "$member")
    members+="${members:+,}
    { \"code\": \"$member\", \"broker\": \"amqp://${member,,}-rabbitmq:5672\", \"nodeKeys\": [$entry] }"
done
printf '{\n  "secretariat": "%s",\n  "members": [%s\n  ]\n}\n' "$1" "$members" > deploy/corridor.json
echo "==> wrote deploy/corridor.json" >&2
