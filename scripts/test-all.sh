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
declare -A background_pids=() # start_background below
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
  local id
  for id in "${!background_pids[@]}"; do stop_group "${background_pids[$id]}"; done
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
# The editor tests' `next dev`, and the background job that warms it and runs the editor tests
# (started after the build, below). A stopped group is continued first, so it can act on SIGTERM.
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
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step() { printf '\n==> %s\n' "$*"; }
# The CPU priority of a process group started with setsid. Linux gives every session a scheduling
# group of its own (autogroup) and shares the CPU between groups by the group's niceness, not by its
# processes': so both are set. Without autogroup (or without the right to lower a niceness) the
# writes fail quietly and the processes' niceness is all there is.
group_nice() { # niceness, pid of the session's leader
  renice -n "$1" -g "$2" > /dev/null 2>&1 || true
  echo "$1" > "/proc/$2/autogroup" 2>/dev/null || true
}
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

# A test step started in the background: waits for it, shows its output and records it like check().
# The recorded time is what was left to wait for; the step's own time (from its rc file: exit code
# and seconds) is printed too.
collect() { # name, pid, rc file, log files...
  local name=$1 pid=$2 rc_file=$3 t0=$SECONDS rc seconds
  shift 3
  step "$name (started in the background; waiting for it)"
  wait "$pid" 2>/dev/null || true
  local log
  for log in "$@"; do printf -- '-- %s\n' "$log"; cat "$log" 2>/dev/null || true; done
  read -r rc seconds < "$rc_file" 2>/dev/null || { rc=1; seconds=0; }
  if [ "$rc" = 0 ]; then
    record "$name (waited after the steps beside it; it took ${seconds}s)" $((SECONDS - t0)) ok
  else
    record "$name (waited after the steps beside it; it took ${seconds}s)" $((SECONDS - t0)) failed
    failed_steps+=("$name")
    printf '\n!! FAILED: %s\n' "$name"
  fi
}

