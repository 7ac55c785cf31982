"""Throughput and memory of ``geoviz extract FOLDER --json`` on a corpus of news articles.

The corpus is the GeoVirus articles (``shared/eval/geoparse/GeoVirus.xml``) written ten times
over (229 x 10 = 2,290 files) into a temporary folder that is deleted afterwards; without that
file, the seeds/ texts are repeated to the same count. Each run is one ``geoviz extract`` process,
stdout to a pipe that is drained and counted (no progress bar: not a terminal).

Measured per run:
  * wall time, process start to exit; documents per second = documents / wall time;
  * CPU time (user + system) of the CLI and its workers, from ``getrusage(RUSAGE_CHILDREN)``:
    less sensitive than wall time to other load on the machine; and that other load (CPU seconds
    the machine was busy, from /proc/stat, minus the CLI's): when it is high, rerun;
  * peak memory of the process tree (the CLI and its worker processes), by polling /proc every
    20 ms: ``rss`` is the peak of the SUM of every process's resident set (pages shared between
    processes, such as the memory-mapped gazetteer and the parent's pages the forked workers
    inherit, count once per process: an upper bound), and ``pss`` the peak of the sum of the
    proportional set sizes (shared pages split between their processes: what they really cost);
  * ``maxrss_child``: ``getrusage(RUSAGE_CHILDREN).ru_maxrss``, the largest single process's
    peak (the kernel's own figure, no sum), as a cross-check of the polling.

    python bench/bench_extract.py [--runs 3] [--jobs 0 1 2] [--copies 10] [--check] [--json]

``--check`` exits 1 unless the default run (``--jobs 0``, or the first given) reaches 500
documents/s within a 300 MB peak (summed RSS).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GEOVIRUS = REPO.parent / "shared" / "eval" / "geoparse" / "GeoVirus.xml"
TARGET_DOCS_PER_S = 500.0
TARGET_PEAK_MB = 300.0
_PAGE = os.sysconf("SC_PAGE_SIZE")


def write_corpus(folder: Path, copies: int, xml_path: Path = GEOVIRUS) -> tuple[int, str]:
    """Write the articles ``copies`` times into ``folder``; (count, where they came from)."""
    if xml_path.is_file():
        texts = [a.findtext("text") or "" for a in ET.parse(xml_path).getroot().iter("article")]
        origin = f"{xml_path.name} x {copies}"
    else:
        seeds = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
        texts = [seeds[i % len(seeds)] for i in range(229)]
        origin = f"seeds/ texts (no {xml_path}) repeated to {229 * copies}"
    count = 0
    for copy in range(copies):
        for i, text in enumerate(texts):
            (folder / f"c{copy:02d}_{i:04d}.txt").write_text(text, encoding="utf-8")
            count += 1
    return count, origin


def busy_cpu_s() -> float:
    """CPU seconds the whole machine has been busy (all processes), from /proc/stat."""
    with open("/proc/stat") as fh:
        user, nice, system, _idle, _iowait, irq, softirq, steal, *_ = map(int, fh.readline().split()[1:])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out.extend(int(c) for c in fh.read().split())
    except OSError:
        pass
    return out


def _tree(pid: int) -> list[int]:
    todo, seen = [pid], []
    while todo:
        p = todo.pop()
        seen.append(p)
        todo.extend(_children(p))
    return seen


def _rss_pss(pid: int) -> tuple[int, int]:
    """(rss, pss) bytes of one process; (0, 0) once it has gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            fields = dict(line.split(":", 1) for line in fh if ":" in line and not line[0].isdigit())
        return int(fields["Rss"].split()[0]) * 1024, int(fields["Pss"].split()[0]) * 1024
    except (OSError, KeyError, ValueError):
        try:
            with open(f"/proc/{pid}/statm") as fh:
                rss = int(fh.read().split()[1]) * _PAGE
            return rss, rss
        except (OSError, ValueError, IndexError):
            return 0, 0


class Poller(threading.Thread):
    """Peak summed RSS and PSS of a process and its descendants."""

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_rss = self.peak_pss = 0
        self.most_processes = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            pids = _tree(self.pid)
            sizes = [_rss_pss(p) for p in pids]
            self.peak_rss = max(self.peak_rss, sum(r for r, _ in sizes))
            self.peak_pss = max(self.peak_pss, sum(p for _, p in sizes))
            self.most_processes = max(self.most_processes, sum(1 for r, _ in sizes if r))
            self.done.wait(self.interval)


def geoviz_command(module: bool = False) -> list[str]:
    """The installed ``geoviz`` script beside this Python, else (or with ``module``)
    ``python -m geoviz``."""
    script = Path(sys.executable).with_name("geoviz")
    if module:
        return [sys.executable, "-m", "geoviz"]
    return [str(script)] if script.is_file() else [sys.executable, "-m", "geoviz"]


