#!/usr/bin/env bash
# Read throughput of published tasks over HTTP on a running local stack (./run-local.sh), measured with wrk.
# Publishes the 2024 distribution (inhabitants-only key unless SES-WOA scores were imported) if none exists, then
# reads one municipality's explanation and the whole table (JSON and CSV) for 20 s each.
# Usage: bench/http-lezen.sh [threads] [connections]
set -euo pipefail
threads=${1:-2}
connections=${2:-16}
base=http://localhost:8081/api/v1
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

curl -sf -X POST "$base/cycli" -H 'Content-Type: application/json' -d '{"cyclus":"2024-2026"}' >/dev/null || true
curl -sf -X POST "$base/capaciteitsramingen" -H 'Content-Type: application/json' \
  -d '{"cyclus":"2024-2026","totaalPlaatsen":96000,"amvPlaatsen":8140}' >/dev/null || true
id=$(curl -sf "$base/verdelingen?cyclus=2024-2026&doelgroep=ASIEL" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1)
if [[ -z "$id" ]]; then
  sleutel=SPREIDINGSWET_SES_WOA
  zonder=$(curl -sf "$base/referentiejaren" | sed -n 's/.*"referentiejaar":2024,[^}]*"aantalZonderSesWoa":\([0-9]*\).*/\1/p')
  [[ "${zonder:-1}" != "0" ]] && sleutel=INWONERS_PER_GEMEENTE
  id=$(curl -sf -X POST "$base/verdelingen" -H 'Content-Type: application/json' \
    -d "{\"cyclus\":\"2024-2026\",\"doelgroep\":\"ASIEL\",\"sleutel\":\"$sleutel\"}" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
fi
echo "distribution $id"
for url in "$base/verdelingen/$id/gemeenten/GM0363/uitleg" "$base/verdelingen/$id/gemeenten?paginaGrootte=500"; do
  echo "== GET $url"
  wrk -t"$threads" -c"$connections" -d20s --latency "$url" | grep -E "Requests/sec|Latency|50%|99%"
done
echo "== GET $base/verdelingen/$id/gemeenten (text/csv)"
wrk -t"$threads" -c"$connections" -d20s --latency -H 'Accept: text/csv' "$base/verdelingen/$id/gemeenten" \
  | grep -E "Requests/sec|Latency|50%|99%"
