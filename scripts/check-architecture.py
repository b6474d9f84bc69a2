#!/usr/bin/env python3
"""Fails when an include in src/ points along an arrow the layering forbids (DESIGN.md, Architecture).

Each folder of src/ is a layer and an arrow only points down. Prints every forbidden include as
`file:line: layer A may not include layer B (header)`. EXCEPTIONS lists the arrows that are known and
still to be removed; it must shrink to none, so an exception that no longer occurs is an error too.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

# What each layer may include besides itself and the standard and third-party libraries.
ALLOWED = {
    "domain": set(),
    "store": {"domain"},
    "store/sqlite": {"store", "domain"},
    "store/postgres": {"store", "domain"},
    "extract": {"domain"},
    "export": {"domain"},
    "ingest": {"store", "domain"},
    "report": {"store", "domain"},
    "app": {"report", "extract", "ingest", "store", "domain"},
    "http": {"app", "export", "report", "ingest", "store", "domain"},
    "cli": {"app", "report", "extract", "ingest", "store", "domain"},
}
# Single headers a layer may include from a layer it otherwise may not: the faces meet only here.
ALLOWED_HEADERS = {
    "cli": {"http/api.hpp"},  # the server's entry point: `mssops serve` starts it
}
# Headers of an allowed layer that a layer may still not include.
FORBIDDEN_HEADERS = {
    # http renders reports but asks app/ for their facts.
    "http": lambda header: header.startswith("report/")
    and header not in ("report/report_output.hpp", "report/report_language.hpp"),
}
# Known forbidden includes (file relative to src/, header), to be removed; the list must shrink to none.
EXCEPTIONS = []

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def layer_of(relative):
    """The layer a path relative to src/ belongs to: its top folder, or store/<backend>."""
    parts = pathlib.PurePosixPath(relative).parts
    if len(parts) > 2 and parts[0] == "store" and parts[1] in ("sqlite", "postgres"):
        return f"store/{parts[1]}"
    return parts[0]


def forbidden(layer, header):
    """The layer `header` belongs to when `layer` may not include it, else None."""
    target = layer_of(header)
    if target == layer or header in ALLOWED_HEADERS.get(layer, set()):
        return None
    # The store library holds its backends: open_store picks one, a backend uses the neutral parts.
    if (layer.startswith("store/") and target == "store") or (layer == "store" and target.startswith("store/")):
        return None
    if target not in ALLOWED.get(layer, set()):
        # A backend's folder is part of store for layers above it; a backend may not use the other.
        if target.startswith("store/") and not layer.startswith("store") and "store" in ALLOWED.get(layer, set()):
            return None
        return target
    rule = FORBIDDEN_HEADERS.get(layer)
    if rule and rule(header):
        return target
    return None


def main():
    found = []
    seen_exceptions = set()
    for path in sorted(SRC.rglob("*")):
        if path.suffix not in (".cpp", ".hpp", ".h"):
            continue
        relative = path.relative_to(SRC).as_posix()
        layer = layer_of(relative)
        if layer not in ALLOWED:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            match = INCLUDE.match(line)
            if not match or not (SRC / match.group(1)).exists():
                continue
            header = match.group(1)
            target = forbidden(layer, header)
            if target is None:
                continue
            if (relative, header) in EXCEPTIONS:
                seen_exceptions.add((relative, header))
                continue
            found.append(f"src/{relative}:{number}: layer {layer} may not include layer {target} ({header})")
    stale = sorted(set(EXCEPTIONS) - seen_exceptions)
    for relative, header in stale:
        found.append(f"src/{relative}: no longer includes {header}: remove it from EXCEPTIONS in {__file__}")
    for line in found:
        print(line, file=sys.stderr)
    if found:
        return 1
    remaining = len(EXCEPTIONS)
    print(f"architecture: every include follows the layering ({remaining} known exceptions left)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