def run_once(folder: Path, jobs: int, module: bool = False) -> dict[str, float]:
    cmd = [*geoviz_command(module), "extract", str(folder), "--json", "--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy_before = busy_cpu_s()
    with tempfile.TemporaryFile() as err:  # a file, not a pipe: stderr can never block the run
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err)
        poller = Poller(proc.pid)
        poller.start()
        out_bytes = 0
        assert proc.stdout is not None
        while chunk := proc.stdout.read(1 << 16):
            out_bytes += len(chunk)
        code = proc.wait()
        wall = time.perf_counter() - start
        poller.done.set()
        poller.join()
        err.seek(0)
        message = err.read().decode(errors="replace")
    if code != 0:
        raise SystemExit(f"extract failed ({code}): {message}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU of the CLI and its workers (it waits for them, so theirs is counted in its own).
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    # Whatever else kept the cores busy meanwhile (this benchmark's poller included): other load
    # makes wall times meaningless, so it is reported with them.
    other = max(0.0, busy_cpu_s() - busy_before - cpu)
    return {"wall_s": wall, "cpu_s": cpu, "other_cpu_s": other,
            "rss_mb": poller.peak_rss / 2**20, "pss_mb": poller.peak_pss / 2**20,
            "processes": poller.most_processes, "out_mb": out_bytes / 2**20}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per --jobs value (median)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[0, 1, 2], help="--jobs values to run")
    parser.add_argument("--copies", type=int, default=10, help="times the corpus is repeated")
    parser.add_argument("--check", action="store_true",
                        help=f"exit 1 unless the first --jobs value reaches {TARGET_DOCS_PER_S:.0f} docs/s "
                             f"within {TARGET_PEAK_MB:.0f} MB")
    parser.add_argument("--module", action="store_true",
                        help="run `python -m geoviz`, not the installed script: with PYTHONPATH=<other "
                             "checkout>, measures that checkout")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="geoviz-extract-") as tmp:
        folder = Path(tmp)
        count, origin = write_corpus(folder, args.copies)
        run_once(folder, args.jobs[0], args.module)  # warm-up: page cache, .pyc files
        samples: dict[int, list[dict[str, float]]] = {j: [] for j in args.jobs}
        for _ in range(args.runs):  # interleaved, so every setting sees the same machine load
            for jobs in args.jobs:
                samples[jobs].append(run_once(folder, jobs, args.module))
    for jobs, runs in samples.items():
        wall = statistics.median(r["wall_s"] for r in runs)
        results[str(jobs)] = {
            "wall_s": round(wall, 3), "docs_per_s": round(count / wall, 1),
            "cpu_s": round(statistics.median(r["cpu_s"] for r in runs), 3),
            "best_wall_s": round(min(r["wall_s"] for r in runs), 3),
            "other_cpu_s": round(statistics.median(r["other_cpu_s"] for r in runs), 2),
            "peak_rss_mb": round(max(r["rss_mb"] for r in runs), 1),
            "peak_pss_mb": round(max(r["pss_mb"] for r in runs), 1),
            "processes": max(r["processes"] for r in runs),
        }
    maxrss_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KB on Linux
    speedup = (results["1"]["wall_s"] / results["2"]["wall_s"]) if {"1", "2"} <= results.keys() else None
    summary = {"documents": count, "corpus": origin, "runs": args.runs, "cpus": os.cpu_count(),
               "jobs": results, "speedup_jobs2_vs_jobs1": round(speedup, 2) if speedup else None,
               "maxrss_child_mb": round(maxrss_child, 1)}
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(f"{count} documents ({origin}), {args.runs} runs each, {os.cpu_count()} CPUs")
        for jobs, r in results.items():
            print(f"  --jobs {jobs}: median {r['wall_s']:.2f} s = {r['docs_per_s']:.0f} docs/s "
                  f"(best {r['best_wall_s']:.2f} s), {r['cpu_s']:.2f} CPU s, other load "
                  f"{r['other_cpu_s']:.2f} CPU s; peak "
                  f"{r['peak_rss_mb']:.0f} MB summed RSS, {r['peak_pss_mb']:.0f} MB summed PSS "
                  f"({r['processes']} processes)")
        if speedup:
            print(f"  speed-up --jobs 2 vs --jobs 1: {speedup:.2f}x")
        print(f"  largest single process (getrusage RUSAGE_CHILDREN maxrss): {maxrss_child:.0f} MB")
    first = results[str(args.jobs[0])]
    if args.check and (first["docs_per_s"] < TARGET_DOCS_PER_S or first["peak_rss_mb"] > TARGET_PEAK_MB):
        print(f"FAIL: --jobs {args.jobs[0]}: {first['docs_per_s']:.0f} docs/s (target >= "
              f"{TARGET_DOCS_PER_S:.0f}), {first['peak_rss_mb']:.0f} MB (target <= {TARGET_PEAK_MB:.0f})",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
