#!/usr/bin/env bash
# Runs the whole test suite: unit tests, the build of target/site, then the browser tests in
# headless Chromium and the checks of build.sh and netlify.toml (the latter with Netlify's own
# resolver, from npm). Installs Debian's chromium, chromium-driver, nodejs and npm first if
# they are missing. Non-interactive: works as root or with sudo, with CI=true and no stdin.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        as_root=()
    elif command -v sudo >/dev/null 2>&1; then
        as_root=(sudo -n)
    else
        echo "test.sh: ${missing[*]} missing; install them as root:" \
            "apt-get install ${missing[*]}" >&2
        exit 1
    fi
    echo "test.sh: installing ${missing[*]} (Debian packages)"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q < /dev/null
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}" < /dev/null
fi

exec mvn -B -ntp verify "$@"
