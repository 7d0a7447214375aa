#!/usr/bin/env bash
# Builds Spreiding and runs the whole stack on this machine: PostgreSQL, Kafka and the three services.
# Needs only Java 17+; Maven comes with the wrapper. Options: --clean, --data-dir DIR, --postgres-port PORT (15432),
# --kafka-port PORT (19092), --services LIST (default all three; none = only PostgreSQL and Kafka); see --help.
# A service that dies is restarted alone with a backoff; Ctrl-C or SIGTERM stops everything.
set -euo pipefail
cd "$(dirname "$0")"
if [[ "${SKIP_BUILD:-}" != "true" ]]; then
  ./mvnw -B -q -DskipTests package
fi
exec java -Dspreiding.home="$PWD" -jar deploy/local/launcher/target/spreiding-local.jar "$@"
