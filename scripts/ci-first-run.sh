#!/usr/bin/env bash
# What a newcomer runs on a clean clone before anything is built: the main job, then the UI preview until its page
# answers. Run by .ci/run before its own build, so a first-run hang (a lock, a missing build) fails CI.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -e .twenty/output ]; then
  echo "ci-first-run: .twenty/output exists; this check must run before anything is built" >&2
  exit 1
fi

timeout 600 npm start -- --once

log=$(mktemp)
npm run -s ui:preview -- --port 0 >"$log" 2>&1 &
preview=$!
trap 'kill "$preview" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 300); do
  url=$(sed -n 's/^UI preview: *\(http[^ ]*\)$/\1/p' "$log" | head -n 1)
  if [ -n "$url" ] && node -e "fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))" "$url"; then
    echo "ci-first-run: the UI preview answered at $url"
    exit 0
  fi
  if ! kill -0 "$preview" 2>/dev/null; then
    cat "$log" >&2
    echo "ci-first-run: npm run ui:preview exited before its page answered" >&2
    exit 1
  fi
  sleep 1
done
cat "$log" >&2
echo "ci-first-run: the UI preview did not answer within 300 s" >&2
exit 1
