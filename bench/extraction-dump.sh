#!/usr/bin/env bash
# usage: bench/extraction-dump.sh OUTDIR
# Dumps the full extraction of every development corpus (one JSON Lines file per corpus) with the
# current build (./mvnw -DskipTests package first), so that a speed change of the extractor can be
# checked byte for byte: run it before and after, then `diff -r BEFORE AFTER` must print nothing.
# DUMP_CLASSES=DIR puts a frozen copy of the main classes first on the class path (the "before"
# build, so that recompiling target/classes meanwhile does not change what is dumped).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: bench/extraction-dump.sh OUTDIR}
mkdir -p "$out"
cp="${DUMP_CLASSES:+$DUMP_CLASSES:}target/test-classes:target/classes:target/lib/*"
dump() { # name corpus-dir
  [ -d "$2" ] || { echo "skipped $1: $2 is missing" >&2; return; }
  java -Xmx1g -cp "$cp" org.driftgraph.bench.ExtractionDump import "$out/$1.jsonl" "$2"
}
dump sample import/articles
for set in heldout heldout2 dev4 blind3 blind4 blind5 blind6 blind7 blind8 blind9 blind10 blind11 blind12 blind13 blind14 blind15 blind16 blind17 blind18; do
  dump "$set" "src/test/resources/$set/articles"
done
dump seeds ../shared/corpus/seeds
