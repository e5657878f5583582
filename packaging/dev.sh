#!/usr/bin/env bash
# Ordo developer set-up: `packaging/dev.sh run` or `packaging/dev.sh test`.
# Idempotent on a fresh Debian 12 machine: installs what is missing, configures, builds, then runs
# or tests. Environment: BUILD_DIR (default build), BUILD_TYPE (default RelWithDebInfo).
#   packaging/dev.sh run [ordo-sim args]        e.g. --faults all --byzantine 1
#   packaging/dev.sh test [--sim-seeds A-B] [ctest args]
# --sim-seeds widens the simulation slice of the test run (default 1-200).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
build_dir=${BUILD_DIR:-build}
build_type=${BUILD_TYPE:-RelWithDebInfo}

debian_packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev
  libqcustomplot-dev
  libboost1.81-dev libboost-json1.81-dev
  librocksdb-dev libsecp256k1-dev libssl-dev libcrypto++-dev
  libtomlplusplus-dev libcli11-dev libspdlog-dev
  xvfb xauth
)

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
  local missing=()
  for p in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "dev.sh: installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# Node.js runs the wallet interoperability checks (tests/interop). Debian's nodejs/npm packages
# conflict with a NodeSource node, so install them only when there is no node at all.
install_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "dev.sh: installing nodejs npm"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm
  fi
}

# npm ci when tests/interop/node_modules is absent or was installed from another package-lock.json.
install_interop_modules() {
  local lock=tests/interop/package-lock.json stamp=tests/interop/node_modules/.ordo-package-lock.sha256
  local want
  want=$(sha256sum "$lock" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "dev.sh: npm ci --prefix tests/interop"
    npm ci --prefix tests/interop --no-audit --no-fund
    echo "$want" >"$stamp"
  fi
}

configure_and_build() {
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "${launcher[@]}"
  cmake --build "$build_dir" -j "$(nproc)"
}

cmd=${1:-}
case "$cmd" in
  run)
    install_missing
    configure_and_build
    shift
    exec "$build_dir/bin/ordo-sim" --live "$@"
    ;;
  test)
    shift
    ctest_args=()
    while [ $# -gt 0 ]; do
      case "$1" in
        --sim-seeds) export ORDO_SIM_SEEDS="$2"; shift 2 ;;  # e.g. --sim-seeds 1-2000
        *) ctest_args+=("$1"); shift ;;
      esac
    done
    install_missing
    install_node
    install_interop_modules
    configure_and_build
    cd "$build_dir"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure "${ctest_args[@]}"
    ;;
  *)
    echo "usage: packaging/dev.sh run|test [args]" >&2
    exit 2
    ;;
esac
