#!/bin/sh
# check-install.sh: `meson install` into a DESTDIR puts every file where the
# desktop looks for it, and the installed files agree with each other (the
# desktop file's Exec, Icon and MimeType; the metainfo's launchable; the MIME
# type's icon; the compiled translations).
#
# Usage: check-install.sh BUILD-ROOT SOURCE-ROOT BINDIR DATADIR LOCALEDIR APP-ID
# (BINDIR, DATADIR and LOCALEDIR as the absolute paths they install to)
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

build=$1 source=$2 bindir=$3 datadir=$4 localedir=$5 app_id=$6
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail () { echo "FAIL: $*" >&2; status=1; }

dest="$tmp/dest"
meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >"$tmp/install.log" 2>&1 ||
  { cat "$tmp/install.log" >&2; echo "FAIL: meson install failed" >&2; exit 1; }

bin="$dest$bindir"
share="$dest$datadir"
icons="$share/icons/hicolor"
desktop="$share/applications/$app_id.desktop"
metainfo="$share/metainfo/$app_id.metainfo.xml"
mime="$share/mime/packages/$app_id.xml"

need () {
  for f in "$@"; do [ -e "$f" ] || fail "not installed: ${f#"$dest"}"; done
}
need_some () {
  # $1 = a description, the rest = a glob that must match at least one file
  what=$1; shift
  [ -e "$1" ] || fail "not installed: $what"
}

need "$bin/trappa" "$desktop" "$metainfo" "$mime" \
     "$share/glib-2.0/schemas/$app_id.gschema.xml" \
     "$icons/scalable/apps/$app_id.svg" \
     "$icons/symbolic/apps/$app_id-symbolic.svg"
for lang in $(grep -v '^#' "$source/po/LINGUAS"); do
  need "$dest$localedir/$lang/LC_MESSAGES/trappa.mo" \
       "$share/trappa/locale/$lang/LC_MESSAGES/libadwaita.mo"
done
need_some "the plan file schema in share/trappa" "$share"/trappa/*.rng
need_some "example plans in share/trappa/examples" "$share"/trappa/examples/*.trappa
[ $status -eq 0 ] || exit $status

[ -x "$bin/trappa" ] || fail "bin/trappa is not executable"

# The desktop file: valid, translated, and pointing at what was installed.
desktop-file-validate "$desktop" || fail "the installed desktop file is not valid"
for lang in nn nb; do
  grep -q "^Name\[$lang\]=" "$desktop" || fail "the desktop file has no Name[$lang]"
  grep -q "^Comment\[$lang\]=" "$desktop" || fail "the desktop file has no Comment[$lang]"
  grep -q "xml:lang=\"$lang\"" "$metainfo" || fail "the metainfo has no $lang text"
  grep -q "xml:lang=\"$lang\"" "$mime" || fail "the MIME type has no $lang comment"
done
exec_bin=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ -x "$bin/$exec_bin" ] || fail "Exec=$exec_bin is not in the installed bin folder"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -e "$icons/scalable/apps/$icon.svg" ] || fail "Icon=$icon has no icon in hicolor"

grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
  fail "the metainfo does not launch $app_id.desktop"

# Every MIME type the desktop file claims is defined by the installed
# package, with an icon that is installed too.
mkdir -p "$tmp/mime/packages"
cp "$mime" "$tmp/mime/packages/"
XDG_DATA_DIRS="$tmp" update-mime-database "$tmp/mime" >/dev/null || fail "update-mime-database rejected the installed package"
for type in $(sed -n 's/^MimeType=//p' "$desktop" | tr ';' ' '); do
  grep -q "^$type\$" "$tmp/mime/types" || fail "MimeType $type is not defined by $app_id.xml"
  mime_icon=$(sed -n "s|^$type:||p" "$tmp/mime/icons")
  [ -e "$icons/scalable/mimetypes/$mime_icon.svg" ] || fail "the icon of $type ($mime_icon) is not installed"
done

glib-compile-schemas --strict --targetdir "$tmp" "$share/glib-2.0/schemas" ||
  fail "the installed schema does not compile"

[ $status -ne 0 ] || echo "ok: $(find "$dest" -type f | wc -l) files installed where the desktop expects them"
exit $status
