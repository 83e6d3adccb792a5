#!/usr/bin/env bash
# Runs the whole test suite: unit tests, the build of target/site, then the browser tests in
# headless Chromium and the checks of build.sh and netlify.toml (the latter with Netlify's own
# resolver, from npm). Installs the Debian packages it needs first if they are missing:
# chromium and chromium-driver, nodejs and npm, and python3-numpy and python3-torch (the
# NumPy and PyTorch export tests run their scripts). Non-interactive: works as root or with
# sudo, with CI=true and no stdin.
set -euo pipefail
cd "$(dirname "$0")"

# True when the python3 on the PATH or Debian's /usr/bin/python3 imports numpy and torch
# (the export tests try them in that order).
python_has_numpy_and_torch() {
    local py
    for py in python3 /usr/bin/python3; do
        if command -v "$py" >/dev/null 2>&1 \
                && "$py" -c 'import numpy, torch' >/dev/null 2>&1 < /dev/null; then
            return 0
        fi
    done
    return 1
}

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
python_has_numpy_and_torch || missing+=(python3 python3-numpy python3-torch)
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
