#!/usr/bin/env bash
# Builds the benchmarks and compares the compiled classifier with the linear first-match walk.
# Usage: bench/run-classifier.sh [workload...]   (default: every workload whose data is present)
# Environment: WARMUP, ITERATIONS, ITERATION_SECONDS (JMH iterations, default 2, 2, 1),
#              CLASSBENCH (directory of the ClassBench sets, default shared/data/classbench beside the project root),
#              MVN_FLAGS (e.g. -o to build offline).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bin/lib/jdk.sh"
portcullis_select_jdk
cd "$root"
MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}" mvn -q -B ${MVN_FLAGS:-} -pl bench -am package -DskipTests
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -Dwarmup="${WARMUP:-2}" -Diterations="${ITERATIONS:-2}" -Dseconds="${ITERATION_SECONDS:-1}" \
    -Dportcullis.classbench="${CLASSBENCH:-$root/../shared/data/classbench}" \
    -jar bench/target/benchmarks.jar "$@" | sed -n '/^skipped/p;/^Flows decided/,$p'
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
