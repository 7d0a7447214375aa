#!/usr/bin/env python3
"""Checks the services' container images, written as `docker save` archives by Jib, without Docker.

For each IMAGE.tar named SERVICE.tar it reads manifest.json, the image config and the layers' file lists, and checks
what a cluster relies on: a non-root user, an entrypoint that starts the JVM with /deployments/quarkus-run.jar, the
service's port, the labels org.opencontainers.image.version and .revision equal to the project version and the
commit, the JVM options of the local stack (--jvm-options-from), and the fast-jar layout under /deployments. With --run (as root) it also unpacks the image and runs the
entrypoint, chrooted, as the image's user, in its working directory, with its environment: the JVM and the
application must start up to connecting to their database, which CI does not give them.

    .ci/check-images.py --version 0.1.0-SNAPSHOT --revision $(git rev-parse HEAD) [--run] \\
        allocation-service=8081 pledge-service=8082 notification-service=8083 --dir target/images
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile

LAYOUT = ["deployments/lib/", "deployments/app/", "deployments/quarkus/", "deployments/quarkus-run.jar"]
# What the application prints when it got as far as its database (Flyway, at start): the image's JVM, classpath,
# configuration and user work. A missing class or an unreadable jar fails earlier, without these words.
STARTED_UP_TO_DATABASE = ["Connection to 127.0.0.1:9 refused", "started in"]


def read_image(path):
    with tarfile.open(path) as archive:
        manifest = json.load(archive.extractfile("manifest.json"))[0]
        config = json.load(archive.extractfile(manifest["Config"]))
        files = set()
        for layer in manifest["Layers"]:
            with tarfile.open(fileobj=archive.extractfile(layer)) as layer_archive:
                for entry in layer_archive.getmembers():
                    name = entry.name.lstrip("./").lstrip("/")
                    files.add(name + "/" if entry.isdir() and not name.endswith("/") else name)
    return manifest, config, files


def non_root(user):
    name = user.split(":", 1)[0]
    return name not in ("", "0", "root")


def jvm_options_of(java_source):
    """The options of ServiceProcess.JVM_OPTIONS, the limits the local stack was measured with (bench/budgets.sh)."""
    with open(java_source, encoding="utf-8") as source:
        declaration = re.search(r"JVM_OPTIONS\s*=\s*List\.of\((.*?)\);", source.read(), re.S)
    if not declaration:
        raise SystemExit(f"no JVM_OPTIONS = List.of(...) in {java_source}")
    return re.findall(r'"([^"]+)"', declaration.group(1))


def check(service, port, path, version, revision, jvm_options):
    manifest, config, files = read_image(path)
    image = config.get("config", {})
    labels = image.get("Labels") or {}
    entrypoint = image.get("Entrypoint") or []
    problems = []
    if not non_root(image.get("User") or ""):
        problems.append(f"user is {image.get('User')!r}, not a non-root user")
    if not entrypoint or os.path.basename(entrypoint[0]) != "java":
        problems.append(f"entrypoint {entrypoint} does not start java")
    jar = entrypoint[entrypoint.index("-jar") + 1] if "-jar" in entrypoint[:-1] else None
    if jar not in ("/deployments/quarkus-run.jar", "quarkus-run.jar"):
        problems.append(f"entrypoint {entrypoint} does not run quarkus-run.jar with -jar")
    for option in jvm_options:
        if option not in entrypoint:
            problems.append(f"entrypoint {entrypoint} lacks the JVM option {option} the local stack runs with")
    if image.get("WorkingDir") != "/deployments":
        problems.append(f"working directory is {image.get('WorkingDir')!r}, not /deployments")
    if f"{port}/tcp" not in (image.get("ExposedPorts") or {}):
        problems.append(f"port {port}/tcp is not exposed: {sorted(image.get('ExposedPorts') or {})}")
    for label, expected in (("org.opencontainers.image.version", version),
                            ("org.opencontainers.image.revision", revision)):
        if labels.get(label) != expected:
            problems.append(f"label {label} is {labels.get(label)!r}, expected {expected!r}")
    for required in LAYOUT:
        if not any(name == required or name.startswith(required) for name in files):
            problems.append(f"no /{required} in any layer")
    reference = (manifest.get("RepoTags") or ["?"])[0]
    return reference, config, problems


def run_entrypoint(path, config):
    """Unpacks the image into a folder and runs its entrypoint there as its user (needs root for chroot)."""
    image = config["config"]
    root = tempfile.mkdtemp(prefix="image-root-")
    try:
        with tarfile.open(path) as archive:
            manifest = json.load(archive.extractfile("manifest.json"))[0]
            for layer in manifest["Layers"]:
                unpack = subprocess.Popen(["tar", "--warning=no-unknown-keyword", "-xzf", "-", "-C", root], stdin=subprocess.PIPE)
                with archive.extractfile(layer) as stream:
                    shutil.copyfileobj(stream, unpack.stdin, 1 << 20)
                unpack.stdin.close()
                if unpack.wait() != 0:
                    raise RuntimeError(f"could not unpack layer {layer}")
        uid, _, gid = image["User"].partition(":")
        environment = dict(entry.split("=", 1) for entry in image.get("Env") or [])
        # Nothing listens on port 9 (discard): the application starts until it needs its database.
        environment["QUARKUS_DATASOURCE_JDBC_URL"] = "jdbc:postgresql://127.0.0.1:9/spreiding"
        environment["KAFKA_BOOTSTRAP_SERVERS"] = "127.0.0.1:9"

        def enter():
            os.chroot(root)
            os.chdir(image["WorkingDir"])
            os.setgroups([])
            os.setgid(int(gid or uid))
            os.setuid(int(uid))

        # The JVM's launcher finds its libraries relative to /proc/self/exe.
        subprocess.run(["mount", "-t", "proc", "proc", os.path.join(root, "proc")], check=True)
        try:
            result = subprocess.run(image["Entrypoint"] + (image.get("Cmd") or []), env=environment,
                                    preexec_fn=enter, capture_output=True, text=True, timeout=120)
            output = result.stdout + result.stderr
        except subprocess.TimeoutExpired as timeout:
            output = (timeout.stdout or b"").decode() + (timeout.stderr or b"").decode()
        finally:
            subprocess.run(["umount", os.path.join(root, "proc")], check=True)
        return any(marker in output for marker in STARTED_UP_TO_DATABASE), output
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("services", nargs="+", help="SERVICE=PORT; the image is DIR/SERVICE.tar")
    parser.add_argument("--dir", default="target/images")
    parser.add_argument("--version", required=True, help="the project version the images must carry")
    parser.add_argument("--revision", required=True, help="the git commit the images must carry")
    parser.add_argument("--jvm-options-from", metavar="JAVA_FILE",
                        help="ServiceProcess.java: every option of its JVM_OPTIONS must be in the entrypoint")
    parser.add_argument("--run", action="store_true", help="also run each image's entrypoint (root only)")
    arguments = parser.parse_args()

    jvm_options = jvm_options_of(arguments.jvm_options_from) if arguments.jvm_options_from else []
    failed = 0
    for service_port in arguments.services:
        service, port = service_port.split("=")
        path = os.path.join(arguments.dir, service + ".tar")
        if not os.path.isfile(path):
            print(f"-- {service}: FAILED, no image {path}")
            failed += 1
            continue
        reference, config, problems = check(service, int(port), path, arguments.version, arguments.revision,
                                           jvm_options)
        if not problems and arguments.run:
            started, output = run_entrypoint(path, config)
            if not started:
                problems.append("the entrypoint did not start the application; its output ends:\n"
                                + "\n".join(output.splitlines()[-20:]))
        image = config["config"]
        print(f"-- {service}: {reference} user={image.get('User')} port={port}"
              f" revision={(image.get('Labels') or {}).get('org.opencontainers.image.revision')}"
              f"{' ran' if arguments.run and not problems else ''}: {'FAILED' if problems else 'ok'}")
        for problem in problems:
            print(f"   {problem}")
        failed += bool(problems)
    print(f"images: {len(arguments.services) - failed} of {len(arguments.services)} as required")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
