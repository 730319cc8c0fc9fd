#!/usr/bin/env bash
# Prepares a Debian 12 machine and builds FeedbackKit with the default preset (build/).
# Installs only the Debian packages that are missing (as root, or through sudo), then
# configures and builds. Safe to run again: it does only what is left to do.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/stage.sh

packages=(
    cmake ninja-build g++ ccache pkg-config python3 clang libclang-rt-14-dev
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev qt6-charts-dev
    qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libsqlite3-dev libqt6opengl6-dev
    qtkeychain-qt6-dev nlohmann-json3-dev libgtest-dev libbenchmark-dev
    xvfb xauth imagemagick fonts-dejavu-core tinyproxy openssl
    dbus-daemon at-spi2-core python3-pyatspi
    qt6-declarative-dev qt6-declarative-dev-tools qml6-module-qtquick qml6-module-qtquick-controls
    qml6-module-qtquick-templates qml6-module-qtquick-layouts qml6-module-qtquick-window
    qml6-module-qttest qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

install_missing() {
    [ ${#missing[@]} -gt 0 ] || return 0
    echo "bootstrap: installing ${missing[*]}"
    local as_root=()
    [ "$(id -u)" -eq 0 ] || as_root=(sudo)
    "${as_root[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
stage packages install_missing

# HoneyHive's official TypeScript SDK for tests/sdk, as pinned in its package-lock.json: when it
# is missing, or the lock changed since npm last installed it. Before configuring: CMake
# registers that test only when the SDK is there. Debian 12's nodejs (18) runs it too.
install_sdk() {
    local sdk=tests/sdk
    if [ -d $sdk/node_modules/honeyhive ] \
        && [ $sdk/node_modules/.package-lock.json -nt $sdk/package-lock.json ]; then
        return 0
    fi
    if ! command -v npm >/dev/null; then
        echo "bootstrap: npm not found; installing Debian's nodejs and npm for tests/sdk"
        missing=(nodejs npm)
        install_missing
    fi
    # No install scripts: nothing the test uses needs one, and this may run as root.
    npm ci --no-audit --no-fund --ignore-scripts --prefix $sdk
}
stage sdk install_sdk

# ccache (when present) shares compiled objects between clones of this repository.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
if command -v ccache >/dev/null; then export CMAKE_CXX_COMPILER_LAUNCHER=ccache; fi
cmake --preset default >/dev/null
stage build cmake --build --preset default
