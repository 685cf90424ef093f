#!/usr/bin/env bash
# Writes docker/neo4j-auth, the secret docker/compose.yaml hands to Neo4j (NEO4J_AUTH_FILE) and to
# the driftgraph jobs: "neo4j/" and a random password, readable only by you. Run it once before the
# first `docker compose up`; it never overwrites an existing file (Neo4j keeps the password it was
# created with: see README.md, Docker).
set -euo pipefail
file="$(dirname "${BASH_SOURCE[0]}")/neo4j-auth"
if [ -e "$file" ]; then
  echo "docker/neo4j-auth exists; leaving it as it is"
  exit 0
fi
umask 077
password="$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)"
printf 'neo4j/%s\n' "$password" >"$file"
echo "docker/neo4j-auth written (user neo4j, a random password; cat it to read it)"
