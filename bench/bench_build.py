"""End-to-end time of ``geoviz build`` against the time of importing its libraries.

Alternates N runs of the baseline ``python -c "import folium, shapely, geopy, click"`` and of
``geoviz build seeds/ -o m.html --geojson m.geojson`` (process start to exit, files written),
like hyperfine, so both see the same machine load. Prints each median and the ratio of the
medians; ``--check`` exits 1 when the ratio is over the target (1.5).

    python bench/bench_build.py [--runs 15] [--check] [--breakdown] [--json]

``--breakdown`` also times the stages inside one process (libraries, geoviz imports, pipeline,
render, export) over a few runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = 1.5
BASELINE = [sys.executable, "-c", "import folium, shapely, geopy, click"]

# Run in a fresh interpreter: each stage's time, as JSON on stdout.
_STAGES = """
import json, sys, time
t0 = time.perf_counter()
import click, folium, shapely
t1 = time.perf_counter()
from geoviz import pipeline
from geoviz.app import make_gazetteer
from geoviz.export import dumps, to_geojson
from geoviz.render import render_html
from geoviz.sources import read_sources
t2 = time.perf_counter()
found = read_sources([sys.argv[1]])
incident = pipeline.build_map(found.sources, make_gazetteer())
t3 = time.perf_counter()
html = render_html(incident)
t4 = time.perf_counter()
geojson = dumps(to_geojson(incident))
t5 = time.perf_counter()
print(json.dumps({"libraries": t1 - t0, "geoviz imports": t2 - t1, "pipeline": t3 - t2,
                  "render": t4 - t3, "export": t5 - t4}))
"""


def geoviz_command(module: bool = False) -> list[str]:
    """The installed ``geoviz`` script beside this Python, else (or with ``module``)
    ``python -m geoviz``."""
    script = Path(sys.executable).with_name("geoviz")
    if module:
        return [sys.executable, "-m", "geoviz"]
    if script.is_file():
        return [str(script)]
    found = shutil.which("geoviz")
    return [found] if found else [sys.executable, "-m", "geoviz"]


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr}")
    return elapsed


def busy_cpu_s() -> float:
    """CPU seconds the whole machine has been busy (all processes), from /proc/stat; 0 elsewhere."""
    try:
        with open("/proc/stat") as fh:
            user, nice, system, _idle, _iowait, irq, softirq, steal, *_ = map(int, fh.readline().split()[1:])
    except OSError:
        return 0.0
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def run(runs: int, seeds: Path, warmup: int = 2, module: bool = False) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory(prefix="geoviz-bench-") as tmp:
        html, geojson = Path(tmp, "m.html"), Path(tmp, "m.geojson")
        build = [*geoviz_command(module), "build", str(seeds), "-o", str(html), "--geojson", str(geojson)]
        for _ in range(warmup):  # page cache, .pyc files
            timed(BASELINE)
            timed(build)
        times: dict[str, list[float]] = {"import": [], "build": []}
        for _ in range(runs):
            times["import"].append(timed(BASELINE))
            times["build"].append(timed(build))
            if not (html.stat().st_size and geojson.stat().st_size):
                raise SystemExit("build wrote an empty file")
    return times


def breakdown(seeds: Path, runs: int = 5) -> dict[str, float]:
    """Median seconds of each stage inside one process."""
    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _STAGES, str(seeds)], check=True,
                             capture_output=True, text=True).stdout
        for stage, seconds in json.loads(out.splitlines()[-1]).items():
            samples.setdefault(stage, []).append(seconds)
    return {stage: statistics.median(values) for stage, values in samples.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each command (alternating)")
    parser.add_argument("--seeds", type=Path, default=REPO / "seeds")
    parser.add_argument("--check", action="store_true", help=f"exit 1 if the ratio is over {TARGET}")
    parser.add_argument("--breakdown", action="store_true", help="also time the stages in-process")
    parser.add_argument("--module", action="store_true",
                        help="run `python -m geoviz`, not the installed script: with PYTHONPATH=<other "
                             "checkout>, measures that checkout")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    start, busy = time.perf_counter(), busy_cpu_s()
    ours = resource.getrusage(resource.RUSAGE_CHILDREN)
    times = run(args.runs, args.seeds, module=args.module)
    mine = resource.getrusage(resource.RUSAGE_CHILDREN)
    # Other processes' CPU meanwhile, as a share of one core: high values make any figure doubtful.
    spent = (mine.ru_utime + mine.ru_stime) - (ours.ru_utime + ours.ru_stime)
    other_load = max(0.0, busy_cpu_s() - busy - spent) / (time.perf_counter() - start)
    medians = {name: statistics.median(values) for name, values in times.items()}
    ratio = medians["build"] / medians["import"]
    result: dict[str, object] = {
        "runs": args.runs, "cpus": os.cpu_count(),
        "import_median_s": round(medians["import"], 4), "build_median_s": round(medians["build"], 4),
        "import_min_s": round(min(times["import"]), 4), "build_min_s": round(min(times["build"]), 4),
        "ratio": round(ratio, 3), "target": TARGET, "other_load_cores": round(other_load, 2),
    }
    if args.breakdown:
        result["stages_s"] = {k: round(v, 4) for k, v in breakdown(args.seeds).items()}
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"import baseline  median {medians['import']:.3f} s  (min {min(times['import']):.3f})")
        print(f"geoviz build     median {medians['build']:.3f} s  (min {min(times['build']):.3f})")
        print(f"ratio            {ratio:.2f}x  (target <= {TARGET}x, {args.runs} alternating runs each)")
        print(f"other load       {other_load:.2f} cores busy with other processes meanwhile")
        for stage, seconds in dict(result.get("stages_s", {})).items():  # type: ignore[call-overload]
            print(f"  {stage:<16} {seconds:.3f} s")
    if args.check and ratio > TARGET:
        print(f"FAIL: build takes {ratio:.2f}x the import baseline (> {TARGET}x)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
