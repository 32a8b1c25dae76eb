#!/usr/bin/env bash
# Every test the project has, in the order a failure is cheapest to find. `npm test` runs this,
# and so does CI (.ci/run). Set-up and build failures stop the run at once; test steps all run,
# so one report shows every failure, then the run exits non-zero if any step failed.
# Each step's duration is printed as it ends and again in a table before the summary.
# Whatever the run starts (the PostgreSQL cluster, servers) is stopped when it ends: on success,
# on failure and on Ctrl-C or SIGTERM. A cluster that was already running is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export NEXT_TELEMETRY_DISABLED=1
rm -rf reports && mkdir -p reports

failed_steps=()
timings=()
current_pid=""
gates_server_pid=""
editor_server_pid=""
editor_warm_pid=""
PGTEST_STARTED=0 # set to 1 by start-postgres.sh below when this run starts the cluster
run_started=$SECONDS

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  # A step still running (interrupted): its whole process group. SIGINT first, the signal on which
  # Playwright stops the web server it started (that server runs in a process group of its own; a
  # SIGTERM-ed runner left it listening), then SIGTERM for whatever is left.
  if [ -n "$current_pid" ] && kill -0 "$current_pid" 2>/dev/null; then
    kill -INT -- "-$current_pid" 2>/dev/null || true
    for _ in $(seq 20); do kill -0 "$current_pid" 2>/dev/null || break; sleep 0.5; done
    kill -TERM -- "-$current_pid" 2>/dev/null || true
    wait "$current_pid" 2>/dev/null || true
  fi
  stop_gates_server
  stop_editor_server
  if [ "${PGTEST_STARTED:-0}" = 1 ]; then
    printf '\n==> Stop the PostgreSQL cluster this run started\n'
    bash scripts/start-postgres.sh --stop || true
  fi
  exit "$rc"
}
# The one `next start` the three gates share (they would otherwise start one each).
stop_gates_server() {
  if [ -n "$gates_server_pid" ] && kill -0 "$gates_server_pid" 2>/dev/null; then
    kill -TERM -- "-$gates_server_pid" 2>/dev/null || true
    for _ in $(seq 20); do kill -0 "$gates_server_pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL -- "-$gates_server_pid" 2>/dev/null || true
    wait "$gates_server_pid" 2>/dev/null || true
  fi
  gates_server_pid=""
}
# The editor tests' `next dev` and its warm-up (started after the build, below). A stopped group
# (SIGSTOP while Lighthouse runs) is continued first, so it can act on SIGTERM.
stop_group() {
  local pid=$1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -CONT -- "-$pid" 2>/dev/null || true
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
stop_editor_server() {
  stop_group "$editor_warm_pid"
  stop_group "$editor_server_pid"
  editor_warm_pid=""
  editor_server_pid=""
}
# Pauses (STOP) or resumes (CONT) the editor's dev server and its warm-up, whole process groups.
signal_editor_groups() {
  local pid
  for pid in "$editor_server_pid" "$editor_warm_pid"; do
    [ -n "$pid" ] && kill -"$1" -- "-$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step() { printf '\n==> %s\n' "$*"; }
# Runs a command in a process group of its own and waits for it: the wait is interruptible, so a
# signal reaches cleanup() at once, which stops the group.
run_group() {
  setsid "$@" &
  current_pid=$!
  local rc=0
  wait "$current_pid" || rc=$?
  current_pid=""
  return "$rc"
}
record() { # name, seconds, outcome
  timings+=("$(printf '%6ss  %-6s %s' "$2" "$3" "$1")")
  printf -- '--- %s: %ss\n' "$1" "$2"
}
# A set-up or build step: a failure ends the run.
setup() {
  local name=$1 t0=$SECONDS
  shift
  step "$name"
  if ! run_group "$@"; then
    record "$name" $((SECONDS - t0)) failed
    printf '\n!! FAILED (stops the run): %s\n' "$name"
    exit 1
  fi
  record "$name" $((SECONDS - t0)) ok
}
# A test step: a failure is recorded and the run goes on.
check() {
  local name=$1 t0=$SECONDS
  shift
  step "$name"
  if run_group "$@"; then
    record "$name" $((SECONDS - t0)) ok
  else
    record "$name" $((SECONDS - t0)) failed
    failed_steps+=("$name")
    printf '\n!! FAILED: %s\n' "$name"
  fi
}

setup "System packages (Chromium, PostgreSQL, Java)" bash scripts/ensure-system-deps.sh
setup "Compile content (Contentlayer)" npm run --silent content:build

# Both single-threaded: side by side they use the two cores. The route types `next build` would
# generate come first (`next typegen`), so this step checks everything the build's own type check
# does, and the build skips that check when this step passed (BUILD_TYPES_CHECKED, next.config.mjs).
check "Type check and lint" bash -c '
  { npx next typegen && npm run --silent typecheck && touch reports/typecheck.ok; } > reports/typecheck.log 2>&1 & tsc=$!
  npm run --silent lint > reports/lint.log 2>&1 & lint=$!
  tsc_rc=0; lint_rc=0
  wait $tsc || tsc_rc=$?
  wait $lint || lint_rc=$?
  printf "typecheck: %s\n" "$([ $tsc_rc = 0 ] && echo ok || echo FAILED)"; cat reports/typecheck.log
  printf "lint: %s\n" "$([ $lint_rc = 0 ] && echo ok || echo FAILED)"; cat reports/lint.log
  [ $tsc_rc = 0 ] && [ $lint_rc = 0 ]'

if [ -z "${TEST_DATABASE_URL:-}" ]; then
  step "Start a throwaway PostgreSQL for the store tests"
  t0=$SECONDS
  pg_exports=$(bash scripts/start-postgres.sh)
  eval "$pg_exports"
  record "Start PostgreSQL" $((SECONDS - t0)) ok
fi

check "Unit and integration tests (Vitest; SQLite, PostgreSQL, SMTP)" \
  npx vitest run --reporter=default --reporter=json --outputFile=reports/vitest.json

# Static pages take their canonical origin from SITE_URL at build time, per-request pages (/book,
# /search) at run time: build and serve the end-to-end site with the same origin.
export E2E_PORT=${E2E_PORT:-3100}
e2e_origin="http://127.0.0.1:${E2E_PORT}"

types_checked=0
[ -f reports/typecheck.ok ] && types_checked=1
setup "Production build (content check, Contentlayer, Next)" env SITE_URL="$e2e_origin" BUILD_TYPES_CHECKED=$types_checked npm run --silent build

# The web editor's tests run last, against `next dev`, and most of their time was Turbopack compiling
# each route on its first request. Their dev server starts now and a browser opens those routes
# (scripts/warm-editor.ts), both at the lowest CPU priority: they compile in the CPU time the next
# steps leave idle and barely slow them (docs/performance.md). The environment is the one
# playwright.dev.config.ts gives its web server; content was compiled by the build just now.
# EDITOR_WARM_UP=0 leaves the server to Playwright, started cold before the editor tests, as before.
export EDITOR_E2E_PORT=${EDITOR_E2E_PORT:-3500}
if [ "${EDITOR_WARM_UP:-1}" != 0 ]; then
  step "Start the web editor's dev server and warm it (background, lowest priority)"
  mkdir -p reports/editor-e2e-data # EDITOR_DATA_DIR in scripts/lib/editor-e2e.ts
  setsid nice -n 19 env NEXT_DIST_DIR=.next-editor DATA_DIR="$PWD/reports/editor-e2e-data" DATABASE_URL= TEST_CHEAP_PASSWORD_HASH= \
    node node_modules/next/dist/bin/next dev -p "$EDITOR_E2E_PORT" -H 127.0.0.1 > reports/editor-server.log 2>&1 &
  editor_server_pid=$!
  setsid nice -n 19 env DATABASE_URL= npx tsx scripts/warm-editor.ts > reports/editor-warm.log 2>&1 &
  editor_warm_pid=$!
fi

check "End-to-end tests (Playwright + Chromium + axe)" \
  env SITE_URL="$e2e_origin" PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json
check "Cluster: two instances behind nginx, one PostgreSQL (test:cluster)" npm run --silent test:cluster

# One production server for the three gates (scripts/lib/server.ts reads GATES_BASE_URL), in a
# process group of its own that cleanup() stops. Its origin is its own, as when each gate started one.
gates_port=${GATES_PORT:-3410}
export GATES_BASE_URL="http://127.0.0.1:${gates_port}"
step "Start the gates' server"
t0=$SECONDS
setsid env NODE_ENV=production SITE_URL="$GATES_BASE_URL" DATA_DIR="$PWD/test-results/gates-data" \
  node node_modules/next/dist/bin/next start -p "$gates_port" -H 127.0.0.1 > reports/gates-server.log 2>&1 &
gates_server_pid=$!
if node -e '
  const url = process.argv[1], deadline = Date.now() + 90_000;
  (async () => {
    while (Date.now() < deadline) {
      try { const res = await fetch(url); await res.arrayBuffer(); if (res.status < 500) return; } catch {}
      await new Promise((r) => setTimeout(r, 250));
    }
    process.exit(1);
  })();' "$GATES_BASE_URL/"; then
  record "Start the gates' server" $((SECONDS - t0)) ok
else
  record "Start the gates' server" $((SECONDS - t0)) failed
  cat reports/gates-server.log
  printf '\n!! FAILED (stops the run): the gates server did not answer\n'
  exit 1
fi

check "Valid HTML, internal links and anchors (Nu Html Checker)" npm run --silent check:html
check "Client JavaScript budget per route" npm run --silent check:js-budget
# Lighthouse scores main-thread time: run it alone, with the editor's `next dev` and its warm-up
# paused (SIGSTOP: they take no CPU time at all). A performance median under 95, any other score under 100 or a layout shift over 0.1
# fails; a page whose median would fail on performance is measured as many times again
# (docs/performance.md).
signal_editor_groups STOP
check "Lighthouse budgets (mobile, one run where it settles the page, else median of ${LIGHTHOUSE_RUNS:-3})" npm run --silent check:lighthouse
signal_editor_groups CONT
stop_gates_server
unset GATES_BASE_URL

# The warm-up has had the whole e2e step; if it is still going, its pages are the tests' first ones.
if [ -n "$editor_server_pid" ]; then
  printf '\n==> Editor warm-up:\n'; cat reports/editor-warm.log
  stop_group "$editor_warm_pid"; editor_warm_pid=""
  # Back to normal priority for the tests (lowering niceness needs root; without it the server stays
  # niced, which only matters on a busy machine).
  renice -n 0 -g "$editor_server_pid" > /dev/null 2>&1 || true
fi
check "Web editor end-to-end tests (next dev + Keystatic)" \
  env EDITOR_E2E_SERVER="$([ -n "$editor_server_pid" ] && echo running)" PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright-editor.json npx playwright test -c playwright.dev.config.ts --reporter=list,json
stop_editor_server

step "Durations"
printf '%s\n' "${timings[@]}"
printf '%6ss  total\n' $((SECONDS - run_started))

step "Summary"
summary_ok=true
node scripts/test-summary.mjs reports/vitest.json reports/playwright.json reports/playwright-editor.json || summary_ok=false
if [ ${#failed_steps[@]} -gt 0 ]; then
  printf 'Failed steps:\n'
  printf '  - %s\n' "${failed_steps[@]}"
  exit 1
fi
$summary_ok
