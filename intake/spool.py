"""Durable, content-addressed store of raw accepted messages.

A message is named by the SHA-256 of its bytes. It is written to a temporary file, fsync'd,
renamed into place and the directory fsync'd, so once `write` returns the bytes survive a crash
or power loss, and a reader never sees a half-written file.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from pathlib import Path

# A temporary file this old belongs to a process that died before publishing it.
STALE_TMP_SECONDS = 86_400


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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

    def write(self, raw: bytes) -> str:
        """Store `raw` durably and return its SHA-256 (hex). Writing the same bytes twice is a no-op."""
        sha256 = hashlib.sha256(raw).hexdigest()
        dest = self.path_for(sha256)
        if dest.exists():
            return sha256
        if not dest.parent.exists():
            dest.parent.mkdir(exist_ok=True)
            _fsync_dir(self.root)
        fd, tmp_name = tempfile.mkstemp(dir=self._tmp)
        try:
            with os.fdopen(fd, "wb") as tmp:
                tmp.write(raw)
                tmp.flush()
                os.fsync(tmp.fileno())
            os.replace(tmp_name, dest)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        _fsync_dir(dest.parent)
        return sha256

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
