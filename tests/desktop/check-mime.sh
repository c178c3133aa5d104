#!/bin/sh
# check-mime.sh: the plan file's MIME type is well-formed, compiles with
# update-mime-database, and makes GIO recognise a plan both by its extension
# and, without one, by its root element's namespace.
#
# Usage: check-mime.sh MIME-XML NAMESPACE
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

mime_xml=$1
namespace=$2
type=application/x-trappa-plan

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail () { echo "FAIL: $*" >&2; exit 1; }

xmllint --noout "$mime_xml"

mkdir -p "$tmp/mime/packages" "$tmp/home"
cp "$mime_xml" "$tmp/mime/packages/"
# With $tmp on the search path it prints nothing unless the package has a
# mistake; most mistakes are only warnings, so any output fails.
XDG_DATA_DIRS="$tmp" update-mime-database "$tmp/mime" >"$tmp/update.log" 2>&1 || true
if [ -s "$tmp/update.log" ] || [ ! -f "$tmp/mime/mime.cache" ]; then
  cat "$tmp/update.log" >&2
  fail "update-mime-database did not take $mime_xml cleanly"
fi

grep -qx "50:$type:\*\.trappa" "$tmp/mime/globs2" || fail "no *.trappa glob in globs2"
grep -qx "$namespace plan $type" "$tmp/mime/XMLnamespaces" || fail "no root-XML rule for $namespace"
grep -q "^$type:no\.trappa\.Trappa-" "$tmp/mime/icons" || fail "the MIME type has no icon of its own"
grep -qx "$type application/xml" "$tmp/mime/subclasses" || fail "not a subclass of application/xml"

# What a file manager sees: GIO with only this database and the system's.
printf '<?xml version="1.0" encoding="UTF-8"?>\n<plan xmlns="%s" version="1.0">\n</plan>\n' "$namespace" >"$tmp/plan"
cp "$tmp/plan" "$tmp/Alver.trappa"
printf '<?xml version="1.0" encoding="UTF-8"?>\n<notes/>\n' >"$tmp/notes"

content_type () {
  XDG_DATA_HOME="$tmp/home" XDG_DATA_DIRS="$tmp:/usr/share" \
    gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'
}

for f in Alver.trappa plan; do
  got=$(content_type "$tmp/$f")
  [ "$got" = "$type" ] || fail "$f is seen as '$got', not $type"
done
got=$(content_type "$tmp/notes")
[ "$got" != "$type" ] || fail "any XML file is taken for a plan"
echo "ok: $type by glob, by namespace, and not for other XML"
