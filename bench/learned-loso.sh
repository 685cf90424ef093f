#!/usr/bin/env bash
# usage: bench/learned-loso.sh [SET...]  -- the learned relation classifier measured leave-one-set-out
# (docs/extraction.md, "A learned relation classifier"). Needs ./mvnw -q -o test-compile first.
# With no SET, every annotated set is held out in turn. -Dlearned.c=C sets the regularisation.
set -euo pipefail
cd "$(dirname "$0")/.."
cp=target/learned-loso.classpath
if [ ! -f "$cp" ] || [ pom.xml -nt "$cp" ]; then
  ./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" >&2
fi
exec java ${LEARNED_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$cp")" \
  org.driftgraph.eval.LeaveOneSetOut "$@"
