#!/usr/bin/env bash
# Builds Spreiding and runs the whole stack on this machine: PostgreSQL, Kafka and the three services.
# Needs only Java 17+; Maven comes with the wrapper. Options: --clean, --data-dir DIR, --postgres-port PORT.
set -euo pipefail
cd "$(dirname "$0")"
if [[ "${SKIP_BUILD:-}" != "true" ]]; then
  ./mvnw -B -q -DskipTests package
fi
exec java -Dspreiding.home="$PWD" -jar deploy/local/launcher/target/spreiding-local.jar "$@"
