"""What the build does when something outside it fails: a test hook that stops the
build at a named point, and the messages of file-system errors.

The hook is for the fault tests and ``bench/faults.py``: with
``MEETINGS_FAULT_AT=<point>`` the build kills itself with SIGKILL when it reaches
``<point>`` (``<point>#<n>``: the n-th time), as a power cut or ``kill -9`` would.
With ``<point>:enospc`` it raises the error of a full disk there, with ``<point>:stop``
it stops (SIGSTOP) until continued, with ``<point>:sigint`` it sends its process group
SIGINT, as Ctrl-C in a terminal does.
The points are the stages' ends and the steps of publishing (``generator.build``,
``generator.publish_site``).
"""

from __future__ import annotations

import ctypes
import errno
import os
import signal
from pathlib import Path

_HOOK = os.environ.get("MEETINGS_FAULT_AT", "")
_SEEN: dict[str, int] = {}
_ACTIONS = ("enospc", "stop", "sigint")


def fault_point(name: str) -> None:
    """Stop here if the test hook names this point (a no-op otherwise)."""
    if not _HOOK:
        return
    point, _, action = _HOOK.rpartition(":")
    if action not in _ACTIONS:  # the point's own name has colons (``publish:journal``)
        point, action = _HOOK, ""
    point, _, nth = point.partition("#")
    if point != name:
        return
    _SEEN[name] = _SEEN.get(name, 0) + 1
    if _SEEN[name] != int(nth or 1):
        return
    if action == "enospc":
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), name)
    if action == "stop":  # frozen until SIGCONT: a test changes files or starts a second build meanwhile
        os.kill(os.getpid(), signal.SIGSTOP)
    elif action == "sigint":  # Ctrl-C in a terminal: the whole process group (run the build as a group's leader)
        os.killpg(os.getpgrp(), signal.SIGINT)
    else:
        os.kill(os.getpid(), signal.SIGKILL)


def quiet_child() -> None:
    """For a process the build starts: Ctrl-C is the build's to handle (it stops its
    children), and the child dies with the build (SIGKILL included) instead of
    writing on in ``build/`` beside the next one."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the pipes' end stops it later
        return
    if os.getppid() != parent:  # the build died before the line above
        os._exit(1)


def describe(err: OSError, root: Path) -> str:
    """``err`` as ``FILE: message``, the file named from ``root`` where it can be.

    >>> describe(PermissionError(13, "Permission denied", "/p/site/hi"), Path("/p"))
    'site/hi: Permission denied'
    """
    name = err.filename or "?"
    try:
        name = Path(name).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        pass
    return f"{name}: {err.strerror or err}"


def space_used(folders: list[Path]) -> int:
    """Bytes the files under ``folders`` take on disk (what a failed build wrote)."""
    total = 0
    for folder in folders:
        for parent, _, files in os.walk(folder):
            for name in files:
                try:
                    total += os.lstat(os.path.join(parent, name)).st_blocks * 512
                except OSError:
                    pass
    return total
