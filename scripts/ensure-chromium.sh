#!/bin/sh
# Installs Debian's Chromium (and small fonts for the region's scripts: Thai, Khmer, Burmese, Chinese) when /usr/bin/chromium is missing,
# so `npm ci && npm test` on a fresh Debian CI machine can run the browser tests (tests/web/). Needs root and
# the Debian archive; runs non-interactively and refreshes the package lists only when apt cannot find chromium.
set -eu
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "ensure-chromium: /usr/bin/chromium is missing and this user is not root; install it with: sudo apt-get install -y chromium" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: /usr/bin/chromium is missing and apt-get is not available; install Chromium at /usr/bin/chromium" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! apt-cache show chromium >/dev/null 2>&1; then apt-get update -q; fi
apt-get install -y -q --no-install-recommends chromium fonts-tlwg-loma fonts-khmeros fonts-sil-padauk fonts-wqy-microhei fonts-dejavu-core >/dev/null \
  || { apt-get update -q && apt-get install -y -q --no-install-recommends chromium fonts-tlwg-loma fonts-khmeros fonts-sil-padauk fonts-wqy-microhei fonts-dejavu-core >/dev/null; }
echo "ensure-chromium: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
