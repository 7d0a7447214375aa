#!/usr/bin/env bash
# Startup and memory budgets of each service alone, PostgreSQL and Kafka already up (issue 16: ready in under 5 s,
# resident memory under 300 MB after start and under 350 MB after 60 s of mixed reads and after 1,000 malformed
# requests). Starts the local stack's PostgreSQL and Kafka once (the launcher with --services none, its own data
# folder .spreiding-local-bench and ports 25432/29092, so a running ./run-local.sh is not disturbed), then per
# service: starts its packaged jar with the launcher's JVM options (DATA/env/jvm.options) on port 2808x, measures
# the time from exec to /q/health/ready = 200, VmRSS (/proc/PID/status) once ready, after 60 s of GETs cycling over
# its main read endpoints (wrk, 2 threads, 8 connections) and after a burst of 1,000 malformed requests (bad JSON,
# a 256 KB truncated JSON body, bad query parameters, a 32 KB header, a wrong content type, a broken %-escape),
# and stops it. Prints a table; `uptime` before and after, since other builds on the machine skew the numbers.
# Prerequisites: Java 17+, a build (./mvnw -B -q -DskipTests package), curl; wrk is installed with apt-get if
# missing. Usage: bench/budgets.sh [service ...]   (default: allocation-service pledge-service notification-service)
# LOAD_SECONDS (default 60) shortens the read load for a quick try. CDS=1 measures as the local stack runs a service
# from its second start on: a first, unmeasured start records an application class data sharing archive
# (-XX:ArchiveClassesAtExit, written when it stops) and the measured start maps it (-XX:SharedArchiveFile).
# STEPS=1 shows where the start goes: Quarkus prints each startup step's time (quarkus.debug.print-startup-times)
# and the ten longest are listed under the service (the logging adds a little to the time measured).
set -euo pipefail
cd "$(dirname "$0")/.."
services=("$@")
[[ ${#services[@]} -eq 0 ]] && services=(allocation-service pledge-service notification-service)
load_seconds=${LOAD_SECONDS:-60}
data=$PWD/.spreiding-local-bench
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }

echo "uptime before: $(uptime)"
java -Dspreiding.home="$PWD" -jar deploy/local/launcher/target/spreiding-local.jar --clean --data-dir "$data" \
  --services none --postgres-port 25432 --kafka-port 29092 >"$data.log" 2>&1 &
infra=$!
pid=
stop_service() { if [[ -n "$pid" ]]; then kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; fi; }
trap 'stop_service; kill -TERM $infra 2>/dev/null; wait $infra 2>/dev/null || true' EXIT
until grep -q 'No services started' "$data.log"; do
  kill -0 "$infra" 2>/dev/null || { cat "$data.log"; exit 1; }
  sleep 0.5
done
token=$(./dev-token.sh minister --data-dir "$data")
# The malformed bodies go to a write endpoint with a token that may write there, so they reach the JSON reader.
provincie=$(./dev-token.sh provincie PV27 --data-dir "$data")
rss() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
ms() { echo $(( $(date +%s%N) / 1000000 )); }

# The service's read endpoints (wrk's mixed load), a write endpoint for the malformed bodies, and what it needs first.
read_paths() {
  case $1 in
    allocation-service) echo "/api/v1/provincies /api/v1/provincies/PV27 /api/v1/referentiejaren/2024/gemeenten?paginaGrootte=100
      /api/v1/verdeelsleutels /api/v1/cycli /api/v1/verdelingen/$verdeling /api/v1/verdelingen/$verdeling/gemeenten?paginaGrootte=500
      /api/v1/verdelingen/$verdeling/gemeenten/GM0363/uitleg" ;;
    pledge-service) echo "/api/v1/toezeggingen?cyclus=2024-2026 /api/v1/provincies/PV27/overzicht?cyclus=2024-2026
      /api/v1/verdeelbesluiten /api/v1/aanwijzingen /api/v1/provinciale-plannen?cyclus=2024-2026" ;;
    notification-service) echo "/api/v1/termijnen?cyclus=2024-2026 /api/v1/abonnementen /q/health/ready" ;;
  esac
}
write_path() {
  case $1 in
    allocation-service) echo /api/v1/cycli ;;
    pledge-service) echo /api/v1/toezeggingen ;;
    notification-service) echo /api/v1/abonnementen ;;
  esac
}
prepare() { # allocation: a cycle, an estimate and a distribution to read (their events feed the other two)
  [[ $1 == allocation-service ]] || return 0
  local base=http://localhost:$2/api/v1
  post() { curl -sf -X POST "$base/$1" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$2"; }
  post cycli '{"cyclus":"2024-2026"}' >/dev/null || true
  post capaciteitsramingen '{"cyclus":"2024-2026","totaalPlaatsen":96000,"amvPlaatsen":8140}' >/dev/null || true
  verdeling=$(post verdelingen '{"cyclus":"2024-2026","doelgroep":"ASIEL","sleutel":"INWONERS_PER_GEMEENTE"}' \
    | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
}
malformed_config() { # 1,000 requests for curl -K, six kinds in turn
  local base=http://localhost:$1 write=$2 big header
  big=$(head -c 262144 /dev/zero | tr '\0' '[')
  header=$(head -c 32768 /dev/zero | tr '\0' 'x')
  printf '%s' "$big" >"$data/big.json"
  for ((i = 0; i < 1000; i++)); do
    case $((i % 6)) in
      0) printf 'url = "%s%s"\nrequest = "POST"\nheader = "Content-Type: application/json"\ndata = "{\\"cyclus\\":"\n' "$base" "$write" ;;
      1) printf 'url = "%s%s"\nrequest = "POST"\nheader = "Content-Type: application/json"\ndata-binary = "@%s"\n' "$base" "$write" "$data/big.json" ;;
      2) printf 'url = "%s%s?pagina=-1&paginaGrootte=abc&cyclus=%%27;drop"\n' "$base" "${read_first}" ;;
      3) printf 'url = "%s%s"\nheader = "X-Groot: %s"\n' "$base" "$read_first" "$header" ;;
      4) printf 'url = "%s%s"\nrequest = "POST"\nheader = "Content-Type: application/xml"\ndata = "<cyclus/>"\n' "$base" "$write" ;;
      5) printf 'url = "%s/api/v1/provincies/%%zz%%"\n' "$base" ;;
    esac
    printf 'header = "Authorization: Bearer %s"\nsilent\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\n' "$write_token"
    if ((i < 999)); then printf 'next\n'; fi
  done
}

