#!/usr/bin/env bash
# Runs knaller's benchmarks and prints Markdown tables (the README's "Performance" numbers).
# Usage: knaller-benchmarks/run.sh [jmh|cold|list|boot|all]   (default: all)
#   jmh   JMH: API round trip and the VM-start calls against emulator, replaying fake, raw floor
#   cold  cold starts of the CLI and of dev.knaller.json against a hello world, with/without AOT
#   list  `knaller list` with 1, 10 and 100 emulator processes running (111 JVMs, about 5 GB)
#   boot  run() to InstanceStart through real pasta (needs a regular user: dev/as-user ...)
# Knobs: JMH_ROUNDS (7), JMH_ARGS, COLD_ROUNDS (15), LIST_ROUNDS (11), BOOT_ROUNDS (11).
# JMH runs its benchmarks one after another, so a burst of load from elsewhere hits only some:
# many short rounds and the median of same-round ratios keep such a burst from deciding a ratio.
# Measurements only: nothing here asserts a time.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
what=${1:-all}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java=$JAVA_HOME/bin/java
bench_jar=$top/knaller-benchmarks/target/knaller-benchmarks-0.1.0-SNAPSHOT.jar
bench_cp="$bench_jar:$top/knaller-benchmarks/target/lib/*"
cli_cp="$top/knaller-cli/target/knaller-cli-0.1.0-SNAPSHOT.jar:$top/knaller-cli/target/lib/*"
emulator=$top/knaller-emulator/bin/firecracker-emulator
# The JVM flags ./knaller passes; every cold-start variant gets the same ones.
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Djdk.reflect.useNativeAccessorOnly=true"
# The same without native reflection accessors: what the JSON binder costs with the JDK's default.
flags_mh="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
# JMH 1.37 still calls sun.misc.Unsafe; JDK 24+ warns about it on every fork.
quiet_unsafe=--sun-misc-unsafe-memory-access=allow

scratch=$(mktemp -d /tmp/knb-run.XXXXXX)
pids=$scratch/pids
touch "$pids"
cleanup() {
  # Only the emulators this script started, by PID.
  while read -r pid; do kill "$pid" 2>/dev/null || true; done <"$pids"
  while read -r pid; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  done <"$pids"
  rm -rf "$scratch"
}
trap cleanup EXIT

build() {
  if [ ! -f "$bench_jar" ] || [ ! -f "${cli_cp%%:*}" ]; then
    (cd "$top" && ./mvnw -q -B -DskipTests package)
  fi
}

machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg);" \
    "$("$java" -version 2>&1 | sed -n 2p); $(date -u +%FT%TZ)"
}

run_jmh() {
  echo "## JMH (rounds: ${JMH_ROUNDS:-7}; ${JMH_ARGS:=-f 1 -wi 2 -w 1s -i 3 -r 1s})"
  local files=() results=$top/knaller-benchmarks/target/jmh-results
  mkdir -p "$results"
  for round in $(seq "${JMH_ROUNDS:-7}"); do
    "$java" $quiet_unsafe -cp "$bench_cp" org.openjdk.jmh.Main -jvmArgsAppend $quiet_unsafe $JMH_ARGS \
      -rf json -rff "$results/jmh-$round.json" 'dev.knaller.bench.*' >"$scratch/jmh-$round.log"
    if [ "$round" = 1 ]; then
      grep -ho "wire sizes.*" "$scratch/jmh-$round.log" | sort -u | head -n 2
    fi
    files+=("$results/jmh-$round.json")
  done
  "$java" -cp "$bench_cp" dev.knaller.bench.JmhSummary "${files[@]}"
}

# Trains an AOT cache for a main class the way ./knaller trains its own (JDK 25+).
train() {
  "$java" $flags -XX:AOTCacheOutput="$1" -cp "$2" "${@:3}" >/dev/null 2>&1
}

knaller_aot() {
  (cd "$top" && ./knaller version >/dev/null)
  ls -t "$top"/knaller-cli/target/knaller-*.aot | head -n 1
}

