"""The raw spool: content-addressed, complete or absent, never half-written."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import intake.spool
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


def test_placed_bytes_are_readable_before_the_flush_and_taken_back_when_it_fails(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    kept = spool.place(b"already durable")
    spool.sync([kept])
    again, fresh = spool.place(b"already durable"), spool.place(b"new")
    assert spool.read(fresh.sha256) == b"new"
    spool.discard([again, fresh])
    assert spool.read(kept.sha256) == b"already durable"
    assert not spool.path_for(fresh.sha256).exists()


def test_without_syncfs_each_file_and_directory_is_fsynced(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[Path] = []
    monkeypatch.setattr(intake.spool, "_LIBC", object())
    monkeypatch.setattr(intake.spool, "_fsync_path", synced.append)
    spool = Spool(tmp_path / "spool")
    sha256 = spool.write(b"portable")
    assert synced == [spool.path_for(sha256), spool.path_for(sha256).parent]
