#!/usr/bin/env bash
# How long the installed app takes to put its window on screen, with and without the AppCDS archive of
# its classes: the median of N launches each way, taken alternately (side by side, so a busy machine
# slows both alike). Time runs from the launch of /opt/deepforward/bin/deepforward until xdotool sees
# the window (polled every 20 ms) on a virtual screen with a window manager (Xvfb + openbox). The window
# comes up saying "Opening the workbench…" and the workbench then fills it: each launch also prints when
# the workbench's first frame was laid out, in ms after the JVM started (the app's start trace,
# -Ddeepforward.startTrace=true), and the CPU time the FX thread had used by then.
#
#   sudo src/test/sh/measure-start.sh            # 5 launches each way
#   N=9 sudo src/test/sh/measure-start.sh
#
# The archive is $APP/lib/app/deepforward.jsa, which the launcher's options name
# (-XX:SharedArchiveFile=$APPDIR/deepforward.jsa; a missing file is silently ignored). The .deb's postinst
# makes it (java -Xshare:dump from the class list recorded at packaging time); if it is not there, this
# script makes it the same way. JDK 17 refuses an archive made for another class path, so it is made
# where the app is installed. Needs root (writes under /opt), Xvfb, openbox, xdotool. Runs unattended
# and prints every launch, the medians and the load average before and after.
set -u
APP=${APP:-/opt/deepforward}
N=${N:-5}
launcher=$APP/bin/deepforward
cfg=$APP/lib/app/deepforward.cfg
jsa=$APP/lib/app/deepforward.jsa
for t in Xvfb openbox xdotool; do command -v $t >/dev/null || { echo "missing $t" >&2; exit 2; }; done
[ -x "$launcher" ] || { echo "no $launcher: install the .deb first" >&2; exit 2; }

disp=":$((250 + RANDOM % 40))"
Xvfb "$disp" -screen 0 1280x800x24 >/dev/null 2>&1 & xp=$!
sleep 1; DISPLAY=$disp openbox >/dev/null 2>&1 & op=$!; sleep 1
home=$(mktemp -d)
cleanup() { kill $op $xp 2>/dev/null; wait $op $xp 2>/dev/null; rm -rf "$home"; }
trap cleanup EXIT

# One launch: prints the milliseconds until the window is seen, then when the workbench's first frame
# was laid out (ms after JVM start) and the FX thread's CPU time by then, then closes the app.
launch() {
    rm -rf "$home"/df "$home"/trace
    local t0 t1 wid="" pid drawn cpu
    t0=$(date +%s%N)
    # A first run each time (settings in a fresh folder: the welcome card shows). The launcher takes no
    # JVM options and Java's user.home is not $HOME: JAVA_TOOL_OPTIONS is read by the JVM itself.
    (cd / && JAVA_TOOL_OPTIONS="-Ddeepforward.home=$home/df -Ddeepforward.startTrace=true" DISPLAY=$disp \
        exec "$launcher" >/dev/null 2>"$home"/trace) & pid=$!
    for _ in $(seq 1 3000); do
        wid=$(DISPLAY=$disp xdotool search --onlyvisible --name 'DeepForward' 2>/dev/null | head -n 1)
        [ -n "$wid" ] && break
        kill -0 $pid 2>/dev/null || break # it did not start
        sleep 0.02
    done
    t1=$(date +%s%N)
    [ -n "$wid" ] || { echo "no window" >&2; kill $pid; return 1; }
    for _ in $(seq 1 600); do grep -q "workbench's first frame" "$home"/trace && break; sleep 0.05; done
    sleep "${SETTLE:-1}"
    DISPLAY=$disp xdotool windowclose "$wid" 2>/dev/null || DISPLAY=$disp xdotool key --window "$wid" ctrl+q
    for _ in $(seq 1 200); do kill -0 $pid 2>/dev/null || break; sleep 0.05; done
    kill $pid 2>/dev/null; wait $pid 2>/dev/null
    drawn=$(sed -n "s/^\[start\] \([0-9]*\) ms workbench's first frame.*, \([0-9]*\) ms CPU)$/\1 \2/p" "$home"/trace)
    echo "$(( (t1 - t0) / 1000000 )) ${drawn:-? ?}"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "$(date -u '+%F %T') UTC, $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ ! -f "$jsa" ]; then
    echo "making $jsa from $APP/lib/app/deepforward.classlist (as the .deb's postinst does)"
    cp=$(sed -n "s|^app.classpath=\\\$APPDIR|$APP/lib/app|p" "$cfg" | paste -sd: -)
    "$APP"/lib/runtime/bin/java -Xshare:dump -Xmx1g -XX:SharedClassListFile="$APP/lib/app/deepforward.classlist" \
        -XX:SharedArchiveFile="$jsa" -cp "$cp" >/dev/null 2>&1
    [ -f "$jsa" ] || { echo "no archive was written" >&2; exit 1; }
fi
ls -l "$jsa"

launch >/dev/null # a first launch warms the disk cache for both
with=(); without=(); drawn_with=(); drawn_without=()
echo "launch  archive  window on screen (ms after launch)  workbench's first frame (ms after JVM start, FX-thread CPU ms)"
for i in $(seq 1 "$N"); do
    read -r w d c <<<"$(launch)"
    with+=("$w"); drawn_with+=("$d")
    echo "$i       with     $w    $d ($c CPU)"
    mv "$jsa" "$jsa.off"
    read -r w d c <<<"$(launch)"
    without+=("$w"); drawn_without+=("$d")
    echo "$i       without  $w    $d ($c CPU)"
    mv "$jsa.off" "$jsa"
done
echo "with AppCDS archive:    window ${with[*]} ms; median $(printf '%s\n' "${with[@]}" | median) ms;" \
    "workbench drawn median $(printf '%s\n' "${drawn_with[@]}" | median) ms after JVM start"
echo "without AppCDS archive: window ${without[*]} ms; median $(printf '%s\n' "${without[@]}" | median) ms;" \
    "workbench drawn median $(printf '%s\n' "${drawn_without[@]}" | median) ms after JVM start"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
