#!/usr/bin/env bash
# Sourced by docker/entrypoint.sh and docker/cypher-shell: the credentials from NEO4J_AUTH_FILE.
#
# The file holds "USER/PASSWORD" on its first line, as the neo4j image's NEO4J_AUTH does. Variables
# already set win (DRIFTGRAPH_NEO4J_PASSWORD or NEO4J_PASSWORD from `docker run -e`).

fail_auth() {
  echo "driftgraph: $*" >&2
  exit 2
}

if [ -n "${NEO4J_AUTH_FILE:-}" ] && [ -z "${DRIFTGRAPH_NEO4J_PASSWORD:-}" ] \
  && [ -z "${NEO4J_PASSWORD:-}" ]; then
  [ -r "$NEO4J_AUTH_FILE" ] || fail_auth "cannot read NEO4J_AUTH_FILE ($NEO4J_AUTH_FILE)"
  auth="$(head -n 1 "$NEO4J_AUTH_FILE" | tr -d '\r')"
  case "$auth" in
    ?*/?*) ;;
    *) fail_auth "$NEO4J_AUTH_FILE must hold USER/PASSWORD (e.g. neo4j/a-long-password), as NEO4J_AUTH does" ;;
  esac
  export NEO4J_USERNAME="${auth%%/*}"
  export NEO4J_PASSWORD="${auth#*/}"
  unset auth
fi

# One login with cypher-shell: a refused password gets the one message that helps. Neo4j reads
# NEO4J_AUTH(_FILE) only when it creates the database; after that, changing the secret file changes
# nothing in the server, and every login fails.
check_neo4j_login() {
  local output
  if output="$(/usr/local/bin/cypher-shell --non-interactive 'RETURN 1' 2>&1 >/dev/null)"; then
    return 0
  fi
  if grep -qi 'unauthorized\|authentication' <<<"$output"; then
    cat >&2 <<MESSAGE
driftgraph: Neo4j at $NEO4J_URI refused user '${NEO4J_USERNAME:-neo4j}' with the password in $NEO4J_AUTH_FILE.
  Neo4j takes its password from that file only when its database is created (the first start of the
  volume neo4j-data). The file was changed since. Either
    - put the old password back into docker/neo4j-auth, or
    - change it in Neo4j too, with the old one:
        docker compose -f docker/compose.yaml exec neo4j cypher-shell -u neo4j -p OLD -d system \\
          "ALTER CURRENT USER SET PASSWORD FROM 'OLD' TO 'NEW'"
    - or start afresh, deleting the database: docker compose -f docker/compose.yaml down -v
MESSAGE
    exit 1
  fi
  echo "driftgraph: cannot log in to Neo4j at $NEO4J_URI: $output" >&2
  exit 1
}
