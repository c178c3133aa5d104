#!/bin/sh
# check-single-instance.sh: one Trappa per user, end to end. On a private
# session bus (and the display of run-with-display), `trappa alver.trappa`
# starts; a second `trappa baerum.trappa` hands its file to it and ends;
# the first then has two windows (each exported on the bus); a third
# `trappa alver.trappa` brings its window forward instead of a third.
#
# Usage: run-with-display check-single-instance.sh TRAPPA SOURCE-ROOT
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

if [ "${1:-}" != "--on-bus" ]; then
  if ! command -v dbus-run-session >/dev/null 2>&1; then
    echo "check-single-instance: dbus-run-session is missing (Debian package dbus)" >&2
    exit 1
  fi
  exec dbus-run-session -- "$0" --on-bus "$@"
fi
trappa=$2
examples=$3/data/examples
app=no.trappa.Trappa
status=0
fail () { echo "FAIL: $*" >&2; status=1; }

windows () {
  gdbus introspect --session --dest $app --object-path /no/trappa/Trappa/window 2>/dev/null |
    grep -c 'node [0-9]'
}

# Waits up to 20 s for the first Trappa to have $1 windows.
wait_windows () {
  i=0
  while [ "$(windows)" != "$1" ] && [ $i -lt 100 ]; do
    sleep 0.2
    i=$((i + 1))
  done
  [ "$(windows)" = "$1" ]
}

"$trappa" "$examples/alver.trappa" &
first=$!
trap 'kill $first 2>/dev/null' EXIT
gdbus wait --session --timeout 30 $app || fail "the first Trappa never took the name $app"
wait_windows 1 || fail "the first Trappa has $(windows) windows, expected 1"

# The second ends at once, its file opened by the first.
timeout 30 "$trappa" "$examples/baerum.trappa"; rc=$?
[ $rc -eq 0 ] || fail "the second trappa: exit status $rc, expected 0"
kill -0 $first 2>/dev/null || fail "the first Trappa is gone"
wait_windows 2 || fail "after a second trappa FILE: $(windows) windows, expected 2"

# The same file again: its window comes forward, no third.
timeout 30 "$trappa" "$examples/alver.trappa"; rc=$?
[ $rc -eq 0 ] || fail "the third trappa: exit status $rc, expected 0"
sleep 1
[ "$(windows)" = 2 ] || fail "after opening alver.trappa again: $(windows) windows, expected 2"

[ $status -eq 0 ] && echo "ok: a second trappa FILE opens in the running Trappa"
exit $status
