#!/usr/bin/env bash
# Whole-process benchmarks of the planning-scale scenarios (docs/benchmarks.md, "Planning scale").
#
# For each scenario: runs `java $ECSIM_JAVA_OPTS -jar sim-cli/target/ecsim.jar run FILE --no-charts --quiet -o DIR`
# (ECSIM_JAVA_OPTS as the ./ecsim launcher takes it, by default -XX:+UseSerialGC)
# under /usr/bin/time -v (wall time, peak RSS), reads simulated time, events and tasks from its
# summary.json, and right after each run times the bare-loop reference (the bare PriorityQueue +
# TreeSet best-fit loop that issue 12 names, `anchor.LimitLoop 10000 1000000 tree`: 1,000,000
# tasks on 10,000 hosts), so the two alternate (A B A B ...) on the same machine at the same time.
# The ratio is ecsim's wall time over the bare loop's, taken pair by pair; the table gives medians.
# Shared machines drift from run to run, so quote the ratio before the absolute times. The CPU
# ratio (user + system seconds of each process, over all its threads) says the same thing in
# machine time; when other work crowds the cores the two part, since then a process with more
# threads busy (the simulator's garbage collector, say) gets a larger share of them.
#
# Usage:
#   BARE_LOOP_DIR=/path/to/anchor-sources benchmarks/whole-run.sh [options] [SCENARIO[@HORIZON] ...]
# Options:
#   -n RUNS          runs of each scenario (each paired with one bare-loop run); default 3
#   -t SECONDS       give up on an ecsim run after this long (the row then says how far it got); default 300
#   --bare-loop DIR  instead of BARE_LOOP_DIR: a directory holding anchor/*.java (compiled here with
#                    javac) or the compiled classes (anchor/LimitLoop.class); without either the bare
#                    loop is skipped and its columns stay empty
# Scenarios default to the four planning-scale ones under scenarios/bench/ at their own durations;
# FILE@7d runs FILE with --horizon 7d. The jar is built first if it is missing (rebuild it yourself
# after changing the sources: ./mvnw -B -q -pl sim-cli -am package -DskipTests).
#
# Prints a markdown table, one row per scenario, on standard output; every single run's figures and
# the machine's load average go to standard error. Needs bash, awk, java and javac (JDK 17) and
# GNU time at /usr/bin/time.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/sim-cli/target/ecsim.jar"
runs=3
# The JVM options of the ecsim launcher (./ecsim), so the figures are those a user gets.
read -r -a java_opts <<< "${ECSIM_JAVA_OPTS:--XX:+UseSerialGC}"
timeout_s=300
bare_dir="${BARE_LOOP_DIR:-}"
scenarios=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    -t) timeout_s="$2"; shift 2 ;;
    --bare-loop) bare_dir="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "whole-run: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) scenarios+=("$1"); shift ;;
  esac
