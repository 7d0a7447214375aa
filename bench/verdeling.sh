#!/usr/bin/env bash
# JMH benchmark of the distribution calculation: 342 municipalities (2024) and 100,000 synthetic regions.
# Usage: bench/verdeling.sh [extra JMH options, e.g. -wi 5 -i 10]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl allocation-service -am -DskipTests install
./mvnw -B -q -pl allocation-service test-compile
./mvnw -B -q -pl allocation-service exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
  -Dexec.args="-cp %classpath org.openjdk.jmh.Main nl.spreiding.allocation.verdeling.VerdelingBenchmark $*"
