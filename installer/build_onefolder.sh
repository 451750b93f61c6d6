#!/usr/bin/env bash
# Build the one-folder distribution of the terminal with PyInstaller (build time only, not a runtime
# dependency; it comes with the project's `build` extra, part of `.[dev]`, so `./dev` installs it).
# dist/store-terminal/ then holds the executable, Python, Qt, the resources (themes, translations) and
# the Alembic migrations; what goes in and why is in installer/onefolder.spec. (The spec's name leaves
# "store-terminal" out of the build's command line: on a shared build machine a `pkill -f
# store-terminal` aimed at a running till would otherwise end the build too.)
#
#   bash installer/build_onefolder.sh                  -> dist/store-terminal/
#   bash installer/build_onefolder.sh --dist DIR --work DIR   (the smoke test builds into a temp dir)
#
# Run from anywhere; the build uses the project's virtual environment (created by ./dev on first run).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist="$root/dist"
work="$root/build/pyinstaller"
while [ $# -gt 0 ]; do
    case "$1" in
        --dist) dist="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        *) echo "build_onefolder.sh: unknown argument $1 (--dist DIR, --work DIR)" >&2; exit 2 ;;
    esac
done
# Inside the venv already (the smoke test, `./dev run ...`): use it; otherwise let ./dev make it.
if python -c 'import PyInstaller' >/dev/null 2>&1; then
    run=()
else
    run=("$root/dev" run)
fi
"${run[@]}" python -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" "$root/installer/onefolder.spec"
echo "built $dist/store-terminal/"
