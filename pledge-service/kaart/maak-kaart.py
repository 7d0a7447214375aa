#!/usr/bin/env python3
"""Turns the 2024 TopoJSON boundaries (../shared/data/geo, see BRON.md) into the SVG paths of the national map.

Run once, offline, when the boundaries change; the output is committed:
    python3 pledge-service/kaart/maak-kaart.py /work/shared/data/geo pledge-service/src/main/resources/pagina/kaart

What it does, with only the Python standard library:
- decodes the TopoJSON arcs (delta-encoded, quantised by the file's transform);
- projects longitude/latitude onto a plane: x = (lon - 3.358) * cos(52.15 deg), y = 53.6 - lat (equirectangular at
  the country's middle latitude; at this scale indistinguishable from RD New), times 250, so the map spans x 0..592, y 11..712 (viewBox 0 0 600 720);
- quantises to whole units (1 unit is ~0.45 km) and drops the points that fall on the same unit as the one before.
  Shared borders are arcs used by both neighbours, so both get the very same points: the simplification keeps the
  topology (no gaps or overlaps). The source itself was already generalised with mapshaper (see BRON.md).
- writes one line per area: code TAB name TAB path data (absolute first point, then relative moves: 'l' commands).
"""
import json
import math
import sys
from pathlib import Path

SCHAAL = 250
LON0, LAT0 = 3.358, 53.6
COS = math.cos(math.radians(52.15))


def arcs_in_eenheden(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    uit = []
    for arc in topo["arcs"]:
        x = y = 0
        punten = []
        for dx, dy in arc:
            x += dx
            y += dy
            lon, lat = x * sx + tx, y * sy + ty
            punten.append((round((lon - LON0) * COS * SCHAAL), round((LAT0 - lat) * SCHAAL)))
        uit.append(punten)
    return uit


def ring(arcs, indices):
    punten = []
    for i in indices:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        punten.extend(arc if not punten else arc[1:])
    ontdubbeld = [punten[0]]
    for p in punten[1:]:
        if p != ontdubbeld[-1]:
            ontdubbeld.append(p)
    return ontdubbeld


def pad(arcs, geometrie):
    polygonen = geometrie["arcs"] if geometrie["type"] == "MultiPolygon" else [geometrie["arcs"]]
    delen = []
    for polygoon in polygonen:
        for r in polygoon:
            punten = ring(arcs, r)
            if len(punten) < 4:
                continue  # collapsed to a point or a line at this resolution
            x0, y0 = punten[0]
            stappen = []
            px, py = x0, y0
            for x, y in punten[1:-1]:
                stappen.append(f"{x - px} {y - py}")
                px, py = x, y
            delen.append(f"M{x0} {y0}l" + " ".join(stappen) + "z")
    return "".join(delen).replace(" -", "-")


def schrijf(bron, object_naam, doel):
    topo = json.loads(Path(bron).read_text(encoding="utf-8"))
    arcs = arcs_in_eenheden(topo)
    regels = []
    for g in sorted(topo["objects"][object_naam]["geometries"], key=lambda g: g["properties"]["statcode"]):
        p = g["properties"]
        regels.append(f"{p['statcode']}\t{p['statnaam']}\t{pad(arcs, g)}")
    Path(doel).write_text("\n".join(regels) + "\n", encoding="utf-8")
    print(f"{doel}: {len(regels)} areas, {Path(doel).stat().st_size} bytes")


if __name__ == "__main__":
    geo, uit = Path(sys.argv[1]), Path(sys.argv[2])
    uit.mkdir(parents=True, exist_ok=True)
    schrijf(geo / "gemeente_2024.topojson", "gemeente_2024", uit / "gemeenten-2024.tsv")
    schrijf(geo / "provincie_2024.topojson", "provincie_2024", uit / "provincies-2024.tsv")
