#!/bin/sh
# check-cli-merge.sh TRAPPA PLAN: --diff and --merge from the command line:
# exit statuses, the words of a difference, OUT written only without
# conflicts, and the plan files given never changed.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
trappa=$1
plan=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LANGUAGE=C LANG=C.UTF-8

fail () { echo "FAIL: $*" >&2; exit 1; }

cp "$plan" "$tmp/base.trappa"
sed 's|<operating-cost>4500000</operating-cost>|<operating-cost>1500000</operating-cost>|' "$plan" >"$tmp/theirs.trappa"
sed 's|<investment-cost>2500000</investment-cost>|<investment-cost>2500007</investment-cost>|' "$plan" >"$tmp/mine.trappa"
cmp -s "$tmp/mine.trappa" "$plan" && fail "the test's edit of mine changed nothing"

"$trappa" --diff "$tmp/base.trappa" "$tmp/base.trappa" >"$tmp/out" || fail "--diff of equal plans did not exit 0"
[ -s "$tmp/out" ] && fail "--diff of equal plans printed something"

status=0
"$trappa" --diff "$tmp/base.trappa" "$tmp/theirs.trappa" >"$tmp/raw" || status=$?
# Amounts are grouped with no-break spaces; plain spaces here.
sed 's/\xc2\xa0/ /g' "$tmp/raw" >"$tmp/out"
[ "$status" = 1 ] || fail "--diff of different plans exited $status, not 1"
grep -q '«Housing First-team»: operating cost 4 500 000 kr → 1 500 000 kr' "$tmp/out" ||
  fail "--diff did not name the change in words: $(cat "$tmp/out")"

"$trappa" --merge "$tmp/base.trappa" "$tmp/mine.trappa" "$tmp/theirs.trappa" --output "$tmp/out.trappa" ||
  fail "--merge without conflicts failed"
grep -q '<operating-cost>1500000</operating-cost>' "$tmp/out.trappa" || fail "their change is not in the merge"
grep -q '<investment-cost>2500007</investment-cost>' "$tmp/out.trappa" || fail "my change is not in the merge"
cmp -s "$tmp/base.trappa" "$plan" || fail "--merge changed BASE"

# A conflict: both changed the same field differently.
sed 's|<operating-cost>4500000</operating-cost>|<operating-cost>2000000</operating-cost>|' "$plan" >"$tmp/mine2.trappa"
status=0
"$trappa" --merge "$tmp/base.trappa" "$tmp/mine2.trappa" "$tmp/theirs.trappa" --output "$tmp/conflict.trappa" \
  >"$tmp/raw" 2>"$tmp/err" || status=$?
sed 's/\xc2\xa0/ /g' "$tmp/raw" >"$tmp/out"
[ "$status" = 1 ] || fail "--merge with a conflict exited $status, not 1"
[ -e "$tmp/conflict.trappa" ] && fail "--merge with a conflict wrote the output"
grep -q 'mine 2 000 000 kr, theirs 1 500 000 kr, before 4 500 000 kr' "$tmp/out" ||
  fail "the conflict is not listed: $(cat "$tmp/out")"

# Another plan is refused.
status=0
"$trappa" --merge "$tmp/base.trappa" "$tmp/mine.trappa" "$(dirname "$plan")/baerum.trappa" --output "$tmp/x.trappa" \
  2>"$tmp/err" || status=$?
[ "$status" = 2 ] || fail "--merge of another plan exited $status, not 2"
grep -q 'another plan' "$tmp/err" || fail "no clear message for another plan: $(cat "$tmp/err")"
echo ok
