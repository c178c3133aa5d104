#!/bin/sh
# check-po.sh: every translatable string in the sources is in po/trappa.pot
# and translated, not fuzzy, in every language of po/LINGUAS; every source
# file with translatable strings is listed in po/POTFILES.in.
#
# Usage: check-po.sh SOURCE-ROOT XGETTEXT-ARG...
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

root=$1
shift
po="$root/po"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

fail () { echo "FAIL: $*" >&2; status=1; }

# 1. Files that hold strings for translators but are not listed.
listed="$tmp/listed"
grep -v -e '^#' -e '^[[:space:]]*$' "$po/POTFILES.in" | sort -u >"$listed"
while read -r f; do
  [ -f "$root/$f" ] || fail "po/POTFILES.in lists $f, which does not exist"
done <"$listed"
(cd "$root" && grep -rlE -e '(^|[^A-Za-z0-9_])(N|C|NC)?_ ?\(' -e 'translatable="yes"' \
   --include='*.c' --include='*.h' --include='*.ui' src ui 2>/dev/null || true) | sort -u >"$tmp/found"
for f in $(comm -23 "$tmp/found" "$listed"); do
  fail "$f has translatable strings but is not in po/POTFILES.in"
done

# 2. A fresh template from the sources, as `ninja trappa-pot` makes it.
(cd "$root" && xgettext "$@" --package-name=trappa -f po/POTFILES.in -D . -o "$tmp/fresh.pot") 2>"$tmp/xgettext.log" ||
  { cat "$tmp/xgettext.log" >&2; echo "FAIL: xgettext could not read the sources" >&2; exit 1; }
# A warning means a string translators get differs from the one the program
# looks up, e.g. "%" G_GINT64_FORMAT cut off at the macro (use PRId64).
if grep -q 'warning' "$tmp/xgettext.log"; then
  sed 's/^/  /' "$tmp/xgettext.log" >&2
  fail "xgettext warns about strings in the sources"
fi
[ -f "$tmp/fresh.pot" ] || { echo "FAIL: xgettext found no strings" >&2; exit 1; }
msgcmp --use-untranslated "$po/trappa.pot" "$tmp/fresh.pot" >"$tmp/pot.log" 2>&1 ||
  { grep -v 'warning: this message is not used' "$tmp/pot.log" | head -n 20 | sed 's/^/  /' >&2; fail "po/trappa.pot is missing strings from the sources: run 'ninja -C BUILDDIR trappa-pot trappa-update-po'"; }

# 3. Each language: valid, complete against the fresh template, nothing fuzzy.
for lang in $(grep -v '^#' "$po/LINGUAS"); do
  file="$po/$lang.po"
  [ -f "$file" ] || { fail "po/LINGUAS lists $lang but $lang.po is missing"; continue; }
  if ! msgfmt --check --statistics -o /dev/null "$file" 2>"$tmp/stats"; then
    sed 's/^/  /' "$tmp/stats" >&2
    fail "$lang.po does not compile"
    continue
  fi
  if grep -qE 'fuzzy|untranslated' "$tmp/stats"; then
    fail "$lang.po is not complete: $(cat "$tmp/stats")"
  fi
  if ! msgcmp "$file" "$tmp/fresh.pot" >"$tmp/cmp.log" 2>&1; then
    grep -v 'warning: this message is not used' "$tmp/cmp.log" | head -n 20 | sed 's/^/  /' >&2
    fail "$lang.po lacks translations of strings in the sources"
  fi
  # A mnemonic (_Open, Save _As…) must survive translation, or the menu
  # item can no longer be reached with Alt and a letter.
  lost=$(msggrep -K -E -e '(^|[^[:alnum:]])_[[:alnum:]]' "$file" | msggrep --no-wrap -v -T -e '_' |
         grep '^msgid ' | grep -vc '^msgid ""$' || true)
  [ "$lost" -eq 0 ] || fail "$lang.po drops the mnemonic (_) of $lost strings"
  # After a merge with the fresh template (as `ninja trappa-update-po` does),
  # nothing may be left untranslated or fuzzy; msgattrib keeps the header.
  msgmerge --quiet -o "$tmp/$lang.po" "$file" "$tmp/fresh.pot"
  for what in untranslated only-fuzzy; do
    n=$(msgattrib --"$what" --no-obsolete "$tmp/$lang.po" | grep -c '^msgid ' || true)
    [ "$n" -le 1 ] || fail "$lang.po has $((n - 1)) ${what#only-} strings after msgmerge"
  done
  [ $status -ne 0 ] || echo "ok: $lang $(cat "$tmp/stats")"
done

# 4. The supplement of libadwaita's own strings: complete, nothing fuzzy.
for file in "$po"/libadwaita/*.po; do
  msgfmt --check --statistics -o /dev/null "$file" 2>"$tmp/stats" ||
    { sed 's/^/  /' "$tmp/stats" >&2; fail "$file does not compile"; continue; }
  if grep -qE 'fuzzy|untranslated' "$tmp/stats"; then
    fail "$file is not complete: $(cat "$tmp/stats")"
  fi
done
exit $status
