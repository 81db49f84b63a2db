"""Atomic writes: a temporary file (or folder) beside the target, then ``os.replace``.

A process killed mid-write leaves the previous target intact; the temporary it leaves behind
(``.<name>.p<pid>-<random>.tmp``) is never loaded and is removed by the next successful write
of the same target — unless the process that made it is still alive (another run writing the same
file at that moment). Written files and folders get the permissions of the process's umask
(0644 / 0755 under the usual 022), like any file the process creates, not ``mkstemp``'s 0600.

Example:
    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "out" / "a.txt"
    >>> with atomic_path(target) as tmp:
    ...     _ = tmp.write_text("hello")
    >>> target.read_text(), sorted(p.name for p in target.parent.iterdir())
    ('hello', ['a.txt'])
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TMP_SUFFIX = ".tmp"


def temporary_prefix(path: Path) -> str:
    """The prefix of every temporary written for ``path``: ``.<name>.``."""
    return f".{path.name}."


def _own_prefix(path: Path) -> str:
    """The prefix of this process's temporaries for ``path``: ``.<name>.p<pid>-``."""
    return f"{temporary_prefix(path)}p{os.getpid()}-"


def _umask() -> int:
    """The process's umask, read without changing it where Linux says it (``/proc``)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _owner_alive(middle: str) -> bool:
    """Whether the temporary's writer (``p<pid>-…``) is a live process on this machine."""
    if not middle.startswith("p") or "-" not in middle:
        return False
    try:
        pid = int(middle[1:].split("-", 1)[0])
        os.kill(pid, 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


@contextmanager
def atomic_path(path: Path, *, directory: bool = False) -> Iterator[Path]:
    """Yield a fresh temporary path in ``path``'s folder; on success it replaces ``path``.

    The temporary is an (empty) file, or a folder if ``directory``. On an exception it is
    removed and ``path`` is left as it was. A folder target is swapped in two renames (old
    one aside, new one in), so for a moment it may be absent, but it is never half-written.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if directory:
        tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=_own_prefix(path), suffix=TMP_SUFFIX))
    else:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=_own_prefix(path), suffix=TMP_SUFFIX)
        os.close(fd)
        tmp = Path(name)
    try:
        yield tmp
        _follow_umask(tmp)
        if directory:
            _swap_folder(tmp, path)
        else:
            _fsync(tmp)
            os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
        raise
    remove_stale_temporaries(path)


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Remove temporaries of ``path`` left by an earlier, killed writer; return them.

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / ".a.npz.x1y2.tmp").write_bytes(b"half")
        >>> [p.name for p in remove_stale_temporaries(folder / "a.npz")]
        ['.a.npz.x1y2.tmp']
    """
    path = Path(path)
    if not path.parent.is_dir():
        return []
    prefix = temporary_prefix(path)
    stale = [p for p in path.parent.iterdir()
             if _is_temporary_name(p.name, prefix) and not _owner_alive(p.name[len(prefix):-len(TMP_SUFFIX)])]
    for leftover in stale:
        _remove(leftover)
    return stale


def _is_temporary_name(name: str, prefix: str) -> bool:
    # The middle part (``p<pid>-<random>``, or ``<random>`` from older versions) has no dot, so
    # ``.a.csv.x.<rand>.tmp`` (a temporary of ``a.csv.x``) is never taken for one of ``a.csv``.
    if not (name.startswith(prefix) and name.endswith(TMP_SUFFIX)):
        return False
    middle = name[len(prefix) : -len(TMP_SUFFIX)]
    return bool(middle) and "." not in middle


def _follow_umask(path: Path) -> None:
    """Give a temporary (and, for a folder, what it holds) the umask's permissions."""
    mask = _umask()
    targets = [path, *path.rglob("*")] if path.is_dir() else [path]
    for target in targets:
        if not target.is_symlink():
            target.chmod((0o777 if target.is_dir() else 0o666) & ~mask)


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _swap_folder(new: Path, path: Path) -> None:
    old = None
    if path.exists():
        old = Path(tempfile.mkdtemp(dir=path.parent, prefix=temporary_prefix(path), suffix=TMP_SUFFIX))
        os.replace(path, old / path.name)
    os.replace(new, path)
    if old is not None:
        _remove(old)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists() or path.is_symlink():
        path.unlink(missing_ok=True)
