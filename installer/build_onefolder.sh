#!/usr/bin/env bash
# Build a one-folder distribution of the terminal with PyInstaller (build time only, not a runtime
# dependency): dist/store-terminal/ holds the executable, Qt, the resources (themes, translations,
# logo) and the Alembic migrations. Run from the repository root: bash installer/build_onefolder.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./dev run python -m pip install --quiet "pyinstaller>=6.10"
./dev run pyinstaller --noconfirm --clean --name store-terminal --windowed \
    --add-data "resources:resources" \
    --collect-data terminal.storage \
    --collect-data backend \
    --collect-submodules backend \
    --collect-submodules terminal \
    --hidden-import escpos.printer \
    terminal/__main__.py
echo "built dist/store-terminal/"
