#!/usr/bin/env bash
# Builds the base image for the services from Debian packages alone, without Docker and without a container
# registry: a minimal Debian 12 (bookworm) root filesystem with openjdk-17-jre-headless (mmdebstrap), wrapped as a
# one-layer image in the `docker save` format, which Jib reads as `tar://` base image.
#
#   deploy/image/basis-image.sh [OUTPUT]          # default: target/image/basis-image.tar (run as root)
#
# The services' images are normally built on Red Hat's UBI 9 OpenJDK 17 runtime from a registry (see README,
# "Images"); this base exists so that CI can build and check those images where no registry is reachable.
# It carries the same user as UBI's (uid 185, home /deployments) and java on the PATH.
# Needs: mmdebstrap and python3 (Debian packages), root (mmdebstrap --mode=root), Debian's package mirror.
set -euo pipefail
cd "$(dirname "$0")/../.."

output="${1:-target/image/basis-image.tar}"
suite=bookworm
mirror="${SPREIDING_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
security_mirror="${SPREIDING_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
architecture="$(dpkg --print-architecture)"   # amd64, arm64: Debian and OCI use the same names
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$output")"

for tool in mmdebstrap python3; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y $tool)" >&2; exit 1; }
done

# Essential packages plus the JRE, without documentation, manuals and translations; no apt in the image. The empty
# man1 folder is for the JRE's update-alternatives, which links its manual pages even when they are left out.
# User 185 (as in UBI's images) is written into passwd/group directly: the essential set has no useradd.
mmdebstrap --mode=root --architectures="$architecture" --variant=essential --format=tar \
  --include=openjdk-17-jre-headless \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
  --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/info/*' \
  --dpkgopt='path-exclude=/usr/share/locale/*' \
  --essential-hook='mkdir -p "$1"/usr/share/man/man1' \
  --customize-hook='echo "spreiding:x:185:" >> "$1"/etc/group' \
  --customize-hook='echo "spreiding:x:185:185:Spreiding:/deployments:/usr/sbin/nologin" >> "$1"/etc/passwd' \
  --customize-hook='rm -rf "$1"/var/cache/* "$1"/var/lib/apt/lists/* "$1"/var/log/*' \
  "$suite" "$work/rootfs.tar" \
  "deb $mirror $suite main" "deb $mirror $suite-updates main" "deb $security_mirror $suite-security main"

python3 deploy/image/docker-archive.py "$work/rootfs.tar" "$output" \
  --tag "spreiding/basis-jre17:$suite" --architecture "$architecture" \
  --env "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
  --env "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-$architecture" \
  --env "LANG=C.UTF-8" \
  --label "org.opencontainers.image.title=Spreiding base: Debian $suite with openjdk-17-jre-headless" \
  --label "org.opencontainers.image.base.name=debian:$suite"
echo "$output"
