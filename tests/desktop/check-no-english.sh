#!/bin/sh
# check-no-english.sh: no English left in a Norwegian user interface. Dumps
# every text the main window (all panes, menus, tooltips), Preferences and
# About show, once in English and once in LANG, and compares them one by
# one. A text that stays the same is English that missed translation, unless
# its translation really is the same ("Plan", "Status"): the entries of
# po/LANG.po whose msgstr equals their msgid.
#
# Usage: check-no-english.sh RUN-WITH-DISPLAY DUMP-UI-TEXTS SOURCE-ROOT LANG
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

run=$1 dump=$2 source=$3 lang=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# LANGUAGE is ignored in the C locale, hence C.UTF-8.
env -u LANGUAGE LC_ALL=C.UTF-8 "$run" "$dump" >"$tmp/en" 2>"$tmp/en.log" ||
  { cat "$tmp/en.log" >&2; echo "FAIL: the English run failed" >&2; exit 1; }
LANGUAGE=$lang LC_ALL=C.UTF-8 "$run" "$dump" >"$tmp/no" 2>"$tmp/no.log" ||
  { cat "$tmp/no.log" >&2; echo "FAIL: the $lang run failed" >&2; exit 1; }

en=$(wc -l <"$tmp/en")
[ "$en" -gt 100 ] || { echo "FAIL: only $en texts found in English" >&2; exit 1; }

# Texts whose translation is the same ("Plan", "Gap %<PRId64>", "_Scenario"
# shown as "Scenario"), as patterns: a format directive stands for any text.
msgcat --no-wrap "$source/po/$lang.po" |
  awk '/^msgid "/ { id = substr($0, 8, length($0) - 8); next }
       /^msgstr "/ { str = substr($0, 9, length($0) - 9); if (id == str && id != "") print id }' |
  sed -e 's/_\([[:alnum:]]\)/\1/' -e 's/[][\.*+?^$(){}|]/\\&/g' -e 's/%<[A-Za-z0-9]*>/.*/g' -e "s/%[-0-9.']*[a-z]/.*/g" >"$tmp/same"
# Names (the About window's acknowledgements), web addresses, and key
# labels such as Ctrl+S, which are the same on a Norwegian keyboard.
cat "$(dirname "$0")/names-not-translated.txt" >>"$tmp/same"
printf '%s\n' 'https?://.*' '((Shift|Ctrl|Alt)\+)+.+' >>"$tmp/same"

# The texts both runs show in the same place (the About window lists its
# translators only when there are some, so the runs are aligned by diff).
diff --unchanged-line-format='%L' --old-line-format='' --new-line-format='' "$tmp/en" "$tmp/no" |
  grep '[A-Za-z][A-Za-z]' | sort -u >"$tmp/unchanged" || true
grep -vxE -f "$tmp/same" "$tmp/unchanged" >"$tmp/english" || true
if [ -s "$tmp/english" ]; then
  echo "FAIL: English left in $lang:" >&2
  sed 's/^/  /' "$tmp/english" >&2
  exit 1
fi
echo "ok: $en texts, none left in English in $lang"
