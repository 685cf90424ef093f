#!/usr/bin/env bash
# usage: bench/scale.sh N [WORKDIR]
# Generates N articles (bench ScaleCorpus: the sample and seed paragraphs recombined, half Arabic,
# half English), then times `import`, `report` and PageRank on a new store in WORKDIR (default a
# temporary folder) and prints articles/s, MB/s, peak RSS, store size, report sizes and the report's
# per-step wall and CPU milliseconds (report --timings).
# Build first: ./mvnw -DskipTests package (compiles the benchmark classes too).
# JVM flags come from DRIFTGRAPH_JAVA_OPTS (the launcher's default is -Xmx2g).
set -euo pipefail

n=${1:?usage: bench/scale.sh N [WORKDIR]}
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=${2:-$(mktemp -d -t driftgraph-scale.XXXXXX)}
mkdir -p "$work"
cd "$home"
[ -f target/driftgraph.jar ] && [ -d target/test-classes ] ||
  { echo "bench/scale.sh: build first: ./mvnw -DskipTests package" >&2; exit 1; }

corpus="$work/corpus-$n.jsonl"
store="$work/store-$n"
reports="$work/report-$n"
rm -rf "$store" "$reports"
java -cp "target/test-classes:target/classes:target/lib/*" org.driftgraph.bench.ScaleCorpus "$n" "$corpus"
corpus_bytes=$(stat -c %s "$corpus")

# Runs a command under /usr/bin/time -v; sets secs and rss_mb from its account.
timed() {
  local log="$work/$1.time"; shift
  /usr/bin/time -v -o "$log" "$@" > "$work/$(basename "$log" .time).out" 2>&1 ||
    { echo "failed: $* (see $work)" >&2; tail -5 "$work/$(basename "$log" .time).out" >&2; exit 1; }
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0;
    for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$log")
  rss_mb=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")
  cpu=$(awk -F': ' '/Percent of CPU/ {print $2}' "$log")
  # CPU seconds (user + system): on a shared machine the figure that wall time is not.
  cpu_secs=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$log")
}

timed import ./driftgraph import --store "$store" --reports "$work/import-reports" "$corpus"
import_secs=$secs; import_rss=$rss_mb; import_cpu=$cpu; import_cpu_secs=$cpu_secs
store_bytes=$(du -sb "$store" | cut -f1)
txlog_bytes=$( (find "$store" -name 'neostore.transaction.db*' -printf '%s\n'; echo 0) | awk '{s += $1} END {print s}')

timed report ./driftgraph report --timings --store "$store" --out "$reports"
report_secs=$secs; report_rss=$rss_mb; report_cpu_secs=$cpu_secs

timed pagerank ./driftgraph analyze centrality --algorithm pagerank --store "$store" --format json
pagerank_secs=$secs; pagerank_rss=$rss_mb; pagerank_cpu_secs=$cpu_secs

mb() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1e6}'; }
echo
echo "articles            $n"
echo "corpus              $(mb "$corpus_bytes") MB ($corpus)"
awk -v n="$n" -v s="$import_secs" -v b="$corpus_bytes" -v r="$import_rss" -v c="$import_cpu" -v cs="$import_cpu_secs" \
  'BEGIN {printf "import              %.1f s, %.0f articles/s, %.2f MB/s, peak RSS %d MB, CPU %s (%s CPU s)\n", s, n / s, b / 1e6 / s, r, c, cs}'
echo "store               $(mb "$store_bytes") MB (transaction logs $(mb "$txlog_bytes") MB), $(awk -v s="$store_bytes" -v b="$corpus_bytes" 'BEGIN {printf "%.1f", s / b}')x the corpus"
echo "report              $report_secs s ($report_cpu_secs CPU s), peak RSS $report_rss MB"
for f in report.html report.md report.json statements.jsonl; do
  [ -f "$reports/latest/$f" ] && echo "  $f $(mb "$(stat -c %s "$reports/latest/$f")") MB"
done
echo "pagerank            $pagerank_secs s ($pagerank_cpu_secs CPU s), peak RSS $pagerank_rss MB"
echo "report per step (report --timings: wall ms, process CPU ms):"
sed -n '/^timings:/,$p' "$work/report.out" | tail -n +2
echo "(work folder: $work)"