start_service() { # SERVICE PORT LOG [JVM option]: starts it and waits until it is ready
  local env_file=$data/env/$1.env
  ( set -a; . "$env_file"; QUARKUS_HTTP_PORT=$2
    exec java $(cat "$data/env/jvm.options") ${4:-} -jar "$1/target/quarkus-app/quarkus-run.jar" ) >"$3" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$2/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "$1 died; see $3"; tail -20 "$3"; exit 1; }
    sleep 0.1
  done
}

verdeling=none
results=()
for service in "${services[@]}"; do
  env_file=$data/env/$service.env
  port=$(( $(sed -n 's/^QUARKUS_HTTP_PORT=//p' "$env_file") + 20000 ))
  log=$data/logs/$service.log
  mkdir -p "$data/logs" "$data/cds"
  cds=
  if [[ ${CDS:-0} == 1 ]]; then
    rm -f "$data/cds/$service.jsa"
    start_service "$service" "$port" "$log.cds" "-XX:ArchiveClassesAtExit=$data/cds/$service.jsa"
    stop_service
    cds="-XX:SharedArchiveFile=$data/cds/$service.jsa"
  fi
  [[ ${STEPS:-0} == 1 ]] && cds="$cds -Dquarkus.debug.print-startup-times=true"
  start=$(ms)
  start_service "$service" "$port" "$log" "$cds"
  ready=$(( $(ms) - start ))
  rss_start=$(rss "$pid")
  quarkus=$(sed -n 's/.*started in \([0-9.]*s\).*/\1/p' "$log" | tail -1)
  prepare "$service" "$port"
  paths=$(read_paths "$service" | tr -s ' \n' ' ')
  read_first=${paths%% *}; read_first=${read_first%%\?*}
  echo "== $service ready in $ready ms (Quarkus: started in $quarkus), RSS $rss_start MB"
  if [[ ${STEPS:-0} == 1 ]]; then
    echo "  longest startup steps (ms):"
    sed -n 's/.*Build step \(.*\) completed in: \([0-9]*\)ms.*/\2 \1/p' "$log" | sort -rn | head -10 | sed 's/^/    /'
  fi
  echo "  reads:"
  for p in $paths; do
    printf '  %s %s\n' "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://localhost:$port$p")" "$p"
  done
  rps=$(PADEN="$paths" TOKEN="$token" wrk -t2 -c8 -d"${load_seconds}s" -s bench/budgets-lezen.lua "http://localhost:$port" \
    | sed -n 's/Requests\/sec: *\([0-9.]*\).*/\1/p')
  rss_load=$(rss "$pid")
  write_token=$token; [[ $service == pledge-service ]] && write_token=$provincie
  malformed_config "$port" "$(write_path "$service")" >"$data/malformed.curl"
  codes=$( (curl -s --parallel --parallel-max 8 -K "$data/malformed.curl" 2>/dev/null || true) | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
  rss_burst=$(rss "$pid")
  echo "  reads: $rps req/s; malformed answers: $codes"
  results+=("$(printf '%-22s %9s %9s %10s %10s %11s %9s' "$service" "$ready" "$quarkus" "$rss_start" "$rss_load" "$rss_burst" "$rps")")
  stop_service
done

echo
echo "JVM options: $(cat "$data/env/jvm.options")${CDS:+ (CDS=$CDS: measured with the archive of a first start)}"
printf '%-22s %9s %9s %10s %10s %11s %9s\n' service "ready ms" "quarkus" "RSS start" "RSS reads" "RSS burst" "reads/s"
printf '%s\n' "${results[@]}"
echo "uptime after: $(uptime)"
