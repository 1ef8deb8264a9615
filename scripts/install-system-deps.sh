#!/usr/bin/env bash
# Debian packages the tests need: Chromium for playwright-core (browser tests), ffmpeg (ffprobe and ffmpeg) for the
# checks on the committed video tutorials and `npm run docs:videos`. Each is skipped when already present.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
{ command -v ffprobe >/dev/null 2>&1 && command -v ffmpeg >/dev/null 2>&1; } || missing+=(ffmpeg)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "${missing[*]} missing and this user cannot apt-get install them; the browser and video tests will be skipped" >&2
  fi
fi
