"""Durable, content-addressed store of raw accepted messages.

A message is named by the SHA-256 of its bytes. `place` writes it to a temporary file and renames
it into place, so a reader never sees a half-written file; `sync` then makes everything placed so
far durable. Splitting the two lets the intake place a whole batch of deliveries and pay for one
filesystem flush (syncfs) instead of a file and a directory fsync per message.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import os
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# A temporary file this old belongs to a process that died before publishing it.
STALE_TMP_SECONDS = 86_400

_LIBC = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _flush_filesystem(root: Path, placed: Iterable[Path]) -> None:
    """Make the given files and their directory entries durable."""
    if not hasattr(_LIBC, "syncfs"):  # not Linux: one fsync per file and per directory
        paths = list(placed)
        for path in [*paths, *{p.parent for p in paths}]:
            _fsync_path(path)
        return
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        # syncfs reports writeback errors (ENOSPC, EIO) since Linux 5.8.
        if _LIBC.syncfs(fd) != 0:
            err = ctypes.get_errno()
            raise OSError(err, os.strerror(err))
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Placed:
    sha256: str
    # False when the same bytes were already in the spool: nothing of this call's to undo.
    created: bool


class Spool:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._tmp = root / "tmp"
        self._tmp.mkdir(parents=True, exist_ok=True)
        cutoff = time.time() - STALE_TMP_SECONDS
        for leftover in self._tmp.iterdir():
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink(missing_ok=True)

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def place(self, raw: bytes) -> Placed:
        """Put `raw` in the spool under its SHA-256, complete or not at all; durable only after `sync`."""
        sha256 = hashlib.sha256(raw).hexdigest()
        dest = self.path_for(sha256)
        if dest.exists():
            return Placed(sha256, created=False)
        dest.parent.mkdir(exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self._tmp)
        try:
            with os.fdopen(fd, "wb") as tmp:
                tmp.write(raw)
            os.replace(tmp_name, dest)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        return Placed(sha256, created=True)

    def sync(self, placed: Iterable[Placed]) -> None:
        """Make these placed files durable (on Linux, with everything else in the spool's filesystem)."""
        _flush_filesystem(self.root, (self.path_for(p.sha256) for p in placed))

    def discard(self, placed: Iterable[Placed]) -> None:
        """Take back files placed by a batch that failed, so nothing half-accepted stays behind."""
        for p in placed:
            if p.created:
                self.remove(p.sha256)

    def write(self, raw: bytes) -> str:
        """Store `raw` durably and return its SHA-256 (hex). Writing the same bytes twice is a no-op."""
        placed = self.place(raw)
        try:
            self.sync([placed])
        except BaseException:
            self.discard([placed])
            raise
        return placed.sha256

    def writable(self) -> bool:
        """Can bytes be made durable here right now? A full, read-only or vanished disk says no."""
        try:
            fd, probe = tempfile.mkstemp(dir=self._tmp, prefix="probe-")
            try:
                os.write(fd, b"probe")
                os.fsync(fd)
            finally:
                os.close(fd)
                os.unlink(probe)
        except OSError:
            return False
        return True

    def read(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def remove(self, sha256: str) -> None:
        self.path_for(sha256).unlink(missing_ok=True)
