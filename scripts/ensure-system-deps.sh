#!/usr/bin/env bash
# Installs the system packages the tests need (Debian's Chromium for Playwright, PostgreSQL for
# the store tests, Java for the HTML validator, nginx for the cluster test) when they are missing. Playwright's own browser download cannot work here.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pg_ctlcluster >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
# The Nu Html Checker (vnu-jar) runs on Java.
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
# npm run test:cluster puts nginx in front of two instances (it never starts the system service).
[ -x /usr/sbin/nginx ] || missing+=(nginx)

if [ ${#missing[@]} -eq 0 ]; then exit 0; fi

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "Missing system packages: ${missing[*]}. Install them with: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
else
  SUDO=
fi
echo "Installing system packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
