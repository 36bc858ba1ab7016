"""Files on disk between the stages, and the update of ``site/`` and ``site-data/``.

Everything is made in ``build/``: the generated Markdown (``build/docs/<lang>``),
MkDocs' output (``build/out/<lang>``), the search index (``build/search/<lang>``),
the data (``build/data``) and the root files (``build/root``). A file there is
never rewritten in place, only replaced (a new file renamed over it), so
``site/`` can hard-link them: publishing links what changed and removes what
is gone, and a failed build has not touched ``site/``.
"""

from __future__ import annotations

import fnmatch
import os
import shutil
import subprocess
import time
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from pathlib import Path

from generator.faults import fault_point


def sync_files(files: dict[str, bytes] | Iterable[tuple[str, bytes]], folder: Path, keep: AbstractSet[str] = frozenset(),
               pattern: str = "*") -> tuple[list[str], list[str]]:
    """Make ``folder`` hold exactly ``files`` (relative path → bytes, or such pairs made one at a time, so
    that a build need not hold every page at once) among the files matching ``pattern``, plus those in
    ``keep``. Returns (written, removed) relative paths; unchanged files keep their mtime."""
    folder.mkdir(parents=True, exist_ok=True)
    existing = {rel for rel, _ in _entries(str(folder))
                if pattern == "*" or fnmatch.fnmatch(rel.rpartition("/")[2], pattern)}  # 20,000 names at 5,000 meetings
    written, named = [], set()
    for rel, data in files.items() if isinstance(files, dict) else files:
        named.add(rel)
        target = folder / rel
        if rel in existing and target.stat().st_size == len(data) and target.read_bytes() == data:
            continue
        write_file(target, data)
        written.append(rel)
    removed = sorted(existing - named - keep)
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


def remove_outputs(out_dir: Path, removed_pages: list[str]) -> list[str]:
    """Remove what MkDocs made of pages that are gone: the page, and the files made beside it
    in its own folder (the share image); returns the files' relative paths."""
    removed = []
    for page in removed_pages:
        rel, folder = output_path(page), output_path(page).rpartition("/")[0]
        own_folder = not (page == "index.md" or page.endswith("/index.md"))  # a section's index shares its folder
        outputs = [f"{folder}/{name}" for name, _ in _entries(str(out_dir / folder))] if own_folder else [rel]
        for name in outputs:
            target = out_dir / name
            if target.exists():
                target.unlink()
                _remove_empty_parents(target, out_dir)
                removed.append(name)
    return removed


def write_file(target: Path, data: bytes) -> None:
    """Replace ``target`` by a new file (a file ``site/`` links to is never changed in place)."""
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        temporary.write_bytes(data)
    except FileNotFoundError:  # a new folder: made here, not asked for before each of its thousands of files
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
    os.replace(temporary, target)


def overwrite(target: Path, data: bytes) -> None:
    """Write ``data`` over ``target``'s own bytes (made if missing): only for a file that no
    published tree links. On this kind of disk a new file of 27 MB costs a third of a second,
    the same bytes written over an old file's blocks a hundredth."""
    with open(os.open(target, os.O_RDWR | os.O_CREAT, 0o644), "r+b") as fh:
        fh.write(data)
        fh.truncate()


def move_outputs(stage: Path, out: Path) -> list[str]:
    """Move what MkDocs wrote in ``stage`` into ``out``, but the files ``out`` already has
    with the same bytes (the 404 page, on every run); returns the relative paths moved."""
    moved = []
    for rel, entry in _entries(str(stage)):
        path = entry.path
        target = out / rel
        try:
            if os.path.getsize(path) == target.stat().st_size and target.read_bytes() == Path(path).read_bytes():
                continue
        except OSError:
            target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, target)
        moved.append(rel)
    return moved


