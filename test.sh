#!/usr/bin/env bash
# Runs the whole test suite: unit tests, the build of target/site, then the browser tests in
# headless Chromium. Installs Debian's chromium and chromium-driver first if they are missing.
# Non-interactive: works as root or with sudo, with CI=true and no stdin.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then
        as_root=()
    elif command -v sudo >/dev/null 2>&1; then
        as_root=(sudo -n)
    else
        echo "test.sh: chromium and chromium-driver are missing; install them as root:" \
            "apt-get install chromium chromium-driver" >&2
        exit 1
    fi
    echo "test.sh: installing chromium and chromium-driver (Debian packages)"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q < /dev/null
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends chromium chromium-driver < /dev/null
fi

exec mvn -B -ntp verify "$@"
