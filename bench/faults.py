"""Fault benchmark: builds killed at random moments on a synthetic archive.

    .venv/bin/python bench/faults.py --kills 30 --meetings 30

The archive (bilingual meetings synthesised as in ``bench/build.py``) goes round
three states: the base, then a new meeting and an edited figure, then a removed
translation and a removed meeting, then the base again. Each state's clean build
is made once. Then, ``--kills`` times, the project moves to the next state and
``make site``'s command is started and stopped after a random delay: SIGKILL of
the build (as ``kill -9`` or a power cut), or SIGINT to its process group (as
Ctrl-C), half the time uniformly over the build's length and half in its last
fifth (where ``site/`` changes). Counted:

- kills: builds stopped (a build that ended before its kill is counted apart);
- at the moment of the kill, ``site/`` and ``site-data/`` each the complete old
  or the complete new tree (anything else is a wrong site), and both of the same build;
- Ctrl-C: exit code 130, one line, no traceback (or ended by the signal without a traceback:
  in the first hundredths of a second, before Python has set its handler, or as it exits);
- the rebuild after each kill equal to the clean build of the content, file for file;
- every fifth round, two builds started together: the tree they leave equal to the clean build.

The goal is no wrong site and every rebuild equal to clean.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from build import synthesise  # noqa: E402  (bench/build.py)

from tests.conftest import make_project  # noqa: E402

Tree = tuple[dict[str, str], dict[str, str]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--meetings", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="faults-") as folder:
        work = Path(folder)
        states = _states(work / "states", args.meetings)
        clean = [_clean_tree(work / f"clean-{i}", state) for i, state in enumerate(states)]
        project = make_project(work / "project", [], "https://example.org/reports/").parent
        _apply(project / "content", states[0])
        _build(project)
        counts = dict.fromkeys(["kills", "sigkill", "sigint", "ended first", "old tree", "new tree", "wrong site",
                                "site and data of two builds", "ctrl-c clean exits", "rebuilds", "rebuilds equal",
                                "pairs", "pairs equal"], 0)
        length = _timed_build(project, states, 1, clean)  # an uninterrupted rebuild: the kills' time scale
        _apply(project / "content", states[0])
        _build(project)
        current = 0
        for round in range(args.kills):
            target = (current + 1) % len(states)
            _apply(project / "content", states[target])
            _kill_one(project, rng, length, clean[current], clean[target], counts)
            counts["rebuilds"] += 1
            _build(project)
            counts["rebuilds equal"] += _tree(project) == clean[target]
            current = target
            if round % 5 == 4:
                target = (current + 1) % len(states)
                _apply(project / "content", states[target])
                pair = [_start(project) for _ in range(2)]
                for process in pair:
                    process.communicate()
                counts["pairs"] += 1
                counts["pairs equal"] += all(p.returncode == 0 for p in pair) and _tree(project) == clean[target]
                current = target
            print(f"round {round + 1}: " + ", ".join(f"{k} {v}" for k, v in counts.items() if v), flush=True)
    print("\n" + "\n".join(f"{k:>28}: {v}" for k, v in counts.items()))
    ok = counts["wrong site"] == 0 and counts["rebuilds equal"] == counts["rebuilds"] and counts["pairs equal"] == counts["pairs"]
    return 0 if ok else 1


def _kill_one(project: Path, rng: random.Random, length: float, old: Tree, new: Tree, counts: dict) -> None:
    """Start a build, stop it after a random delay, and look at what it left."""
    delay = rng.uniform(0, length * 1.1) if rng.random() < 0.5 else rng.uniform(length * 0.8, length * 1.1)
    ctrl_c = rng.random() < 0.3
    process = _start(project)
    time.sleep(delay)
    if process.poll() is not None:
        process.communicate()
        counts["ended first"] += 1
        return
    if ctrl_c:
        os.killpg(process.pid, signal.SIGINT)
    else:
        process.kill()
    _, err = process.communicate()
    if ctrl_c and process.returncode == 0:  # it ended between the poll and the signal
        counts["ended first"] += 1
        return
    counts["kills"] += 1
    counts["sigint" if ctrl_c else "sigkill"] += 1
    if ctrl_c:  # 130 and one line; or ended by the signal itself, silently (before Python has set its
        # Ctrl-C handler, or after the build, while Python exits)
        lines = err.strip().splitlines()
        clean = "Traceback" not in err and (process.returncode == -signal.SIGINT or process.returncode == 130
                                            and bool(lines) and lines[-1].startswith("interrupted: "))
        counts["ctrl-c clean exits"] += clean
        if not clean:
            print(f"Ctrl-C after {delay:.2f}s: exit {process.returncode}:\n{err[-800:]}", flush=True)
    site, data = _tree(project)
    state = [name for name, tree in (("old", old), ("new", new)) if site == tree[0]]
    if not state or data not in (old[1], new[1]):
        counts["wrong site"] += 1
        return
    counts[f"{state[0]} tree"] += 1
    counts["site and data of two builds"] += data != (old, new)[state[0] == "new"][1]


def _states(folder: Path, meetings: int) -> list[dict[str, bytes]]:
    """The three states of the content, as file name → bytes."""
    base = folder / "base"
    base.mkdir(parents=True)
    synthesise(base, meetings)
    first = {p.name: p.read_bytes() for p in sorted(base.iterdir())}
    grown = dict(first)
    more = folder / "more"
    more.mkdir()
    synthesise(more, 1, start=meetings)
    grown |= {p.name: p.read_bytes() for p in more.iterdir()}
    edited = sorted(first)[len(first) // 3]
    grown[edited] = _bump_a_number(grown[edited])
    shrunk = dict(grown)
    names = sorted(first)
    del shrunk[names[1]]  # one translation
    for name in names[len(names) // 2:len(names) // 2 + 2]:  # a whole meeting, if the pair is adjacent
        shrunk.pop(name, None)
    return [first, grown, shrunk]


def _bump_a_number(data: bytes) -> bytes:
    text = data.decode("utf-8")
    for i, char in enumerate(text):
        if char in "123456789" and i > 40:
            return (text[:i] + str((int(char) % 9) + 1) + text[i + 1:]).encode("utf-8")
    return data + b"\n"


def _apply(content: Path, state: dict[str, bytes]) -> None:
    for path in content.iterdir():
        if path.name not in state:
            path.unlink()
    for name, data in state.items():
        path = content / name
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)


def _clean_tree(folder: Path, state: dict[str, bytes]) -> Tree:
    project = make_project(folder, [], "https://example.org/reports/").parent
    _apply(project / "content", state)
    _build(project)
    return _tree(project)


def _timed_build(project: Path, states, index: int, clean: list[Tree]) -> float:
    _apply(project / "content", states[index])
    start = time.monotonic()
    _build(project)
    assert _tree(project) == clean[index], "an uninterrupted rebuild differs from the clean build"
    return time.monotonic() - start


def _start(project: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "MEETINGS_FAULT_AT"}
    return subprocess.Popen([sys.executable, "-m", "generator", "-f", str(project / "mkdocs.yml"), "build"],
                            cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)  # its own process group: SIGINT reaches it as Ctrl-C would


def _build(project: Path) -> None:
    process = _start(project)
    _, err = process.communicate()
    if process.returncode:
        raise SystemExit(f"build failed in {project}:\n{err}")


def _tree(project: Path) -> Tree:
    return _hashes(project / "site"), _hashes(project / "site-data")


def _hashes(folder: Path) -> dict[str, str]:
    out = {}
    for parent, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(parent, name)
            try:
                out[os.path.relpath(path, folder)] = hashlib.sha1(Path(path).read_bytes()).hexdigest()
            except FileNotFoundError:
                out[os.path.relpath(path, folder)] = "vanished"
    return out


if __name__ == "__main__":
    sys.exit(main())
