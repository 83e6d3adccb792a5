#!/usr/bin/env bash
# Runs the whole test suite: unit tests, the build of target/site, then the browser tests in
# headless Chromium. Installs Debian's chromium and chromium-driver first if they are missing,
# and python3-numpy and python3-torch, which the NumPy and PyTorch export tests run.
# Non-interactive: works as root or with sudo, with CI=true and no stdin.
set -euo pipefail
cd "$(dirname "$0")"

# Installs Debian packages as root (directly or through sudo); $1 names them for the message.
install_packages() {
    local what="$1"
    shift
    local as_root
    if [ "$(id -u)" -eq 0 ]; then
        as_root=()
    elif command -v sudo >/dev/null 2>&1; then
        as_root=(sudo -n)
    else
        echo "test.sh: $what missing; install them as root: apt-get install $*" >&2
        exit 1
    fi
    echo "test.sh: installing $* (Debian packages)"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q < /dev/null
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "$@" < /dev/null
}

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

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    install_packages "chromium and chromium-driver are" chromium chromium-driver
fi

if ! python_has_numpy_and_torch; then
    install_packages "python3-numpy and python3-torch are" python3 python3-numpy python3-torch
fi

exec mvn -B -ntp verify "$@"
