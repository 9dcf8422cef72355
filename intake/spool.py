"""Durable, content-addressed store of raw accepted messages.

A message is named by the SHA-256 of its bytes. It is written to a temporary file, fsync'd,
renamed into place and the directory fsync'd, so once `publish` returns the bytes survive a crash
or power loss, and a reader never sees a half-written file. Staging (writing the temporary file)
and publishing are separate so that the costly syncs of many concurrent deliveries can be done
together, once per batch.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# A temporary file this old belongs to a process that died before publishing it.
STALE_TMP_SECONDS = 86_400


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Staged:
    sha256: str
    tmp: Path | None  # None: these bytes were already in the spool


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

    def stage(self, raw: bytes) -> Staged:
        """Write `raw` to a temporary file (not yet durable, not yet visible)."""
        sha256 = hashlib.sha256(raw).hexdigest()
        if self.path_for(sha256).exists():
            return Staged(sha256, None)
        fd, tmp_name = tempfile.mkstemp(dir=self._tmp)
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(raw)
        return Staged(sha256, Path(tmp_name))

    def publish(self, staged: Sequence[Staged]) -> None:
        """Make staged files durable and visible under their names; raises if any could not be."""
        fresh = [s for s in staged if s.tmp is not None]
        try:
            for s in fresh:
                fd = os.open(s.tmp, os.O_RDONLY)  # type: ignore[arg-type]
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
            parents = {self.path_for(s.sha256).parent for s in fresh}
            for parent in parents - {p for p in parents if p.exists()}:
                parent.mkdir(exist_ok=True)
                _fsync_dir(self.root)
            for s in fresh:
                os.replace(s.tmp, self.path_for(s.sha256))  # type: ignore[arg-type]
        except BaseException:
            for s in fresh:
                s.tmp.unlink(missing_ok=True)  # type: ignore[union-attr]
            raise
        for parent in parents:
            _fsync_dir(parent)

    def write(self, raw: bytes) -> str:
        """Store `raw` durably and return its SHA-256 (hex). Writing the same bytes twice is a no-op."""
        staged = self.stage(raw)
        self.publish([staged])
        return staged.sha256

    def read(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def remove(self, sha256: str) -> None:
        self.path_for(sha256).unlink(missing_ok=True)
