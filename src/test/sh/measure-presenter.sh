#!/usr/bin/env bash
# How long F5 takes to switch presenter mode on and off in the real window, and whether a frame between
# the two looks shows. Not a test (no timing in mvn verify): it prints figures. Run from the project folder
# after `mvn package -DskipTests` (which also compiles the test classes); needs xvfb and openbox
# (apt-get install -y xvfb openbox).
#
#   src/test/sh/measure-presenter.sh [screen WxH] [runs] [lesson file]
#   src/test/sh/measure-presenter.sh 1280x800 3 lessons/07-batch-normalization.json
#
# Prints, per switch, when the key was handled, the first pulse after it, and the pulse after which the
# window no longer changes ("settled"), with the number of intermediate pictures (PresenterSwitchProbe).
set -u
size=${1:-1280x800}; runs=${2:-3}; lesson=${3:-}
[ -d target/test-classes ] && [ -d target/lib ] || { echo "no target/test-classes or target/lib: mvn package -DskipTests first" >&2; exit 2; }
for t in Xvfb openbox; do command -v $t >/dev/null || { echo "missing $t" >&2; exit 2; }; done
d=$(mktemp -d); disp=":$((100 + RANDOM % 100))"
Xvfb "$disp" -screen 0 "${size}x24" >/dev/null 2>&1 & xp=$!
sleep 1; DISPLAY=$disp openbox >/dev/null 2>&1 & op=$!; sleep 1
DISPLAY=$disp java -Ddeepforward.home="$d/home" ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:target/lib/*" \
    dev.deepforward.ui.presenter.PresenterSwitchProbe --runs "$runs" ${lesson:+--lesson "$lesson"} 2>"$d/err.log" \
    | grep -E '^(enter|leave|  )'
echo "screen $size${lesson:+, lesson $lesson}; load $(cut -d' ' -f1-3 /proc/loadavg)"
kill $op $xp 2>/dev/null; wait 2>/dev/null; rm -rf "$d"
