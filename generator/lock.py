"""One build at a time in a project folder: ``make site``, ``make serve`` and
``python -m generator build``/``check`` share a lock on ``build/lock``.

A POSIX record lock (``fcntl.lockf``): the kernel drops it when the process that
holds it ends, however it ends (a SIGKILL included), and the processes the build
forks do not inherit it. The file says who holds it, for the message of the
build that waits.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger("generator")

LOCK_NAME = "lock"


class BuildBusy(Exception):
    """Another build holds the lock and the caller would not wait."""


@contextlib.contextmanager
def build_lock(work: Path, wait: bool = True) -> Iterator[None]:
    """Hold ``work``'s lock for the ``with`` block; a second build waits for the first
    with a message (``waiting for the build started at 12:03:41 (pid 4242)``), or, with
    ``wait=False``, raises ``BuildBusy`` at once.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder, build_lock(Path(folder)):
    ...     (Path(folder) / LOCK_NAME).read_text().split()[0] == str(os.getpid())
    True
    """
    work.mkdir(parents=True, exist_ok=True)
    fd = os.open(work / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = _holder(fd)
            if not wait:
                raise BuildBusy(f"another build is running: {holder}; try again when it ends") from None
            log.info("waiting for %s", holder)
            fcntl.lockf(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {time.time():.0f}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock


def _holder(fd: int) -> str:
    """``the build started at 12:03:41 (pid 4242)``, from what the holder wrote."""
    try:
        pid, started = os.pread(fd, 64, 0).split()[:2]
        return f"the build started at {time.strftime('%H:%M:%S', time.localtime(int(started)))} (pid {int(pid)})"
    except ValueError:  # it has not written yet
        return "the build that holds build/lock"
