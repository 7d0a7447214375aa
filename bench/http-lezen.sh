#!/usr/bin/env bash
# Read throughput of published tasks over HTTP on a running local stack (./run-local.sh), measured with wrk.
# Publishes the 2024 distribution (inhabitants-only key unless SES-WOA scores were imported) if none exists, then
# reads for 20 s each: the liveness check (the ceiling), one municipality's explanation, the whole table of 342
# municipalities as JSON and as CSV, and the table revalidated with If-None-Match (304, no body).
# Usage: bench/http-lezen.sh [threads] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
threads=${1:-2}
connections=${2:-16}
base=http://localhost:8081/api/v1
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
minister=$(./dev-token.sh minister)
schrijf() { curl -sf -X POST "$base/$1" -H "Authorization: Bearer $minister" -H 'Content-Type: application/json' -d "$2"; }

schrijf cycli '{"cyclus":"2024-2026"}' >/dev/null || true
schrijf capaciteitsramingen '{"cyclus":"2024-2026","totaalPlaatsen":96000,"amvPlaatsen":8140}' >/dev/null || true
id=$(curl -sf "$base/verdelingen?cyclus=2024-2026&doelgroep=ASIEL" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1)
if [[ -z "$id" ]]; then
  sleutel=SPREIDINGSWET_SES_WOA
  zonder=$(curl -sf "$base/referentiejaren" | sed -n 's/.*"referentiejaar":2024,[^}]*"aantalZonderSesWoa":\([0-9]*\).*/\1/p')
  [[ "${zonder:-1}" != "0" ]] && sleutel=INWONERS_PER_GEMEENTE
  id=$(schrijf verdelingen "{\"cyclus\":\"2024-2026\",\"doelgroep\":\"ASIEL\",\"sleutel\":\"$sleutel\"}" \
    | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
fi
echo "distribution $id"
tabel="$base/verdelingen/$id/gemeenten?paginaGrootte=500"
meet() { # title, then wrk's extra arguments and the URL
  echo "== $1"; shift
  wrk -t"$threads" -c"$connections" -d20s --latency "$@" | grep -E "Requests/sec|Transfer/sec|Latency|50%|99%"
}
meet "GET /q/health/live (ceiling)" http://localhost:8081/q/health/live
meet "GET explanation GM0363" "$base/verdelingen/$id/gemeenten/GM0363/uitleg"
meet "GET table, 342 municipalities, JSON" -H 'Accept: application/json' "$tabel"
meet "GET table, 342 municipalities, CSV" -H 'Accept: text/csv' "$base/verdelingen/$id/gemeenten"
etag=$(curl -sf -o /dev/null -D - -H 'Accept: application/json' "$tabel" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
meet "GET table, JSON, If-None-Match $etag (304)" -H 'Accept: application/json' -H "If-None-Match: $etag" "$tabel"