def mirror(parts: dict[str, Path], target: Path, trash: Path, skip: frozenset[str] = frozenset(),
           leave: tuple[str, ...] = (), changed: dict[str, set[str]] | None = None) -> None:
    """Make ``target`` hold exactly the files of ``parts`` (prefix → folder), as hard links,
    but the files ``skip`` names and those under the prefixes ``leave`` (left as they are).
    Only what changed is touched: a file already linked is found by its inode, with no
    read. Files replaced or removed go to ``trash`` (see ``empty_trash``).

    ``changed``: for each prefix, the only files (written or removed) that may differ
    from ``target``, which the other files already match; None: every file is compared."""
    wanted: dict[str, tuple[str, int]] = {}
    present: dict[str, int] = {}
    if changed is None:
        for prefix, folder in parts.items():
            for rel, entry in _entries(str(folder)):
                wanted[f"{prefix}/{rel}" if prefix else rel] = (entry.path, entry.inode())
        present = {rel: entry.inode() for rel, entry in _entries(str(target))}
    else:
        for prefix, rels in changed.items():
            for rel in rels:
                name, source = f"{prefix}/{rel}" if prefix else rel, os.path.join(parts[prefix], rel)
                if (inode := _inode(source)) is not None:
                    wanted[name] = (source, inode)
                if (inode := _inode(target / name)) is not None:
                    present[name] = inode
    for rel in skip:
        wanted.pop(rel, None)
    bin = _Bin(trash)
    for rel, (source, inode) in wanted.items():
        if present.get(rel) != inode:
            fault_point("publish:link")
            _link(source, target / rel, bin if rel in present else None)
    for rel in present.keys() - wanted.keys():
        if not rel.startswith(leave):
            bin.take(target / rel)
            _remove_empty_parents(target / rel, target)


class _Bin:
    """Where replaced and removed files go instead of being deleted: on this kind of disk
    deleting a file costs a millisecond, and a rebuild drops hundreds of search buckets."""

    def __init__(self, trash: Path):
        self.folder = trash / f"files-{time.time_ns()}"
        self.count = 0

    def _slot(self) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.count += 1
        return self.folder / str(self.count)

    def keep(self, path: Path) -> None:
        """Give ``path``'s file a second name here, so that replacing it frees nothing now."""
        try:
            os.link(path, self._slot())
        except OSError:
            pass

    def take(self, path: Path) -> None:
        try:
            os.rename(path, self._slot())
        except OSError:  # another file system
            path.unlink()


def _link(source: str, dest: Path, bin: _Bin | None) -> None:
    """Link ``source`` as ``dest``; ``bin``: ``dest`` exists, and is replaced (atomically).
    One system call for a new file: this runs for hundreds of files a rebuild."""
    target = dest.with_name(f".{dest.name}.tmp") if bin else dest
    try:
        _link_or_copy(source, target)
    except FileNotFoundError:  # a new folder
        dest.parent.mkdir(parents=True, exist_ok=True)
        _link_or_copy(source, target)
    except FileExistsError:  # a temporary file left by a build that was stopped
        os.unlink(target)
        _link_or_copy(source, target)
    if bin:
        bin.keep(dest)
        os.replace(target, dest)


def _link_or_copy(source: str, target: Path) -> None:
    try:
        os.link(source, target)
    except (FileNotFoundError, FileExistsError):
        raise
    except OSError:  # another file system
        shutil.copy2(source, target)


def _inode(path) -> int | None:
    try:
        return os.stat(path).st_ino
    except FileNotFoundError:
        return None


def _remove_empty_parents(path: Path, top: Path) -> None:
    parent = path.parent
    while parent != top:
        try:
            parent.rmdir()
        except OSError:  # not empty
            return
        parent = parent.parent


def _entries(folder: str):
    """(relative path, ``os.DirEntry``) of every file under ``folder``: strings and one
    level of generator (``Path`` objects and nested generators were most of a small rebuild)."""
    stack = [(folder, "")]
    while stack:
        path, prefix = stack.pop()
        try:
            it = os.scandir(path)
        except FileNotFoundError:
            continue
        with it:
            for entry in it:
                if entry.is_dir(follow_symlinks=False):
                    stack.append((entry.path, f"{prefix}{entry.name}/"))
                else:
                    yield prefix + entry.name, entry


def discard(path: Path, trash: Path) -> None:
    """Move a tree out of the way (into ``trash``, see ``empty_trash``)."""
    if path.exists():
        trash.mkdir(parents=True, exist_ok=True)
        path.rename(trash / f"{path.name}-{time.time_ns()}")


def empty_trash(trash: Path) -> None:
    """Delete old trees in the background, at the lowest priority: removing thousands of
    page folders takes seconds on some disks, and nothing waits for it (a next build
    goes first). What cannot be deleted is said in ``<folder>.err``, which the next
    build reports."""
    if trash.exists() and any(trash.iterdir()):
        doomed = trash.with_name(f"{trash.name}-{time.time_ns()}")
        trash.rename(doomed)
        subprocess.Popen(["nice", "-n", "19", "sh", "-c", 'rm -rf -- "$1" 2>"$1.err" && rm -f -- "$1.err"', "sh",
                          str(doomed)], start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
