#!/usr/bin/env bash
# Prints a development bearer token for the local stack started by ./run-local.sh, e.g.
#   curl -H "Authorization: Bearer $(./dev-token.sh provincie PV27)" ...
# Roles: minister | provincie PVnn | gemeente GMnnnn | coa | beheerder. Only the local stack trusts these tokens.
set -euo pipefail
cd "$(dirname "$0")"
exec java -Dspreiding.home="$PWD" -cp deploy/local/launcher/target/spreiding-local.jar nl.spreiding.local.launcher.DevToken "$@"
