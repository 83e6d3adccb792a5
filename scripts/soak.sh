#!/usr/bin/env bash
# Soak test (issue 15; not part of CI or test.sh): memory must stay flat however long a run is.
#  1. JVM: `scratchnet.jar train` of --jvm-steps steps (default 10^8) at batch 1 on a small
#     model, its resident set size (VmRSS) and steps/s sampled every --sample seconds. The heap
#     is capped (-Xmx64m) so RSS shows what is kept, not eden pages touched for the first time;
#     a leak would end in OutOfMemoryError. The GC log (heap after each collection) is kept.
#  2. Browser (headless Chromium, the site served by the project's server with netlify.toml's
#     headers): the playground at full speed for --minutes, then the labs page cycling every lab
#     for --lab-minutes (--lab-seconds each, default 20), sampling JS heap (after a GC), WASM
#     linear memory, steps/s and the loss history's length (scratchnet.e2e.SoakBrowserTest, run
#     through Maven's failsafe; it fails if the heap grows after warm-up).
# Samples go to target/soak/jvm.csv and target/soak/browser.csv.
#
# usage: scripts/soak.sh [--minutes 30] [--lab-minutes M] [--jvm-steps 100000000]
#                        [--sample 60] [--lab-seconds 20] [--skip-jvm] [--skip-browser]
set -euo pipefail
cd "$(dirname "$0")/.."

minutes=30
lab_minutes=""
jvm_steps=100000000
sample=60
lab_seconds=20
jvm=1
browser=1
while [ $# -gt 0 ]; do
    case "$1" in
        --minutes) minutes="$2"; shift 2 ;;
        --lab-minutes) lab_minutes="$2"; shift 2 ;;
        --jvm-steps) jvm_steps="$2"; shift 2 ;;
        --sample) sample="$2"; shift 2 ;;
        --lab-seconds) lab_seconds="$2"; shift 2 ;;
        --skip-jvm) jvm=0; shift ;;
        --skip-browser) browser=0; shift ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "soak.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
lab_minutes="${lab_minutes:-$minutes}"
mvn_cmd=(mvn)
command -v mvn >/dev/null 2>&1 || mvn_cmd=(./mvnw)
out=target/soak
mkdir -p "$out"

if [ "$jvm" = 1 ]; then
    [ -f target/scratchnet.jar ] || "${mvn_cmd[@]}" -B -q package -DskipTests
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    # 256 rows of y = sin(3 x1) + x2 on a 2-16-16-1 tanh network.
    awk 'BEGIN { srand(15); print "x1,x2,y";
        for (i = 0; i < 256; i++) { a = 2 * rand() - 1; b = 2 * rand() - 1;
            printf "%.6f,%.6f,%.6f\n", a, b, sin(3 * a) + b } }' > "$work/data.csv"
    java -jar target/scratchnet.jar init --arch 2,16,16,1 --activation tanh --loss mse \
        --out "$work/model.json" > /dev/null
    java -Xmx64m -Xlog:gc:file="$out/jvm-gc.log" -jar target/scratchnet.jar train --model "$work/model.json" --data "$work/data.csv" \
        --lr 0.01 --batch 1 --steps "$jvm_steps" --out "$work/trained.json" > "$work/train.log" &
    pid=$!
    # steps: from the last progress line (one per tenth of the run); steps/s: average so far.
    echo "seconds,rssMB,steps,stepsPerSecond" | tee "$out/jvm.csv"
    start=$(date +%s)
    steps=0
    while kill -0 "$pid" 2>/dev/null; do
        sleep "$sample"
        rss=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
        [ -n "$rss" ] || break
        now=$(date +%s)
        line=$(tail -n 1 "$work/train.log" | sed -n 's|^step \([0-9]*\)/.*|\1|p')
        steps="${line:-$steps}"
        echo "$((now - start)),$((rss / 1024)),$steps,$((steps / (now - start)))" \
            | tee -a "$out/jvm.csv"
    done
    wait "$pid"
    tail -n 1 "$work/train.log"
    echo "heap after the last collections:"
    grep Pause "$out/jvm-gc.log" | tail -n 3 || echo "(no collection)"
fi

if [ "$browser" = 1 ]; then
    "${mvn_cmd[@]}" -B -q verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
        -Dit.test=SoakBrowserTest -Dsoak.minutes="$minutes" -Dsoak.labMinutes="$lab_minutes" \
        -Dsoak.sampleSeconds="$sample" -Dsoak.labSeconds="$lab_seconds"
    cat "$out/browser.csv"
fi
