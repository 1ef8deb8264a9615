#!/usr/bin/env bash
# Debian packages the browser test needs (Chromium for playwright-core). Skipped when already present.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing and this user cannot apt-get install it; the browser test will be skipped" >&2
  fi
fi
