# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run and scripts/test: installs the Debian packages Chipwatch needs, then builds.

set -euo pipefail

CHIPWATCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Build tools, Qt 6 (Widgets, Charts, Sql with SQLite and PostgreSQL drivers, Svg, Concurrent, Test,
# LinguistTools) and the libraries the core uses: uchardet (encoding detection), libxml2 (HTML parser),
# cld2 (language detection), vectorscan (multi-pattern matching), ICU (sentence boundaries).
CHIPWATCH_PACKAGES=(
    build-essential cmake ninja-build pkg-config python3
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libgl-dev
    libuchardet-dev libxml2-dev libcld2-dev libvectorscan-dev libicu-dev
    fonts-dejavu-core
    # desktop-file-validate and appstreamcli, for the packaging_metadata test
    desktop-file-utils appstream
)

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
