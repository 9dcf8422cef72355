"""The raw spool: content-addressed, complete or absent, never half-written."""

from __future__ import annotations

import hashlib
from pathlib import Path

from intake.spool import Spool


def test_raw_bytes_are_stored_under_their_sha256_and_read_back_exactly(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    raw = b"From: a@b\r\n\r\n\x00\xff body\r\n"
    sha256 = spool.write(raw)
    assert sha256 == hashlib.sha256(raw).hexdigest()
    assert spool.read(sha256) == raw
    assert spool.path_for(sha256).parent.name == sha256[:2]


def test_writing_the_same_bytes_twice_keeps_one_copy(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    assert spool.write(b"same") == spool.write(b"same")
    assert len([p for p in spool.root.rglob("*") if p.is_file()]) == 1


def test_no_temporary_file_is_left_behind(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    spool.write(b"one")
    spool.write(b"two")
    assert list((spool.root / "tmp").iterdir()) == []


def test_a_spool_reopened_after_restart_finds_what_was_written(tmp_path: Path) -> None:
    sha256 = Spool(tmp_path / "spool").write(b"kept")
    assert Spool(tmp_path / "spool").read(sha256) == b"kept"


def test_removed_raw_bytes_are_gone_and_removing_twice_is_harmless(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    sha256 = spool.write(b"expired")
    spool.remove(sha256)
    spool.remove(sha256)
    assert not spool.path_for(sha256).exists()
