#!/usr/bin/env bash
# Ordo developer set-up: `packaging/dev.sh run` or `packaging/dev.sh test`.
# Idempotent on a fresh Debian 12 machine: installs what is missing, configures, builds, then runs
# or tests. Environment: BUILD_DIR (default build), BUILD_TYPE (default RelWithDebInfo).
#   packaging/dev.sh run                        the control panel on its embedded 4-validator network
#   packaging/dev.sh run --devnet               four headless ordod validators instead
#   packaging/dev.sh run --sim [ordo-sim args]  the simulator live, e.g. --faults all --byzantine 1
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
  librocksdb-dev libsecp256k1-dev libssl-dev libcrypto++-dev libjemalloc-dev
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

# A local network of 4 ordod validators on 127.0.0.1 (JSON-RPC 8545-8548, p2p 26656-26659), kept
# in $ORDO_DEVNET_DIR (default build/devnet) so it resumes where it stopped. Ctrl-C stops it.
run_devnet() {
  local net_dir=${ORDO_DEVNET_DIR:-$build_dir/devnet}
  if [ ! -f "$net_dir/node0/genesis.json" ]; then
    "$build_dir/bin/ordod" testnet --validators 4 --output "$net_dir" --dev-accounts 10
  fi
  devnet_pids=()
  for i in 0 1 2 3; do
    "$build_dir/bin/ordod" start --home "$net_dir/node$i" >"$net_dir/node$i.out" 2>&1 &
    devnet_pids+=($!)
  done
  trap 'kill "${devnet_pids[@]}" 2>/dev/null; wait "${devnet_pids[@]}" 2>/dev/null; exit 0' INT TERM
  echo "dev.sh: 4 validators running; JSON-RPC http://127.0.0.1:8545 .. 8548, metrics at /metrics;"
  echo "dev.sh: funded accounts in $net_dir/dev-accounts.json; logs in $net_dir/node<i>.out. Ctrl-C stops."
  tail -n +1 -F "$net_dir/node0.out" | grep --line-buffered -E "committed|listening|peer|error|warn" &
  devnet_pids+=($!)
  wait "${devnet_pids[0]}"
  kill "${devnet_pids[@]}" 2>/dev/null
}

# The control panel straight on its embedded local network (the operator's validator plus three
# companions in-process, JSON-RPC 8545-8548), with its data in $ORDO_PANEL_DIR (default
# build/panel). Without a display it runs under xvfb-run, so the command still works on a server.
run_panel() {
  local data_dir=${ORDO_PANEL_DIR:-$build_dir/panel}
  mkdir -p "$data_dir"
  local panel=("$build_dir/bin/ordo" --local-network --datadir "$data_dir" "$@")
  echo "dev.sh: starting the control panel on a local 4-validator network (data in $data_dir);"
  echo "dev.sh: JSON-RPC http://127.0.0.1:8545 .. 8548, funded accounts in $data_dir/local-network/dev-accounts.json"
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "dev.sh: no display; running under xvfb-run (set DISPLAY to see the window)"
    exec xvfb-run -a -s "-screen 0 1400x900x24" "${panel[@]}"
  fi
  exec "${panel[@]}"
}

cmd=${1:-}
case "$cmd" in
  run)
    shift
    install_missing
    configure_and_build
    if [ "${1:-}" = "--sim" ]; then  # the deterministic simulator in real time instead
      shift
      exec "$build_dir/bin/ordo-sim" --live "$@"
    fi
    if [ "${1:-}" = "--devnet" ]; then  # four headless ordod processes instead of the panel
      run_devnet
      exit 0
    fi
    run_panel "$@"
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
