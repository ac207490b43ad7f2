#!/usr/bin/env python3
"""Writes the SYNTHETIC baseline files issue 15's benchmark measures, from the default data.

    python3 scripts/make_bench_data.py large OUT.json   # 40 monthly indicators x every area x 180 months, 20 goals
    python3 scripts/make_bench_data.py wide OUT.json    # 200 municipalities x 10 monthly indicators

Every figure in the output is synthetic and says so: the title starts with "SYNTETISK", a note
explains, and every series has provenance "synthetic" (the app labels such series). The shape is
what a region might ship, the values are the default file's varied by a fixed-seed random walk, so
two runs write the same file. Regions and the country are the sums of their municipalities (counts)
or the mean (percentages), as in the default file. Used by scripts/bench.sh --large, which deletes
the files afterwards; never committed.
"""

import copy
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HISTORY = 180


def month_list(last, n):
    y, m = map(int, last.split("-"))
    out = []
    for _ in range(n):
        out.append(f"{y:04d}-{m:02d}")
        m -= 1
        if m == 0:
            y, m = y - 1, 12
    return out[::-1]


def filled(values):
    """Gaps (null) filled with the month before (or after, at the start): synthetic data have none."""
    out = list(values)
    for i in range(1, len(out)):
        if out[i] is None:
            out[i] = out[i - 1]
    for i in range(len(out) - 2, -1, -1):
        if out[i] is None:
            out[i] = out[i + 1]
    return [0.0 if v is None else v for v in out]


def extend(values, n, rng, percent):
    """`values` stretched back to `n` months: each earlier year is the next one times a small
    random factor, so the season stays and the level wanders."""
    out = filled(values)
    while len(out) < n:
        year = out[:12]
        f = 1 + rng.gauss(0, 0.06)
        out = [max(0.0, v * f * (1 + rng.gauss(0, 0.01))) for v in year] + out
    out = out[-n:]
    return [min(100.0, v) if percent else v for v in out]


def vary(values, rng, percent):
    values = filled(values)
    scale = rng.uniform(0.7, 1.3)
    out = [max(0.0, v * scale * (1 + rng.gauss(0, 0.02))) for v in values]
    return [round(min(100.0, v), 1) if percent else round(v, 1) for v in out]


def label(d, shape):
    d["meta"]["title"] = f"SYNTETISK testfil ({shape}) – kun til hastighedsmåling, ikke rigtige tal"
    d["meta"]["notes"] = [
        "Alle tal i denne fil er syntetiske: scripts/make_bench_data.py har skrevet dem ud fra standardfilen "
        "med tilfældige variationer (fast frø), for at måle Måltals hastighed på en større fil. De må ikke bruges."
    ]


def monthly(d):
    return [i for i in d["indicators"] if i["frequency"] == "monthly"]


def large(base):
    rng = random.Random(15)
    d = copy.deepcopy(base)
    months = month_list(d["meta"]["data_date"], HISTORY)
    originals = monthly(d)
    muni = {m["code"] for m in d["municipalities"]}
    by_ind = {}
    for s in d["series"]:
        if s["area"] in muni:
            by_ind.setdefault(s["indicator"], []).append(s)
    indicators, series = [], []
    k = 0
    while len(indicators) < 40:
        src = originals[k % len(originals)]
        copy_no = k // len(originals)
        ind = copy.deepcopy(src)
        percent = ind["unit"] == "percent"
        if copy_no:
            ind["id"] = f"syn{copy_no}_{src['id']}"
            for lang in ("da", "en"):
                ind["name"][lang] = f"{src['name'][lang]} (syntetisk {copy_no})"
        ind.pop("breaks", None)
        indicators.append(ind)
        for s in by_ind.get(src["id"], []):
            values = extend(s["values"], HISTORY, rng, percent)
            series.append({"area": s["area"], "indicator": ind["id"], "months": months,
                           "values": vary(values, rng, percent), "provenance": "synthetic"})
        k += 1
    quarterly = [i for i in d["indicators"] if i["frequency"] != "monthly"]
    d["indicators"] = indicators + quarterly
    d["series"] = series + [s for s in d["series"] if s["indicator"] in {q["id"] for q in quarterly}]
    for ind in indicators:
        d["series"] += aggregate(d, ind, months)
    goals = [{"id": "ledighed", "title": {"da": "Ledigheden skal ned (syntetisk)", "en": "Unemployment down (synthetic)"},
              "indicator": "ledige", "measure": {"kind": "annual_average"}}]
    for ind in indicators[1:20]:
        goals.append({"id": f"maal-{ind['id']}".replace("_", "-"), "title": copy.deepcopy(ind["name"]),
                      "indicator": ind["id"], "measure": {"kind": "annual_average"}})
    d["goal_sets"] = [{"id": "syntetisk-20-maal", "title": {"da": "Syntetisk målsæt med 20 mål", "en": "Synthetic goal set of 20 goals"},
                       "plan_year": 2026, "example": True, "goals": goals}]
    label(d, "40 indikatorer × 180 måneder, 20 mål")
    return d


