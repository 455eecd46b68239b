#!/usr/bin/env bash
# Tools the tests use from Debian: cmark-gfm (GitHub's Markdown parser, the
# reference for checkbox counts) and chromium (renders the reports and their
# Mermaid charts). Installs what is missing, as root or through sudo.
set -euo pipefail
missing=()
command -v cmark-gfm >/dev/null 2>&1 || missing+=(cmark-gfm)
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "planmark tests need: ${missing[*]} (Debian/Ubuntu: apt-get install ${missing[*]}); install them and rerun." >&2
  exit 1
fi
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
echo "Installing ${missing[*]} (Debian packages) for the tests…" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
