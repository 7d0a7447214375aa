#!/usr/bin/env python3
"""Generates the 86092NED fixtures of this folder from the shipped reference data (see README.md).

Every value is SYNTHETIC: score(n) = ((n * 7919 + jaar * 13) mod 801 - 400) / 1000 for municipality GMnnnn, so
between -0.400 and 0.400 with three decimals, deterministic. Run from this folder:
    python3 genereer.py ../../../main/resources/referentiedata/2024/gemeenten.csv
"""
import csv
import json
import sys

JAREN = ["2022JJ00", "2023JJ00"]


def score(code, periode):
    n = int(code[2:])
    jaar = int(periode[:4])
    return ((n * 7919 + jaar * 13) % 801 - 400) / 1000


def regels(gemeenten):
    """NL, then per municipality its rows and, for the first two, a district and a neighbourhood: CBS's order."""
    yield ("NL00", None)
    for i, code in enumerate(gemeenten):
        yield (code, code)
        if i < 2:
            yield ("WK" + code[2:] + "00", None)
            yield ("BU" + code[2:] + "0000", None)


def main(pad):
    with open(pad, encoding="utf-8") as f:
        gemeenten = [r["gemeentecode"] for r in csv.DictReader(f)]
    rijen = []
    for regio, gemeente in regels(gemeenten):
        for periode in JAREN:
            if gemeente:
                totaal = score(gemeente, periode)
            elif regio.startswith("BU"):
                totaal = None  # suppressed, as CBS does for a small neighbourhood
            else:
                totaal = 0.0 if regio == "NL00" else 0.111
            rijen.append({"ID": len(rijen), "WijkenEnBuurten": regio.ljust(10), "Perioden": periode,
                          "GemiddeldeScore_29": totaal, "GemiddeldeScore_31": None, "GemiddeldeScore_33": None,
                          "GemiddeldeScore_35": None})
    with open("86092NED-TypedDataSet-alle-gemeenten.json", "w", encoding="utf-8") as f:
        json.dump({"odata.metadata": "https://opendata.cbs.nl/ODataApi/OData/86092NED/$metadata"
                   "#Cbs.OData.WebAPI.TypedDataSet", "value": rijen}, f, ensure_ascii=False,
                  separators=(",", ":"))
        f.write("\n")
    kolommen = list(rijen[0].keys())
    with open("86092NED-TypedDataSet-alle-gemeenten.csv", "w", encoding="utf-8", newline="") as f:
        f.write(";".join('"' + k + '"' for k in kolommen) + "\r\n")
        for r in rijen:
            velden = ["" if r[k] is None else ("%.3f" % r[k] if isinstance(r[k], float) else str(r[k])) for k in kolommen]
            f.write(";".join('"' + v + '"' for v in velden) + "\r\n")


if __name__ == "__main__":
    main(sys.argv[1])