done
if [ ${#scenarios[@]} -eq 0 ]; then
  for s in ec2-year fargate-year jobs-100k-random jobs-1m-binpack; do
    scenarios+=("$root/scenarios/bench/$s.yaml")
  done
fi
[ -x /usr/bin/time ] || { echo "whole-run: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/whole-run.XXXXXX")"
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

if [ ! -f "$jar" ]; then
  echo "whole-run: building $jar" >&2
  (cd "$root" && ./mvnw -B -q -pl sim-cli -am package -DskipTests) >&2
fi

# The bare loop: compile its sources once, or use the classes as they are.
bare_cp=""
if [ -n "$bare_dir" ]; then
  if [ -f "$bare_dir/anchor/LimitLoop.class" ]; then
    bare_cp="$bare_dir"
  else
    src=("$bare_dir"/anchor/*.java)
    [ -f "${src[0]}" ] || src=("$bare_dir"/*.java)
    [ -f "${src[0]}" ] || { echo "whole-run: no anchor/LimitLoop.class or *.java under $bare_dir" >&2; exit 2; }
    mkdir -p "$work/anchor-classes"
    javac -d "$work/anchor-classes" "${src[@]}"
    bare_cp="$work/anchor-classes"
  fi
else
  echo "whole-run: no BARE_LOOP_DIR or --bare-loop given: the bare-loop columns stay empty" >&2
fi

load() { cut -d' ' -f1 /proc/loadavg; }
# Seconds from GNU time's "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34".
wall_of() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"; }
cpu_of() { awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$1"; }
rss_mib_of() { awk -F': ' '/Maximum resident set size/ { printf "%.0f\n", $2 / 1024 }' "$1"; }
# A number field of summary.json (pretty-printed, one field a line); the first match in file order.
json_num() { awk -v k="\"$2\"" '$1 == k":" { gsub(/[ ,]/, "", $2); print $2; exit }' "$1"; }
# median FORMAT and range FORMAT read numbers a line; range prints " (min–max)" for two or more.
median() { sort -g | awk -v f="$1" '{ v[NR] = $1 } END { if (NR) printf f, NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
range() { sort -g | awk -v f="$1" 'NR == 1 { lo = $1 } { hi = $1 } END { if (NR > 1) printf " (" f "–" f ")", lo, hi }'; }
human_time() { awk -v s="$1" 'BEGIN { if (s % 86400 == 0) printf "%d d", s / 86400; else if (s % 3600 == 0) printf "%d h", s / 3600; else printf "%.0f s", s }'; }
thousands() { awk -v n="$1" 'BEGIN { s = sprintf("%.0f", n); o = ""; while (length(s) > 3) { o = "," substr(s, length(s) - 2) o; s = substr(s, 1, length(s) - 3) } print s o }'; }

bare_run() { # prints the bare loop's wall and CPU seconds
  /usr/bin/time -v -o "$work/bare.time" java -Xmx16g -cp "$bare_cp" anchor.LimitLoop 10000 1000000 tree >"$work/bare.out" 2>&1 || true
  echo "$(wall_of "$work/bare.time") $(cpu_of "$work/bare.time")"
}

echo "| scenario | simulated | events | tasks | wall s | CPU s | events/s | peak RSS MiB | bare loop wall s | ratio | CPU ratio | load |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for spec in "${scenarios[@]}"; do
  file="${spec%@*}"
  horizon=""
  [ "$spec" != "$file" ] && horizon="${spec##*@}"
  args=(run "$file" --no-charts --quiet --progress -o "$work/out")
  [ -n "$horizon" ] && args+=(--horizon "$horizon")
  : >"$work/walls"; : >"$work/cpu"; : >"$work/rss"; : >"$work/bare"; : >"$work/ratio"; : >"$work/cpuratio"; : >"$work/loads"
  unfinished=""
  for ((i = 1; i <= runs; i++)); do
    rm -rf "$work/out"
    load >>"$work/loads"
    rc=0
    /usr/bin/time -v -o "$work/run.time" timeout "$timeout_s" java "${java_opts[@]}" -jar "$jar" "${args[@]}" 2>"$work/run.err" || rc=$?
    wall=$(wall_of "$work/run.time")
    if [ "$rc" -ne 0 ] || [ ! -f "$work/out/summary.json" ]; then
      if [ "$rc" -eq 124 ]; then
        # The progress bar's last figure: how much of the horizon was simulated.
        pct=$(tr '\r' '\n' <"$work/run.err" | awk '/%/ { for (f = 1; f <= NF; f++) if ($f ~ /^[0-9]+\/100%$/) { sub(/\/100%/, "", $f); p = $f } } END { print p + 0 }')
        unfinished="did not finish: ${pct} % of the horizon after ${timeout_s} s"
      else
        echo "whole-run: $spec failed (exit $rc):" >&2; cat "$work/run.err" >&2; exit 1
      fi
    fi
    rss=$(rss_mib_of "$work/run.time")
    cpu=$(cpu_of "$work/run.time")
    echo "$wall" >>"$work/walls"; echo "$cpu" >>"$work/cpu"; echo "$rss" >>"$work/rss"
    bare="" bare_cpu=""
    if [ -n "$bare_cp" ]; then
      read -r bare bare_cpu < <(bare_run)
      grep -q '^RESULT' "$work/bare.out" || { echo "whole-run: the bare loop failed:" >&2; cat "$work/bare.out" >&2; exit 1; }
      echo "$bare" >>"$work/bare"
      awk -v a="$wall" -v b="$bare" 'BEGIN { printf "%.2f\n", a / b }' >>"$work/ratio"
      awk -v a="$cpu" -v b="$bare_cpu" 'BEGIN { printf "%.2f\n", a / b }' >>"$work/cpuratio"
    fi
    echo "whole-run: $spec run $i: ecsim ${wall} s wall, ${cpu} s CPU, ${rss} MiB${unfinished:+ ($unfinished)}; bare loop ${bare:-—} s wall, ${bare_cpu:-—} s CPU; load $(tail -n1 "$work/loads") before, $(load) after" >&2
    [ -n "$unfinished" ] && break
  done
  wall_med=$(median %.1f <"$work/walls")
  loads="$(sort -g "$work/loads" | sed -n '1p')–$(sort -g "$work/loads" | sed -n '$p')"
  bare_cell="" ratio_cell="" cpu_ratio_cell=""
  if [ -s "$work/bare" ]; then
    bare_cell="$(median %.2f <"$work/bare")$(range %.2f <"$work/bare")"
    ratio_cell="$(median %.1f <"$work/ratio")$(range %.1f <"$work/ratio")"
    cpu_ratio_cell="$(median %.1f <"$work/cpuratio")$(range %.1f <"$work/cpuratio")"
  fi
  cpu_cell="$(median %.1f <"$work/cpu")$(range %.1f <"$work/cpu")"
  name="${file##*/}"; name="${name%.y*ml}${horizon:+ @$horizon}"
  if [ -n "$unfinished" ]; then
    [ -n "$ratio_cell" ] && ratio_cell="> $ratio_cell" && cpu_ratio_cell="> $cpu_ratio_cell"
    echo "| $name | $(echo "${horizon:-$(grep -m1 '^duration:' "$file" | awk '{ print $2 }')}" | sed -E 's/([0-9])([a-z]+)$/\1 \2/') | — | — | $unfinished | $cpu_cell | — | $(median %.0f <"$work/rss") | $bare_cell | $ratio_cell | $cpu_ratio_cell | $loads |"
  else
    summary="$work/out/summary.json"
    horizon_s=$(json_num "$summary" horizonSeconds)
    events=$(json_num "$summary" events)
    tasks=$(json_num "$summary" launched)
    eps=$(awk -v e="$events" -v w="$wall_med" 'BEGIN { printf "%.0f", e / w }')
    echo "| $name | $(human_time "$horizon_s") | $(thousands "$events") | $(thousands "$tasks") | ${wall_med}$(range %.1f <"$work/walls") | $cpu_cell | $(thousands "$eps") | $(median %.0f <"$work/rss") | $bare_cell | $ratio_cell | $cpu_ratio_cell | $loads |"
  fi
done
