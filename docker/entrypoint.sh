#!/usr/bin/env bash
# Entry point of the driftgraph image: ./driftgraph ARGS..., or one of the image's docker/*.sh jobs.
#
# 1. The password. With NEO4J_AUTH_FILE (a compose secret holding "neo4j/PASSWORD", the file the
#    neo4j image reads), it becomes NEO4J_USERNAME and NEO4J_PASSWORD, which driftgraph and
#    cypher-shell read. Before a job runs, one login checks it, so that a password changed after the
#    database was created is said plainly instead of as a failed import.
# 2. The user. Started as root, it runs the command as the owner of the mounted reports/ folder, so
#    that the reports on the host belong to whoever owns the folder there; a folder Docker created
#    (owned by root) is given to the image's own unprivileged user, driftgraph.
set -euo pipefail
cd /opt/driftgraph
# shellcheck source=docker/neo4j-auth.sh
source docker/neo4j-auth.sh

case "${1:-}" in
  docker/*.sh) command=("$@") ;;
  *) command=(./driftgraph "$@") ;;
esac

if [ -n "${NEO4J_AUTH_FILE:-}" ] && [ -n "${NEO4J_URI:-}" ] && [ "${1:-}" != "--help" ]; then
  check_neo4j_login
fi

if [ "$(id -u)" -eq 0 ]; then
  owner="$(stat -c '%u:%g' reports)"
  if [ "$owner" = "0:0" ]; then
    chown driftgraph:driftgraph reports
    owner="$(id -u driftgraph):$(id -g driftgraph)"
  fi
  # data/ is the image's own (the schedule's lock file lives there): it follows the same owner.
  chown "$owner" data
  exec setpriv --reuid="${owner%%:*}" --regid="${owner##*:}" --clear-groups -- "${command[@]}"
fi
exec "${command[@]}"
