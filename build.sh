#!/usr/bin/env bash
# Builds the site (target/site) and the CLI jar with the Maven Wrapper: Netlify's build command,
# and fine anywhere else. The build needs JDK 17 or later: this uses $JAVA_HOME's java, or the
# java on the PATH, when it is one; otherwise (Netlify's image ships Java 8) it fetches the
# pinned Temurin JDK below, checks its SHA-256 and unpacks it into $SCRATCHNET_JDK_CACHE
# (default ~/.cache/scratchnet), where later builds on the same machine find it.
#
#   ./build.sh              ./mvnw -B -ntp -DskipTests package
#   ./build.sh ARGS...      ./mvnw -B -ntp ARGS...   (e.g. ./build.sh -v)
#
# SCRATCHNET_JDK_URL and SCRATCHNET_JDK_SHA256 replace the pinned archive and its checksum
# (a mirror, or a test); an archive is never used unless its checksum matches.
set -euo pipefail
cd "$(dirname "$0")"

# Eclipse Temurin 17.0.20+8 from Adoptium's GitHub releases, with the SHA-256 sums that
# Adoptium's own container images pin for these archives (adoptium/containers, 17/jdk/ubuntu).
jdk_release=jdk-17.0.20+8
jdk_base=https://github.com/adoptium/temurin17-binaries/releases/download/jdk-17.0.20%2B8
case "$(uname -m)" in
    x86_64 | amd64)
        jdk_file=OpenJDK17U-jdk_x64_linux_hotspot_17.0.20_8.tar.gz
        jdk_sha256=be7668bc030d578b83d6d5ef9221d6d6729bbbca8cf94a7d52e16ac68b5a5a35 ;;
    aarch64 | arm64)
        jdk_file=OpenJDK17U-jdk_aarch64_linux_hotspot_17.0.20_8.tar.gz
        jdk_sha256=d143936f473a4cb24e3b0e247d6d0775769d55ec9775c339540e753059a8d77a ;;
    *)
        jdk_file="" jdk_sha256="" ;;
esac
jdk_url=${SCRATCHNET_JDK_URL:-$jdk_base/$jdk_file}
jdk_sha256=${SCRATCHNET_JDK_SHA256:-$jdk_sha256}

say() { echo "build.sh: $*" >&2; }

# The major version of a java binary (8 for "1.8", 17 for "17"), or 0 if it does not run.
java_major() {
    local spec
    spec=$("$1" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = //p') || true
    case "$spec" in
        1.*) echo "${spec#1.}" ;;
        [0-9]*) echo "$spec" ;;
        *) echo 0 ;;
    esac
}

java_home_of() {
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.home = //p'
}

# Downloads the pinned JDK (once per cache folder), verifies it and prints its home.
fetch_jdk() {
    [ -n "$jdk_url" ] && [ -n "$jdk_sha256" ] \
        || { say "no pinned JDK for $(uname -m); install JDK 17 and set JAVA_HOME"; exit 1; }
    local cache=${SCRATCHNET_JDK_CACHE:-$HOME/.cache/scratchnet}
    local home=$cache/$jdk_release-$jdk_sha256
    if [ -x "$home/bin/java" ]; then
        echo "$home"
        return
    fi
    mkdir -p "$cache"
    local archive
    archive=$(mktemp "$cache/download.XXXXXX")
    say "no JDK 17 or later here; downloading $jdk_release from $jdk_url"
    if command -v curl >/dev/null 2>&1; then
        curl -fsSL --retry 3 -o "$archive" "$jdk_url"
    else
        wget -q -O "$archive" "$jdk_url"
    fi
    if ! echo "$jdk_sha256  $archive" | sha256sum -c --status -; then
        rm -f "$archive"
        say "SHA-256 mismatch for $jdk_url (expected $jdk_sha256); not using it"
        exit 1
    fi
    local unpack
    unpack=$(mktemp -d "$cache/unpack.XXXXXX")
    tar -xzf "$archive" -C "$unpack" --strip-components=1 --no-same-owner
    rm -f "$archive"
    rm -rf "$home"
    mv "$unpack" "$home"
    echo "$home"
}

java_bin=""
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java_bin=$JAVA_HOME/bin/java
elif command -v java >/dev/null 2>&1; then
    java_bin=$(command -v java)
fi
if [ -n "$java_bin" ] && [ "$(java_major "$java_bin")" -ge 17 ]; then
    JAVA_HOME=$(java_home_of "$java_bin")
else
    [ -z "$java_bin" ] || say "$java_bin is Java $(java_major "$java_bin"); the build needs 17+"
    JAVA_HOME=$(fetch_jdk)
    [ "$(java_major "$JAVA_HOME/bin/java")" -ge 17 ] \
        || { say "the fetched JDK at $JAVA_HOME does not run as Java 17+"; exit 1; }
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
say "using the JDK at $JAVA_HOME"

# The Maven Wrapper checks the SHA-256 of Maven's .zip, which it unpacks with unzip; without
# unzip it would fetch the .tar.gz instead, whose checksum differs.
command -v unzip >/dev/null 2>&1 || { say "the Maven Wrapper needs unzip"; exit 1; }

if [ $# -eq 0 ]; then
    set -- -DskipTests package
fi
exec ./mvnw -B -ntp "$@"
