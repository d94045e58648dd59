#!/usr/bin/env bash
# The window's frame rate while a comparison trains flat out: the real workbench under Xvfb + openbox,
# CompareDemo (its javadoc lists the options) with two variants, speed slider at its right end, FX pulses
# and training steps counted after a warm-up, each thread's CPU share, how long a task handed to the FX
# thread waits. Not a test (no timing in mvn verify): it prints figures. Run from the project folder after
# `mvn package -DskipTests` (which also compiles the test classes); needs xvfb and openbox.
#
#   src/test/sh/measure-compare.sh [screen WxH] [seconds] [CompareDemo options...]
#   src/test/sh/measure-compare.sh 1280x800 20
#   src/test/sh/measure-compare.sh 1280x800 20 --variants 4 --layers 6
#
# On a machine of N cores the window keeps one for itself: the variants train on N − 1 threads
# (TrainingPool; on 2 cores, one). JAVA_OPTS="-Ddeepforward.trainingThreads=2" overrides that.
set -u
size=${1:-1280x800}; seconds=${2:-20}; shift 2 2>/dev/null
[ -d target/test-classes ] && [ -d target/lib ] || { echo "no target/test-classes or target/lib: mvn package -DskipTests first" >&2; exit 2; }
for t in Xvfb openbox; do command -v $t >/dev/null || { echo "missing $t" >&2; exit 2; }; done
d=$(mktemp -d); disp=":$((100 + RANDOM % 100))"
Xvfb "$disp" -screen 0 "${size}x24" >/dev/null 2>&1 & xp=$!
sleep 1; DISPLAY=$disp openbox >/dev/null 2>&1 & op=$!; sleep 1
echo "screen $size; load at the start $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
DISPLAY=$disp java -Ddeepforward.home="$d/home" ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:target/lib/*" \
    dev.deepforward.ui.compare.CompareDemo --full-speed --warmup "${WARMUP:-15}" --measure "$seconds" "$@" \
    2>"$d/err.log" | grep -E '^(UI|  )'
echo "load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
kill $op $xp 2>/dev/null; wait 2>/dev/null; rm -rf "$d"
