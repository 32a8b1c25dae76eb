#!/usr/bin/env bash
# Every test the project has, in the order a failure is cheapest to find. `npm test` runs this,
# and so does CI (.ci/run). Stops at the first failing step and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export NEXT_TELEMETRY_DISABLED=1
mkdir -p reports

step() { printf '\n==> %s\n' "$*"; }

step "System packages (Chromium, PostgreSQL)"
bash scripts/ensure-system-deps.sh

step "Compile content (Contentlayer)"
npm run --silent content:build

step "Type check"
npm run --silent typecheck

step "Lint"
npm run --silent lint

if [ -f scripts/start-postgres.sh ] && [ -z "${TEST_DATABASE_URL:-}" ]; then
  step "Start a throwaway PostgreSQL for the store tests"
  eval "$(bash scripts/start-postgres.sh)"
fi

step "Unit and integration tests (Vitest)"
npx vitest run --reporter=default --reporter=json --outputFile=reports/vitest.json

step "Production build (content check, Contentlayer, Next)"
npm run --silent build

step "End-to-end tests (Playwright + Chromium + axe)"
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json

step "Valid HTML, internal links and anchors (Nu Html Checker)"
npm run --silent check:html

step "Client JavaScript budget per route"
npm run --silent check:js-budget

step "Lighthouse budgets (mobile, median of 3 runs)"
npm run --silent check:lighthouse

step "Summary"
node scripts/test-summary.mjs reports/vitest.json reports/playwright.json
