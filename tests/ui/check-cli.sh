#!/bin/sh
# check-cli.sh: `trappa --validate` runs with no display at all, prints
# "ok" or each problem with file and line, and says so in its exit status;
# it never loads GTK, and without a command it starts the window program.
#
# Usage: check-cli.sh TRAPPA SOURCE-ROOT
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

trappa=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail () { echo "FAIL: $*" >&2; status=1; }

unset DISPLAY WAYLAND_DISPLAY

out=$("$trappa" --validate "$root"/data/examples/*.trappa 2>&1); rc=$?
[ $rc -eq 0 ] || fail "the examples: exit status $rc, expected 0: $out"
for f in "$root"/data/examples/*.trappa; do
  echo "$out" | grep -qxF "$f: ok" || fail "no '$f: ok' in: $out"
done

printf '<?xml version="1.0"?>\n<plan xmlns="https://trappa.no/ns/plan/1">\n<oops' >"$tmp/broken.trappa"
out=$("$trappa" --validate "$root/data/examples/alver.trappa" "$tmp/broken.trappa" 2>&1); rc=$?
[ $rc -eq 1 ] || fail "a broken file: exit status $rc, expected 1: $out"
echo "$out" | grep -q "^$tmp/broken.trappa:3: " || fail "no '$tmp/broken.trappa:3: …' in: $out"
echo "$out" | grep -qxF "$root/data/examples/alver.trappa: ok" || fail "the good file is not reported ok: $out"

out=$("$trappa" --validate 2>&1); rc=$?
[ $rc -ne 0 ] || fail "--validate without files: exit status 0"
[ -n "$out" ] || fail "--validate without files says nothing"

# The command line never loads GTK (issue 10: it is several times faster
# to start); the same check sees GLib loaded, so it can tell.
loaded=$(LD_DEBUG=libs "$trappa" --validate "$root/data/examples/alver.trappa" 2>&1 | grep 'calling init:')
echo "$loaded" | grep -q 'libglib-2\.0' || fail "LD_DEBUG shows no libraries: $loaded"
echo "$loaded" | grep -q 'libgtk-4' && fail "--validate loads GTK: $loaded"

# Without a command, trappa starts the window program (which here finds
# no display).
out=$("$trappa" "$root/data/examples/alver.trappa" 2>&1); rc=$?
[ $rc -ne 0 ] || fail "a window without a display: exit status 0"
echo "$out" | grep -q "cannot open display" || fail "the window program did not start: $out"

[ $status -ne 0 ] || echo "ok: trappa --validate without a display"
exit $status
