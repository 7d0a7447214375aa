#!/usr/bin/env bash
# Stands in for `docker` when Quarkus's Jib extension builds an image "to the local daemon", so that the image is
# written to a file instead: Jib streams the finished image to `docker load` on standard input (the `docker save`
# format), and this script stores that stream as SPREIDING_IMAGE_DIR/<image name>.tar. Quarkus offers no other way
# to write an image to a file (quarkus.jib only pushes to a registry or loads into a daemon). Jib also runs
# `docker info` to choose the platform of the base image; the answer is this machine's.
#
#   ./mvnw package -Dquarkus.container-image.build=true \
#     -Dquarkus.jib.docker-executable-name="$PWD/deploy/image/docker-load-to-file.sh" \
#     -Dquarkus.jib.docker-environment.SPREIDING_IMAGE_DIR="$PWD/target/images"
set -euo pipefail

case "${1:-}" in
  info)
    case "$(uname -m)" in
      x86_64) architecture=amd64 ;;
      aarch64) architecture=arm64 ;;
      *) architecture="$(uname -m)" ;;
    esac
    printf '{"OSType":"linux","Architecture":"%s"}\n' "$architecture"
    ;;
  load)
    directory="${SPREIDING_IMAGE_DIR:?SPREIDING_IMAGE_DIR must name the folder for the image files}"
    mkdir -p "$directory"
    partial="$(mktemp "$directory/.load.XXXXXX")"
    cat > "$partial"
    # The image's first tag, e.g. ghcr.io/spreiding/allocation-service:0.1.0-SNAPSHOT, names the file.
    reference="$(tar -xOf "$partial" manifest.json | sed -n 's/.*"RepoTags":\["\([^"]*\)".*/\1/p')"
    name="${reference##*/}"
    name="${name%%:*}"
    chmod 644 "$partial"
    mv "$partial" "$directory/${name:-image}.tar"
    echo "Loaded image: $reference (written to $directory/${name:-image}.tar)"
    ;;
  *)
    echo "docker-load-to-file.sh: only 'info' and 'load' are supported, not: $*" >&2
    exit 1
    ;;
esac
