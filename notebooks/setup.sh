#!/usr/bin/env bash
# Installs what the notebooks need from Debian's packages: Jupyter's headless runner and kernel,
# pandas, matplotlib, networkx and requests, all for /usr/bin/python3. No Neo4j Python driver is
# packaged for Debian; the notebooks use Neo4j's HTTP query API instead (notebooks/driftgraph.py).
#
# Safe to run again: it installs only what is missing. Without apt (not a Debian machine) it says
# so and exits 0, and the notebook test then skips.
set -euo pipefail

packages=(
  python3-nbclient
  jupyter-nbconvert
  python3-ipykernel
  python3-pandas
  python3-matplotlib
  python3-networkx
  python3-requests
)

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
  echo "notebooks/setup.sh: apt-get not found; install these yourself to run the notebooks: ${packages[*]}"
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  if [ "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null)" != "installed" ]; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "notebooks/setup.sh: everything the notebooks need is installed"
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "notebooks/setup.sh: not root and no sudo; install these as root: ${missing[*]}" >&2
    exit 1
  fi
  as_root=(sudo)
fi

echo "notebooks/setup.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
# Recommends would add several hundred MB (Tk, SciPy, LaTeX fonts) that headless runs never use.
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
/usr/bin/python3 -c "import nbclient, nbconvert, ipykernel, pandas, matplotlib, networkx, requests"
echo "notebooks/setup.sh: done"
