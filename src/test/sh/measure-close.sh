#!/usr/bin/env bash
# How long the app takes to end after its window is closed while two variants train at full speed.
# Not a test (no timing in mvn verify): it prints figures. Run from the project folder after
# `mvn package -DskipTests`; needs xvfb, openbox, xdotool (apt-get install -y xvfb openbox xdotool).
#
#   src/test/sh/measure-close.sh [close|ctrl-q|presenter|dont-save] [runs] [seconds of training before closing]
#
# close:     the window manager's close (Alt+F4 through openbox, as the title bar's × does)
# ctrl-q:    File → Quit by its key
# presenter: F5 into presenter mode, then Ctrl+Q
# dont-save: an unsaved change (key 2 flips the activation; Space trains again), Ctrl+Q, then "Don't save"
#            in the prompt (Shift+Tab from the default Save, Space); the time counts from that answer
# Prints, per run, the milliseconds from the close key to the process's exit, and the process's CPU time.
set -u
how=${1:-close}; runs=${2:-3}; train=${3:-12}
jar=${JAR:-target/deepforward.jar}; [ -f "$jar" ] || { echo "no $jar: mvn package -DskipTests first" >&2; exit 2; }
for t in Xvfb openbox xdotool; do command -v $t >/dev/null || { echo "missing $t" >&2; exit 2; }; done
for run in $(seq 1 "$runs"); do
  d=$(mktemp -d); disp=":$((100 + RANDOM % 100))"
  Xvfb "$disp" -screen 0 1280x800x24 >/dev/null 2>&1 & xp=$!
  sleep 1; DISPLAY=$disp openbox >/dev/null 2>&1 & op=$!; sleep 1
  DISPLAY=$disp java -Ddeepforward.home="$d/home" -Ddeepforward.ui.compare=activation -Ddeepforward.ui.speed=full -Ddeepforward.ui.epochs=100000 \
      -Ddeepforward.ui.autoplay=true -jar "$jar" >"$d/app.log" 2>&1 & jp=$!
  wid=""
  for _ in $(seq 1 60); do sleep 1; wid=$(DISPLAY=$disp xdotool search --onlyvisible --name 'DeepForward' 2>/dev/null | head -n 1); [ -n "$wid" ] && break; done
  if [ -z "$wid" ]; then echo "run $run: no window; log:"; tail -n 5 "$d/app.log"
  else
    sleep "$train"
    DISPLAY=$disp xdotool windowactivate --sync "$wid" >/dev/null 2>&1
    if [ "$how" = presenter ]; then DISPLAY=$disp xdotool key F5; sleep 3; fi
    if [ "$how" = dont-save ]; then
      # The flip resets the run: Space trains it again (at full speed) before the quit.
      DISPLAY=$disp xdotool key 2; sleep 2; DISPLAY=$disp xdotool key space; sleep 5; DISPLAY=$disp xdotool key ctrl+q
      dlg=""
      for _ in $(seq 1 20); do sleep 0.5; dlg=$(DISPLAY=$disp xdotool search --onlyvisible --name 'Unsaved changes' 2>/dev/null | head -n 1); [ -n "$dlg" ] && break; done
      [ -n "$dlg" ] || echo "run $run: no unsaved-changes prompt"
      sleep 1; DISPLAY=$disp xdotool key shift+Tab; sleep 0.5
      [ -n "${SHOT:-}" ] && DISPLAY=$disp import -window root "$SHOT"
    fi
    cpu_before=$(awk '{print $14+$15}' /proc/$jp/stat 2>/dev/null)
    t0=$(date +%s%N)
    case "$how" in
      close) DISPLAY=$disp xdotool key alt+F4 ;;
      dont-save) DISPLAY=$disp xdotool key space ;;
      *) DISPLAY=$disp xdotool key ctrl+q ;;
    esac
    while kill -0 "$jp" 2>/dev/null && [ -e /proc/$jp/stat ] && [ "$(awk '{print $3}' /proc/$jp/stat)" != Z ]; do
      sleep 0.01
      [ $(( ($(date +%s%N) - t0) / 1000000 )) -gt 20000 ] && break
    done
    t1=$(date +%s%N)
    if kill -0 "$jp" 2>/dev/null && [ "$(awk '{print $3}' /proc/$jp/stat 2>/dev/null)" != Z ]; then
      echo "run $run ($how): still alive 20 s after the close"
    else
      echo "run $run ($how): exit $(( (t1 - t0) / 1000000 )) ms after the close (CPU before close: ${cpu_before:-?} ticks; load $(cut -d' ' -f1-3 /proc/loadavg))"
    fi
  fi
  kill -9 $jp 2>/dev/null; wait $jp 2>/dev/null; kill $op $xp 2>/dev/null; wait 2>/dev/null; rm -rf "$d"
done
