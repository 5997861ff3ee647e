# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run and scripts/test: installs the Debian packages Chipwatch needs, then builds.

set -euo pipefail

CHIPWATCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The Debian packages to install are listed, with why, in debian-packages.txt (the build_deps test reads
# the same list).
mapfile -t CHIPWATCH_PACKAGES < <(sed -e 's/#.*//' "$CHIPWATCH_ROOT/scripts/debian-packages.txt" | tr -s ' \t' '\n' | grep -v '^$')

# ccache keys on paths relative to the checkout, so a fresh clone in another folder (as CI makes) reuses
# what an earlier build of the same sources compiled; it knows the compiler by its content, not by the
# time it was installed, so a fresh root with the same compiler package does too.
export CCACHE_BASEDIR="$CHIPWATCH_ROOT" CCACHE_NOHASHDIR=1 CCACHE_COMPILERCHECK=content

install_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build_preset() {
    local preset="$1"
    shift
    cmake --preset "$preset" -S "$CHIPWATCH_ROOT" "$@"
    cmake --build --preset "$preset" --parallel "$(nproc)"
}
