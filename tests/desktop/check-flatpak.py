#!/usr/bin/env python3
# check-flatpak.py: the Flatpak manifest builds this app: the right id and
# command, a GNOME runtime with its SDK, the app's own module built with
# meson from this checkout, and the network, which live voting listens on.
#
# Usage: check-flatpak.py MANIFEST APP-ID
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import sys

manifest_path, app_id = sys.argv[1], sys.argv[2]
problems = []


def need(condition, message):
    if not condition:
        problems.append(message)


try:
    with open(manifest_path, encoding='utf-8') as f:
        manifest = json.load(f)
except (OSError, ValueError) as e:
    sys.exit(f'FAIL: {manifest_path} is not readable JSON: {e}')

need(manifest.get('id') == app_id, f'id is {manifest.get("id")!r}, not {app_id!r}')
need(manifest.get('command') == 'trappa', 'command is not trappa')
need(manifest.get('runtime') == 'org.gnome.Platform', 'runtime is not org.gnome.Platform')
need(manifest.get('sdk') == 'org.gnome.Sdk', 'sdk is not org.gnome.Sdk')
need(str(manifest.get('runtime-version', '')).isdigit(), 'runtime-version is not a GNOME release number')
finish = manifest.get('finish-args', [])
need('--share=network' in finish, 'no network, which live voting (phones in the room) needs')
need(any(a.startswith('--socket=wayland') for a in finish), 'no Wayland socket')

modules = manifest.get('modules', [])
app = modules[-1] if modules else {}
need(app.get('name') == 'trappa', 'the last module is not trappa')
need(app.get('buildsystem') == 'meson', 'trappa is not built with meson')
for source in app.get('sources', []):
    if source.get('type') == 'dir':
        root = os.path.normpath(os.path.join(os.path.dirname(manifest_path), source['path']))
        need(os.path.isfile(os.path.join(root, 'meson.build')) and
             os.path.isfile(os.path.join(root, 'data', app_id + '.desktop.in')),
             f'the dir source {source["path"]} is not this checkout')

for p in problems:
    print('FAIL:', p, file=sys.stderr)
if problems:
    sys.exit(1)
print(f'ok: {manifest_path}')
