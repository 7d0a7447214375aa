#!/usr/bin/env python3
"""Wraps a root filesystem tar as a one-layer container image in the `docker save` format.

That format (manifest.json, an image config, the layer as a tar) is what Jib reads as a `tar://` base image and
what `docker load` / `podman load` accept. Used by basis-image.sh; standard library only.
"""
import argparse
import gzip
import hashlib
import io
import json
import os
import tarfile
import tempfile


def compress(path, target):
    """Gzips the layer (Jib would otherwise compress it again in every build) and returns its diff id."""
    digest = hashlib.sha256()
    with open(path, "rb") as source, gzip.GzipFile(target, "wb", compresslevel=1, mtime=0) as compressed:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
            compressed.write(block)
    return "sha256:" + digest.hexdigest()


def add_bytes(archive, name, data):
    entry = tarfile.TarInfo(name)
    entry.size = len(data)
    entry.mode = 0o644
    archive.addfile(entry, io.BytesIO(data))


def normalise(entry):
    entry.mode, entry.uid, entry.gid, entry.uname, entry.gname, entry.mtime = 0o644, 0, 0, "", "", 0
    return entry


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("rootfs", help="the root filesystem as an uncompressed tar")
    parser.add_argument("output", help="the image archive to write")
    parser.add_argument("--tag", required=True)
    parser.add_argument("--architecture", default="amd64")
    parser.add_argument("--env", action="append", default=[], help="NAME=value, repeatable")
    parser.add_argument("--label", action="append", default=[], help="name=value, repeatable")
    arguments = parser.parse_args()

    layer_file = tempfile.NamedTemporaryFile(suffix=".tar.gz", dir=os.path.dirname(os.path.abspath(arguments.output)))
    diff_id = compress(arguments.rootfs, layer_file.name)
    config = {
        "architecture": arguments.architecture,
        "os": "linux",
        "config": {
            "Env": arguments.env,
            "Labels": dict(label.split("=", 1) for label in arguments.label),
        },
        "rootfs": {"type": "layers", "diff_ids": [diff_id]},
        "history": [{"created_by": "deploy/image/basis-image.sh (mmdebstrap)"}],
    }
    config_bytes = json.dumps(config, indent=2).encode()
    config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
    layer_name = diff_id.split(":")[1] + "/layer.tar.gz"
    manifest = [{"Config": config_name, "RepoTags": [arguments.tag], "Layers": [layer_name]}]

    with tarfile.open(arguments.output, "w") as archive:
        add_bytes(archive, config_name, config_bytes)
        archive.add(layer_file.name, arcname=layer_name, filter=normalise)
        add_bytes(archive, "manifest.json", json.dumps(manifest).encode())


if __name__ == "__main__":
    main()
