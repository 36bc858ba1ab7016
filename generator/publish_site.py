"""Publishing: ``site/`` and ``site-data/`` go from the last build's trees to this
build's at once, as a reader, a web server or a deploy sees them.

The new trees are prepared beside the old ones, in ``build/publish/site`` and
``build/publish/data`` (hard links to the files in ``build/``), and each is
exchanged with the published folder by one ``renameat2(RENAME_EXCHANGE)``: the
folder a reader opens is the complete old tree or the complete new one, never a
mix. The two exchanges are written in a journal first (``build/publish/switch.json``),
which the next build completes before anything else, so that ``site/`` and
``site-data/`` never stay one build apart.

The old trees land in ``build/publish/`` and are the next build's starting point:
``pending.json`` names the files in which they may differ from ``build/`` (the last
build's changes), so a rebuild links only those and the files it changed itself. A
full build (or an unknown state) prepares them from nothing.

Nothing is changed before every folder the exchange moves has been found writable.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
from pathlib import Path

from generator import cache, output
from generator.faults import fault_point

SITE_SLOT, DATA_SLOT = "site", "data"


class PublishError(Exception):
    """A destination cannot be changed; nothing was."""


def finish_switch(work: Path) -> None:
    """Complete the exchanges of a build stopped between them (see the module's docstring)."""
    journal = work / "publish" / "switch.json"
    try:
        pairs = json.loads(journal.read_text("utf-8"))
    except (OSError, ValueError):
        return
    for target, slot, inode in pairs:
        if _inode(Path(target)) != inode and _inode(Path(slot)) == inode:
            _exchange(Path(slot), Path(target))
    journal.unlink()


def publish(site_parts: dict[str, Path], data_part: Path, site_target: Path, data_target: Path, work: Path,
            keys: set[str], staged: Path, changed: dict[str, set[str]] | None) -> None:
    """Make ``site/`` the files of ``site_parts`` (prefix in ``site/`` → folder in ``build/``)
    and ``site-data/`` those of ``data_part`` plus the extraction cache of ``keys`` (this
    build's new extractions in ``staged``), by exchanging each with a tree prepared beside it.

    ``changed``: for each prefix of ``site_parts`` (``data``: also ``site-data/``), the files this
    build wrote or removed in ``build/``; None for a full build.
    """
    folder, trash = work / "publish", work / "trash"
    check_writable([site_target, data_target, folder])
    pending = _read_pending(folder)
    if changed is None or pending is None:
        for slot in (SITE_SLOT, DATA_SLOT):
            output.discard(folder / slot, trash)
        since = None
    else:
        since = {prefix: changed.get(prefix, set()) | set(pending.get(prefix, ())) for prefix in {*changed, *pending}}
    _prepare(site_parts, data_part, folder, data_target / cache.CACHE_DIR, keys, staged, since, trash)
    pairs = [(data_target, folder / DATA_SLOT), (site_target, folder / SITE_SLOT)]
    journal = [[str(shown), str(prepared), _inode(prepared)] for shown, prepared in pairs]
    output.write_file(folder / "switch.json", json.dumps(journal).encode("utf-8"))
    fault_point("publish:journal")
    for shown, prepared in pairs:
        _exchange(prepared, shown)
        fault_point(f"publish:exchanged-{prepared.name}")
    (folder / "switch.json").unlink()
    output.discard(staged, trash)
    if changed is None:  # the old trees differ from build/ everywhere: start the next build's from nothing
        for slot in (SITE_SLOT, DATA_SLOT):
            output.discard(folder / slot, trash)
        _prepare(site_parts, data_part, folder, data_target / cache.CACHE_DIR, keys, staged, None, trash)
        changed = {}
    output.write_file(folder / "pending.json", json.dumps({k: sorted(v) for k, v in changed.items()}).encode("utf-8"))


def _prepare(site_parts: dict[str, Path], data_part: Path, folder: Path, cache_dir: Path, keys: set[str],
             staged: Path, changed: dict[str, set[str]] | None, trash: Path) -> None:
    """Bring the trees in ``folder`` to this build's files; ``changed``: the only files in
    which they may differ (None: they are compared whole, or made from nothing)."""
    site, data = folder / SITE_SLOT, folder / DATA_SLOT
    for slot in (site, data):
        slot.mkdir(parents=True, exist_ok=True)
    output.mirror(site_parts, site, trash, skip=frozenset({"data/README.md"}), changed=changed)
    fault_point("publish:site-prepared")
    output.mirror({"": data_part}, data, trash, leave=(cache.CACHE_DIR + "/",),
                  changed=None if changed is None else {"": changed.get("data", set())})
    _keep_cache(data / cache.CACHE_DIR, cache_dir, staged, keys)
    fault_point("publish:prepared")


def _keep_cache(new: Path, old: Path, staged: Path, keys: set[str]) -> None:
    """``new`` holds the cache entries of ``keys`` only: linked from this build's
    extractions (``staged``) or from the published cache (``old``)."""
    new.mkdir(parents=True, exist_ok=True)
    names = {f"{key}.json" for key in keys}
    present = set(os.listdir(new))
    for name in present - names:
        (new / name).unlink()
    for name in names - present:
        for source in (staged / name, old / name):
            try:
                os.link(source, new / name)
                break
            except FileNotFoundError:
                continue


def check_writable(folders: list[Path]) -> None:
    """Raise ``PublishError`` naming the first of ``folders`` (or of their parents, where a
    folder is yet to be made) in which nothing can be created: a read-only mount, an
    immutable folder, another user's. Tried, not inferred from the mode: root ignores it."""
    for folder in folders:
        probe_in = folder if folder.exists() else folder.parent
        probe = probe_in / f".write-check-{os.getpid()}"
        try:
            probe.mkdir()
            probe.rmdir()
        except OSError as err:
            raise PublishError(f"{probe_in}: {err.strerror}: site/ and site-data/ are unchanged") from None


def _read_pending(folder: Path) -> dict | None:
    """What the old trees may differ in from ``build/`` (None: unknown). Read once: the trees
    are about to change."""
    path = folder / "pending.json"
    try:
        pending = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    path.unlink()
    return pending if all((folder / slot).is_dir() for slot in (SITE_SLOT, DATA_SLOT)) else None


def _inode(path: Path) -> int | None:
    try:
        return os.lstat(path).st_ino
    except FileNotFoundError:
        return None


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(new: Path, target: Path) -> None:
    """``target`` becomes ``new``'s tree and ``new`` the old one, in one system call where
    the system has it (Linux); the first time, ``target`` is simply made."""
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        os.rename(new, target)
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.renameat2(_AT_FDCWD, os.fsencode(new), _AT_FDCWD, os.fsencode(target), _RENAME_EXCHANGE) == 0:
            return
        code = ctypes.get_errno()
        if code not in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
            raise OSError(code, os.strerror(code), str(target))
    except AttributeError:  # no renameat2 in this C library
        pass
    aside = new.with_name(new.name + ".old")  # three renames: a reader may find no target for a moment
    os.rename(target, aside)
    os.rename(new, target)
    os.rename(aside, new)