# start_background ID CMD...: a test step run in the background in a process group of its own,
# its output in reports/ID.log, its exit code and seconds in reports/ID.rc; collect_background ID
# NAME waits for it and records it. cleanup() stops whatever is still running.
start_background() {
  local id=$1
  shift
  setsid bash -c 't0=$SECONDS; "$@" > "reports/$0.log" 2>&1; echo "$? $((SECONDS - t0))" > "reports/$0.rc"' "$id" "$@" &
  background_pids[$id]=$!
}
collect_background() { # id, name
  collect "$2" "${background_pids[$1]}" "reports/$1.rc" "reports/$1.log"
  unset "background_pids[$1]"
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

# The web editor's tests need `next dev`, whose first request to each route compiles it (most of
# their time, cold). They are the longest chain of the run that cannot be spread over both cores, so
# they start first: their dev server starts now and a browser opens the routes they use
# (scripts/warm-editor.ts) at a low CPU priority beside the unit tests and the build, then the tests
# themselves run at normal priority beside the main end-to-end step, once the build is done (they
# write content files, which the build must not see). Their result is collected after the main step
# (docs/performance.md). The environment is the one playwright.dev.config.ts gives its web server;
# content was compiled above.
# EDITOR_WARM_UP=0 runs them as before: last, with a server Playwright starts cold.
export EDITOR_E2E_PORT=${EDITOR_E2E_PORT:-3500}
editor_step="Web editor end-to-end tests (next dev + Keystatic)"
editor_rc_file=reports/editor-e2e.rc
build_done_file=reports/build.done
if [ "${EDITOR_WARM_UP:-1}" != 0 ]; then
  step "Start the web editor's dev server and warm it (background, low priority); its tests run beside the main e2e step"
  # Another server on the port would be warmed and tested in place of this tree's, with another database.
  if (exec 3<>"/dev/tcp/127.0.0.1/$EDITOR_E2E_PORT") 2>/dev/null; then
    printf '\n!! FAILED (stops the run): something already listens on 127.0.0.1:%s (EDITOR_E2E_PORT); stop it or choose another port\n' "$EDITOR_E2E_PORT"
    exit 1
  fi
  mkdir -p reports/editor-e2e-data # EDITOR_DATA_DIR in scripts/lib/editor-e2e.ts
  setsid nice -n 10 env NEXT_DIST_DIR=.next-editor DATA_DIR="$PWD/reports/editor-e2e-data" DATABASE_URL= TEST_CHEAP_PASSWORD_HASH= \
    node node_modules/next/dist/bin/next dev -p "$EDITOR_E2E_PORT" -H 127.0.0.1 > reports/editor-server.log 2>&1 &
  editor_server_pid=$!
  group_nice 10 "$editor_server_pid"
  # Warm-up at nice 10; once the build is done (below), the server, the warm-up and the tests at 0
  # (lowering a niceness needs root, as in CI; without it they stay at 10).
  setsid nice -n 10 bash -c '
    env DATABASE_URL= npx tsx scripts/warm-editor.ts > reports/editor-warm.log 2>&1
    while [ ! -f "$2" ]; do sleep 1; done
    t0=$SECONDS
    env EDITOR_E2E_SERVER=running PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright-editor.json \
      npx playwright test -c playwright.dev.config.ts --reporter=list,json > reports/editor-e2e.log 2>&1
    echo "$? $((SECONDS - t0))" > "$1"' _ "$editor_rc_file" "$build_done_file" &
  editor_warm_pid=$!
  group_nice 10 "$editor_warm_pid"
fi

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
touch "$build_done_file"
# From here the editor's chain (its warm-up too, if a busy machine has not let it finish) runs at
# normal priority: at nice 10 beside the main e2e step it would be starved and end last.
group_nice 0 "$editor_server_pid"
group_nice 0 "$editor_warm_pid"

# Beside the main end-to-end step, in the background, each in a process group of its own: the HTML
# and JavaScript gates on a production server of their own (nothing in them is timed). The cluster
# test and Lighthouse compare or time speed, so they run after it, alone (docs/performance.md).
# One production server for the three gates (scripts/lib/server.ts reads GATES_BASE_URL), in a
# process group of its own that cleanup() stops. Its origin is its own, as when each gate started one.
# Its data folder is under reports/: the main e2e suite empties test-results/ when it starts.
gates_port=${GATES_PORT:-3410}
export GATES_BASE_URL="http://127.0.0.1:${gates_port}"
step "Start the gates' server"
t0=$SECONDS
setsid env NODE_ENV=production SITE_URL="$GATES_BASE_URL" DATA_DIR="$PWD/reports/gates-data" \
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
html_step="Valid HTML, internal links and anchors (Nu Html Checker)"
js_step="Client JavaScript budget per route"
step "$html_step and $js_step (background, beside the main end-to-end step)"
start_background html npm run --silent check:html
start_background js-budget npm run --silent check:js-budget

check "End-to-end tests (Playwright + Chromium + axe)" \
  env SITE_URL="$e2e_origin" PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json

if [ -n "$editor_warm_pid" ]; then
  collect "$editor_step" "$editor_warm_pid" "$editor_rc_file" reports/editor-warm.log reports/editor-e2e.log
  editor_warm_pid=""
  stop_editor_server
fi
collect_background html "$html_step"
collect_background js-budget "$js_step"
check "Cluster: two instances behind nginx, one PostgreSQL (test:cluster)" npm run --silent test:cluster

# Lighthouse scores main-thread time: it runs alone (everything else has ended). A
# performance median under 95, any other score under 100 or a layout shift over 0.1 fails; a page
# whose median would fail on performance is measured as many times again (docs/performance.md).
check "Lighthouse budgets (mobile, one run where it settles the page, else median of ${LIGHTHOUSE_RUNS:-3})" npm run --silent check:lighthouse
stop_gates_server
unset GATES_BASE_URL

# EDITOR_WARM_UP=0: the editor tests last, with a server Playwright starts cold.
if [ "${EDITOR_WARM_UP:-1}" = 0 ]; then
  check "$editor_step" env PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright-editor.json npx playwright test -c playwright.dev.config.ts --reporter=list,json
fi

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
