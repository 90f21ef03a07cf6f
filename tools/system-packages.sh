#!/usr/bin/env bash
# Install Debian packages that a make target needs, or say how to.
#
#   tools/system-packages.sh WHAT PACKAGE...
#
# Packages already installed: nothing to do. Missing ones are installed with
# apt-get when running as root on a Debian-like system; otherwise the exact
# command is printed and the exit status is 1 (the Makefile decides whether
# that stops the target or only skips the tests that need them).
set -euo pipefail
what=$1
shift
if command -v dpkg-query >/dev/null; then
    missing=()
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        exit 0
    fi
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "installing ${missing[*]} ($what)"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
        exit 0
    fi
    echo "for $what, run:  sudo apt-get install -y ${missing[*]}"
    exit 1
fi
echo "note: not Debian; for $what, install the equivalents of: $*"