run_cold() {
  echo "## Cold starts (rounds: ${COLD_ROUNDS:-15})"
  local empty=$scratch/empty aot
  mkdir -p "$empty"
  aot=$(knaller_aot)
  train "$scratch/hello.aot" "$bench_cp" dev.knaller.bench.Hello
  train "$scratch/json.aot" "$bench_cp" dev.knaller.bench.JsonCold
  train "$scratch/json-vm-config.aot" "$bench_cp" dev.knaller.bench.JsonCold vm-config
  # The same cache without the launcher's flags, to show what the flags are worth.
  XDG_DATA_HOME=$empty "$java" -XX:AOTCacheOutput="$scratch/knaller-defaults.aot" -cp "$cli_cp" \
    dev.knaller.cli.AotTraining >/dev/null 2>&1
  local env="XDG_DATA_HOME=$empty"
  "$java" -cp "$bench_cp" dev.knaller.bench.RoundRobin --rounds "${COLD_ROUNDS:-15}" \
    --baseline hello,hello-aot \
    "hello=$java $flags -cp $bench_cp dev.knaller.bench.Hello" \
    "hello-aot=$java $flags -XX:AOTCache=$scratch/hello.aot -cp $bench_cp dev.knaller.bench.Hello" \
    "version=$env $java $flags -cp $cli_cp dev.knaller.cli.Main version" \
    "version-aot=$env $java $flags -XX:AOTCache=$aot -cp $cli_cp dev.knaller.cli.Main version" \
    "list-0-vms=$env $java $flags -cp $cli_cp dev.knaller.cli.Main list" \
    "list-0-vms-aot=$env $java $flags -XX:AOTCache=$aot -cp $cli_cp dev.knaller.cli.Main list" \
    "./knaller-version=$env $top/knaller version" \
    "./knaller-list=$env $top/knaller list" \
    "json=$java $flags -cp $bench_cp dev.knaller.bench.JsonCold" \
    "json-aot=$java $flags -XX:AOTCache=$scratch/json.aot -cp $bench_cp dev.knaller.bench.JsonCold" \
    "json-vm-config=$java $flags -cp $bench_cp dev.knaller.bench.JsonCold vm-config" \
    "json-vm-config-aot=$java $flags -XX:AOTCache=$scratch/json-vm-config.aot -cp $bench_cp dev.knaller.bench.JsonCold vm-config" \
    "json-vm-config-mh-accessors=$java $flags_mh -cp $bench_cp dev.knaller.bench.JsonCold vm-config" \
    "hello-jvm-defaults=$java -cp $bench_cp dev.knaller.bench.Hello" \
    "version-jvm-defaults-aot=$env $java -XX:AOTCache=$scratch/knaller-defaults.aot -cp $cli_cp dev.knaller.cli.Main version"
}

# Starts $2 emulator processes as firecracker with sockets in data directory $1, ten at a time.
start_emulators() {
  local sockets=$1/knaller/sockets count=$2 batch
  mkdir -p "$sockets"
  for first in $(seq 1 10 "$count"); do
    batch=()
    for i in $(seq "$first" $((first + 9 < count ? first + 9 : count))); do
      "$emulator" --api-sock "$sockets/vm-$i.socket" --id "vm-$i" >/dev/null 2>&1 &
      echo $! >>"$pids"
      batch+=("$sockets/vm-$i.socket")
    done
    for socket in "${batch[@]}"; do
      for _ in $(seq 600); do [ -S "$socket" ] && break; sleep 0.1; done
      [ -S "$socket" ] || { echo "emulator for $socket did not bind within 60 s" >&2; exit 1; }
    done
  done
}

run_list() {
  echo "## list with 1, 10, 100 emulated VMs (rounds: ${LIST_ROUNDS:-11})"
  for n in 1 10 100; do start_emulators "$scratch/vms-$n" "$n"; done
  "$java" -cp "$bench_cp" dev.knaller.bench.BootAll "$scratch" \
    "$scratch"/vms-1/knaller/sockets "$scratch"/vms-10/knaller/sockets "$scratch"/vms-100/knaller/sockets
  local aot
  aot=$(knaller_aot)
  "$java" -cp "$bench_cp" dev.knaller.bench.RoundRobin --rounds "${LIST_ROUNDS:-11}" \
    --baseline list-1-vm \
    "list-1-vm=XDG_DATA_HOME=$scratch/vms-1 $java $flags -XX:AOTCache=$aot -cp $cli_cp dev.knaller.cli.Main list" \
    "list-10-vms=XDG_DATA_HOME=$scratch/vms-10 $java $flags -XX:AOTCache=$aot -cp $cli_cp dev.knaller.cli.Main list" \
    "list-100-vms=XDG_DATA_HOME=$scratch/vms-100 $java $flags -XX:AOTCache=$aot -cp $cli_cp dev.knaller.cli.Main list" \
    "list-json-1-vm=XDG_DATA_HOME=$scratch/vms-1 $java $flags -XX:AOTCache=$aot -cp $cli_cp dev.knaller.cli.Main list --json" \
    "list-0-vms=XDG_DATA_HOME=$scratch/empty-list $java $flags -XX:AOTCache=$aot -cp $cli_cp dev.knaller.cli.Main list"
  echo "In one JVM (library list(), no JVM start):"
  "$java" -cp "$bench_cp" dev.knaller.bench.ListTimer "${LIST_ROUNDS:-11}" \
    "$scratch/vms-1/knaller" "$scratch/vms-10/knaller" "$scratch/vms-100/knaller"
}

run_boot() {
  echo "## run() to InstanceStart (rounds: ${BOOT_ROUNDS:-11})"
  if [ "$(id -u)" = 0 ]; then
    echo "skipped: pasta refuses root; run as a regular user, e.g. dev/as-user knaller-benchmarks/run.sh boot"
    return
  fi
  "$java" -cp "$bench_cp" dev.knaller.bench.BootTimer "${BOOT_ROUNDS:-11}" "$emulator"
}

build
machine
case $what in
  jmh) run_jmh ;;
  cold) run_cold ;;
  list) run_list ;;
  boot) run_boot ;;
  all) run_jmh; run_cold; run_list; run_boot ;;
  *) echo "usage: $0 [jmh|cold|list|boot|all]" >&2; exit 2 ;;
esac
