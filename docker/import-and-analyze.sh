#!/usr/bin/env bash
# What the import service of docker/compose.yaml runs: imports articles into a Neo4j server over
# Bolt, stores the centrality scores there (Bloom sizes nodes by pagerank) and writes what the
# analyses found to reports/latest/. The password comes from $DRIFTGRAPH_NEO4J_PASSWORD or $NEO4J_PASSWORD, as for every
# command with --uri. It runs from a clone too: docker/import-and-analyze.sh --uri bolt://localhost:7687
#
# usage: import-and-analyze.sh --uri URI [PATH...]    (PATH defaults to import/articles)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ "$#" -lt 2 ] || [ "$1" != "--uri" ]; then
  echo "usage: $0 --uri URI [PATH...]" >&2
  exit 2
fi
uri="$2"
shift 2
corpus=("$@")
if [ "${#corpus[@]}" -eq 0 ]; then
  corpus=(import/articles)
fi
reports=reports/latest

# Exit code 3: imported, but some input was rejected (see the manifest). The rest is still worth
# analysing; the script ends with 3 so that the rejection is not lost.
status=0
./driftgraph import --uri "$uri" --reports "$reports" "${corpus[@]}" || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
  exit "$status"
fi

# Each table goes to the log (docker compose logs driftgraph) and into the report folder.
./driftgraph analyze centrality --uri "$uri" --write --top 20 | tee "$reports/centrality-facts.txt"
./driftgraph analyze centrality --uri "$uri" --projection platforms --write --top 20 | tee "$reports/centrality-platforms.txt"
./driftgraph analyze displacement --uri "$uri" | tee "$reports/displacement.txt"
./driftgraph stats --uri "$uri" | tee "$reports/stats.txt"

echo "Reports: $(pwd)/$reports"
exit "$status"
