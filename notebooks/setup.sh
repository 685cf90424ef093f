#!/usr/bin/env bash
# Installs what the notebooks need:
#  1. from Debian's packages: Jupyter's headless runner and kernel, pandas, matplotlib, networkx and
#     requests, all for /usr/bin/python3;
#  2. a virtual environment notebooks/.venv on that Python (it sees those packages) with pip: the
#     driftgraph package of notebooks/ (editable) and the official neo4j driver, which Debian does
#     not package. Where pip cannot reach a package index, step 2 says so and the notebooks use
#     Neo4j's HTTP query API instead (the package falls back by itself).
#
# Safe to run again: it installs only what is missing. Without apt (not a Debian machine) it says
# so and skips step 1, and the notebook test then skips.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
venv=.venv

# Step 2, run whatever step 1 found: never fails the script, since the HTTP fallback needs none of it.
install_venv() {
  if ! /usr/bin/python3 -c "import venv, ensurepip" >/dev/null 2>&1; then
    echo "notebooks/setup.sh: no venv/ensurepip for /usr/bin/python3 (apt-get install python3-venv); the notebooks use the HTTP API"
    return 0
  fi
  if [ ! -x "$venv/bin/python" ]; then
    /usr/bin/python3 -m venv --system-site-packages "$venv" || {
      echo "notebooks/setup.sh: could not create notebooks/$venv; the notebooks use the HTTP API"
      return 0
    }
  fi
  # No build isolation: building the package then needs only the setuptools that Debian's Python
  # has, not one fetched from an index.
  if ! "$venv/bin/python" -m pip install -q --no-build-isolation -e . >/dev/null 2>&1; then
    echo "notebooks/setup.sh: pip could not install the driftgraph package into notebooks/$venv"
  fi
  if "$venv/bin/python" -m pip install -q 'neo4j>=5' 2>/dev/null; then
    echo "notebooks/setup.sh: notebooks/$venv has the neo4j driver $("$venv/bin/python" -c 'import neo4j; print(neo4j.__version__)'): the notebooks use Bolt"
  else
    echo "notebooks/setup.sh: pip could not install the neo4j driver (no package index reachable?); the notebooks use the HTTP API"
  fi
}

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
  [ -x /usr/bin/python3 ] && install_venv
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  if [ "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null)" != "installed" ]; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "notebooks/setup.sh: the Debian packages the notebooks need are installed"
  install_venv
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
install_venv
echo "notebooks/setup.sh: done"