def wide(base):
    rng = random.Random(16)
    d = copy.deepcopy(base)
    keep = [i for i in monthly(d)][:10]
    keep_ids = {i["id"] for i in keep}
    d["indicators"] = keep
    used = {m["code"] for m in d["municipalities"]}
    free = [f"{c:03d}" for c in range(100, 1000) if f"{c:03d}" not in used]
    real = list(d["municipalities"])
    new = []
    for i in range(200 - len(real)):
        src = real[i % len(real)]
        m = copy.deepcopy(src)
        m["code"] = free[i]
        m["name"] = f"Syntetisk kommune {i + 1}"
        new.append((m, src["code"]))
    d["municipalities"] = real + [m for m, _ in new]
    muni = {m["code"] for m in real}
    src_series = [s for s in d["series"] if s["area"] in muni and s["indicator"] in keep_ids]
    series = []
    for s in src_series:
        series.append({**s, "values": filled(s["values"]), "provenance": "synthetic"})
    by_key = {(s["area"], s["indicator"]): s for s in src_series}
    for m, src_code in new:
        for ind in keep:
            s = by_key.get((src_code, ind["id"]))
            if s:
                series.append({"area": m["code"], "indicator": ind["id"], "months": s["months"],
                               "values": vary(s["values"], rng, ind["unit"] == "percent"), "provenance": "synthetic"})
    d["series"] = series
    for ind in keep:
        # Sums need one month list: the longest series of the indicator sets it.
        months = max((s["months"] for s in series if s["indicator"] == ind["id"]), key=len, default=[])
        d["series"] += aggregate(d, ind, months)
    for gs in d["goal_sets"]:
        gs["goals"] = [g for g in gs["goals"] if g["indicator"] in keep_ids]
    d["goal_sets"] = [gs for gs in d["goal_sets"] if gs["goals"]]
    d["expected"] = [e for e in d.get("expected", []) if e["indicator"] in keep_ids]
    label(d, "200 kommuner × 10 indikatorer")
    return d


def aggregate(d, ind, months):
    """Region and national series of indicator `ind` from the municipalities' series: the sum
    (counts) or the mean (percentages) of the municipalities with a figure in each month of
    `months`; a series that starts later than `months` counts from its first month."""
    index = {m: i for i, m in enumerate(months)}
    by_code = {m["code"]: m["region"] for m in d["municipalities"]}
    percent = ind["unit"] == "percent"
    sums = {}
    for s in d["series"]:
        if s["indicator"] != ind["id"] or s["area"] not in by_code:
            continue
        for key in (by_code[s["area"]], "national"):
            acc = sums.setdefault(key, ([0.0] * len(months), [0] * len(months)))
            for m, v in zip(s["months"], s["values"]):
                if m in index:
                    acc[0][index[m]] += v
                    acc[1][index[m]] += 1
    out = []
    for area, (total, count) in sums.items():
        first = next((i for i, c in enumerate(count) if c), len(months))
        vals = [(t / c if percent else t) for t, c in zip(total[first:], count[first:])]
        out.append({"area": area, "indicator": ind["id"], "months": months[first:],
                    "values": [round(v, 1) for v in vals], "provenance": "synthetic"})
    return out


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("large", "wide"):
        sys.exit(__doc__)
    base = json.loads((ROOT / "data" / "baseline.json").read_text(encoding="utf-8"))
    out = large(base) if sys.argv[1] == "large" else wide(base)
    Path(sys.argv[2]).write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{sys.argv[2]}: {Path(sys.argv[2]).stat().st_size} bytes, {len(out['series'])} series (synthetic)")


if __name__ == "__main__":
    main()
