#!/bin/sh
# bench-startup.sh — run the start-up benchmark in its own X server and D-Bus session.
#
# Copyright 2026 The Hearth developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   bench-startup.sh [bench-startup.py OPTIONS…]
#
# The environment of tests/support/gui-test-wrapper, with one difference: the
# X server paints its root window black (-br), so a window that has not drawn
# yet reads as black to the watcher instead of showing the root's pattern.
# Every application runs in this one server and session, as on a desktop.

set -eu

export GDK_BACKEND=x11
export GSK_RENDERER=cairo
export GSETTINGS_BACKEND=memory

here=$(dirname "$0")

exec xvfb-run -a -s "-screen 0 1280x800x24 -br -nolisten tcp" \
  dbus-run-session -- python3 "$here/bench-startup.py" "$@"
