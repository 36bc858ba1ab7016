"""Files on disk between the stages: the generated Markdown, MkDocs' output, and the
atomic swap into ``site/`` and ``site-data/``.

Generated pages are kept in ``build/docs/<lang>/`` and the search index in
``build/search/<lang>/``, each file rewritten only when it changes, so MkDocs can
rebuild just those pages (``dirty``) into ``build/out/<lang>/``.
The published ``site/`` is assembled next to it, reusing (hard-linking) the
unchanged files of the previous ``site/`` and copying the changed ones, and then
swapped in with a rename: readers and a failed build never see half a site.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path


def sync_files(files: dict[str, bytes], folder: Path, keep: set[str] = frozenset(), pattern: str = "*") -> tuple[list[str], list[str]]:
    """Make ``folder`` hold exactly ``files`` (relative path → bytes) among the files matching
    ``pattern``, plus those in ``keep``. Returns (written, removed) relative paths;
    unchanged files keep their mtime."""
    folder.mkdir(parents=True, exist_ok=True)
    existing = {p.relative_to(folder).as_posix() for p in folder.rglob(pattern) if p.is_file()}
    written = []
    for rel, data in files.items():
        target = folder / rel
        if rel in existing and target.stat().st_size == len(data) and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(rel)
    removed = sorted(existing - set(files) - keep)
    for rel in removed:
        (folder / rel).unlink()
    return written, removed


def output_path(page: str) -> str:
    """Where MkDocs (``use_directory_urls``) writes a page: ``meetings/x.md`` → ``meetings/x/index.html``.

    >>> output_path("index.md"), output_path("meetings/x.md")
    ('index.html', 'meetings/x/index.html')
    """
    stem = page[:-3]
    return "index.html" if stem == "index" else f"{stem.removesuffix('/index')}/index.html"


def remove_outputs(out_dir: Path, removed_pages: list[str]) -> None:
    for page in removed_pages:
        target = out_dir / output_path(page)
        if target.exists():
            target.unlink()
        parent = target.parent
        while parent != out_dir and parent.exists() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent


def assemble(parts: dict[str, Path], files: dict[str, bytes | None], previous: Path, target: Path) -> None:
    """Build ``target`` from folders (``parts``: prefix → folder) and single files,
    hard-linking what is identical in ``previous`` and copying the rest. A file
    given as ``None`` is unchanged: it is linked from ``previous``."""
    discard(target, target.parent / "trash")
    target.mkdir(parents=True)
    for prefix, folder in parts.items():
        for source in folder.rglob("*"):
            if source.is_dir():
                continue
            rel = f"{prefix}/{source.relative_to(folder).as_posix()}" if prefix else source.relative_to(folder).as_posix()
            _place(source, rel, previous, target)
    for rel, data in files.items():
        dest = target / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        if data is None:
            os.link(previous / rel, dest)
        else:
            dest.write_bytes(data)


def _place(source: Path, rel: str, previous: Path, target: Path) -> None:
    dest = target / rel
    dest.parent.mkdir(parents=True, exist_ok=True)
    old = previous / rel
    try:
        before, now = old.stat(), source.stat()
        same = before.st_size == now.st_size and before.st_mtime >= now.st_mtime
    except OSError:
        same = False
    if same:
        os.link(old, dest)  # the previous site's file, which no build writes to again
    else:
        shutil.copy2(source, dest)


def swap(new: Path, target: Path, trash: Path) -> None:
    """Replace ``target`` with ``new`` by renames; the old tree goes to ``trash``."""
    discard(target, trash)
    new.rename(target)


def discard(path: Path, trash: Path) -> None:
    """Move a tree out of the way (into ``trash``, see ``empty_trash``)."""
    if path.exists():
        trash.mkdir(parents=True, exist_ok=True)
        path.rename(trash / f"{path.name}-{time.time_ns()}")


def empty_trash(trash: Path) -> None:
    """Delete old trees in the background: removing thousands of page folders takes
    seconds on some disks, and nothing waits for it."""
    if trash.exists() and any(trash.iterdir()):
        doomed = trash.with_name(f"{trash.name}-{time.time_ns()}")
        trash.rename(doomed)
        subprocess.Popen(["rm", "-rf", str(doomed)], start_new_session=True,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
