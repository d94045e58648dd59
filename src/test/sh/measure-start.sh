#!/usr/bin/env bash
# How long the installed app takes to put its window on screen, with and without the AppCDS archive of
# its classes: the median of N launches each way, taken alternately (side by side, so a busy machine
# slows both alike). Time runs from the launch of /opt/deepforward/bin/deepforward until xdotool sees
# the window (polled every 20 ms) on a virtual screen with a window manager (Xvfb + openbox).
#
#   sudo src/test/sh/measure-start.sh            # 5 launches each way
#   N=9 sudo src/test/sh/measure-start.sh
#
# The archive is $APP/lib/app/deepforward.jsa, which the launcher's options name
# (-XX:SharedArchiveFile=$APPDIR/deepforward.jsa; a missing file is silently ignored). If it is not
# there, one training launch makes it (-XX:ArchiveClassesAtExit instead of -XX:SharedArchiveFile in the
# launcher's .cfg for that launch only; the window is closed once it is up). JDK 17 refuses an archive
# made at another path, so it is made where the app is installed. Needs root (writes under /opt), Xvfb,
# openbox, xdotool.
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

# One launch: prints the milliseconds until the window is seen, then closes the app.
launch() {
    rm -rf "$home"/df
    local t0 t1 wid="" pid
    t0=$(date +%s%N)
    # A first run each time (settings in a fresh folder: the welcome card shows). The launcher takes no
    # JVM options and Java's user.home is not $HOME: JAVA_TOOL_OPTIONS is read by the JVM itself.
    (cd / && JAVA_TOOL_OPTIONS="-Ddeepforward.home=$home/df" DISPLAY=$disp exec "$launcher" >/dev/null 2>&1) & pid=$!
    for _ in $(seq 1 3000); do
        wid=$(DISPLAY=$disp xdotool search --onlyvisible --name 'DeepForward' 2>/dev/null | head -n 1)
        [ -n "$wid" ] && break
        kill -0 $pid 2>/dev/null || break # it did not start
        sleep 0.02
    done
    t1=$(date +%s%N)
    [ -n "$wid" ] || { echo "no window" >&2; kill $pid; return 1; }
    sleep "${SETTLE:-1}"
    DISPLAY=$disp xdotool windowclose "$wid" 2>/dev/null || DISPLAY=$disp xdotool key --window "$wid" ctrl+q
    for _ in $(seq 1 200); do kill -0 $pid 2>/dev/null || break; sleep 0.05; done
    kill $pid 2>/dev/null; wait $pid 2>/dev/null
    echo $(( (t1 - t0) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

if [ ! -f "$jsa" ]; then
    echo "making $jsa (one training launch)"
    cp "$cfg" "$cfg.orig"
    # the same file cannot be read and written: the launch writes it instead of reading it
    sed 's|-XX:SharedArchiveFile=|-XX:ArchiveClassesAtExit=|' "$cfg.orig" > "$cfg"
    SETTLE=6 launch >/dev/null
    mv "$cfg.orig" "$cfg"
    [ -f "$jsa" ] || { echo "no archive was written" >&2; exit 1; }
fi
ls -l "$jsa"

launch >/dev/null # a first launch warms the disk cache for both
with=(); without=()
for i in $(seq 1 "$N"); do
    with+=("$(launch)")
    mv "$jsa" "$jsa.off"
    without+=("$(launch)")
    mv "$jsa.off" "$jsa"
done
echo "with AppCDS archive:    ${with[*]} ms; median $(printf '%s\n' "${with[@]}" | median) ms"
echo "without AppCDS archive: ${without[*]} ms; median $(printf '%s\n' "${without[@]}" | median) ms"
