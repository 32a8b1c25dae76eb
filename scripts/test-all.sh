#!/usr/bin/env bash
# Every test the project has, in the order a failure is cheapest to find. `npm test` runs this,
# and so does CI (.ci/run). Set-up and build failures stop the run at once; test steps all run,
# so one report shows every failure, then the run exits non-zero if any step failed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export NEXT_TELEMETRY_DISABLED=1
rm -rf reports && mkdir -p reports

failed_steps=()
step() { printf '\n==> %s\n' "$*"; }
# Runs a test step; a failure is recorded and the run goes on.
check() {
  local name=$1
  shift
  step "$name"
  if ! "$@"; then
    failed_steps+=("$name")
    printf '\n!! FAILED: %s\n' "$name"
  fi
}

step "System packages (Chromium, PostgreSQL, Java)"
bash scripts/ensure-system-deps.sh

step "Compile content (Contentlayer)"
npm run --silent content:build

check "Type check" npm run --silent typecheck
check "Lint" npm run --silent lint

if [ -z "${TEST_DATABASE_URL:-}" ]; then
  step "Start a throwaway PostgreSQL for the store tests"
  eval "$(bash scripts/start-postgres.sh)"
fi

check "Unit and integration tests (Vitest; SQLite, PostgreSQL, SMTP)" \
  npx vitest run --reporter=default --reporter=json --outputFile=reports/vitest.json

# Static pages take their canonical origin from SITE_URL at build time, per-request pages (/book,
# /search) at run time: build and serve the end-to-end site with the same origin.
export E2E_PORT=${E2E_PORT:-3100}
e2e_origin="http://127.0.0.1:${E2E_PORT}"

step "Production build (content check, Contentlayer, Next)"
SITE_URL=$e2e_origin npm run --silent build

check "End-to-end tests (Playwright + Chromium + axe)" \
  env SITE_URL="$e2e_origin" PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json
check "Cluster: two instances behind nginx, one PostgreSQL (test:cluster)" npm run --silent test:cluster

check "Valid HTML, internal links and anchors (Nu Html Checker)" npm run --silent check:html
check "Client JavaScript budget per route" npm run --silent check:js-budget
# Lighthouse scores main-thread time: run it before the editor tests start `next dev` and its compilers.
# A performance median under 95, any other score under 100 or a layout shift over 0.1 fails.
check "Lighthouse budgets (mobile, median of 5 runs)" \
  env LIGHTHOUSE_RUNS="${LIGHTHOUSE_RUNS:-5}" npm run --silent check:lighthouse

check "Web editor end-to-end tests (next dev + Keystatic)" \
  env PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright-editor.json npx playwright test -c playwright.dev.config.ts --reporter=list,json

step "Summary"
summary_ok=true
node scripts/test-summary.mjs reports/vitest.json reports/playwright.json reports/playwright-editor.json || summary_ok=false
if [ ${#failed_steps[@]} -gt 0 ]; then
  printf 'Failed steps:\n'
  printf '  - %s\n' "${failed_steps[@]}"
  exit 1
fi
$summary_ok
