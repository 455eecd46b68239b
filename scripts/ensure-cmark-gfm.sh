#!/usr/bin/env bash
# The checkbox tests compare planmark with Debian's cmark-gfm, GitHub's own
# parser. Install it when missing (as root, or through sudo).
set -euo pipefail
command -v cmark-gfm >/dev/null 2>&1 && exit 0
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
if ! command -v apt-get >/dev/null 2>&1; then
  echo "planmark tests need cmark-gfm (Debian/Ubuntu: apt-get install cmark-gfm); install it and rerun." >&2
  exit 1
fi
echo "Installing cmark-gfm (Debian package) for the checkbox equivalence tests…" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq cmark-gfm >/dev/null
