#!/usr/bin/env bash
# Serves the portal on http://localhost:5000 with the embedded SQLite database under
# src/Web/App_Data. Extra arguments go to the host, e.g. --urls http://0.0.0.0:8080
set -euo pipefail
cd "$(dirname "$0")/.."
# The portal runs without these (it says so at start-up), but photos then stay unresized.
bash scripts/install-deps.sh runtime
exec dotnet run --project src/Web --configuration Release -- "$@"
