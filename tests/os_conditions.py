"""Real OS conditions for tests: a tiny filesystem that fills up, a read-only mount, another user.

They need root (mount, seteuid); each skips with the reason where the machine does not allow it.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

NOBODY = 65534


@contextmanager
def mounted_tmpfs(size: str = "256k", read_only: bool = False) -> Iterator[Path]:
    """A fresh tmpfs of ``size`` (skips the test if mounting is not allowed)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    mnt = Path(tempfile.mkdtemp(prefix="ita-fs-"))
    opts = f"size={size}" + (",ro" if read_only else "")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(mnt)], capture_output=True)
    if done.returncode != 0:
        mnt.rmdir()
        pytest.skip("mount refused here: " + done.stderr.decode(errors="replace").strip())
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)
        try:
            mnt.rmdir()
        except OSError:
            pass


def shared_folder() -> Path:
    """A folder another user can reach (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="ita-shared-"))
    os.chmod(folder, 0o755)
    return folder


@contextmanager
def as_other_user(uid: int = NOBODY) -> Iterator[None]:
    """Run the block with another effective user id, so file modes apply (root ignores them)."""
    if os.geteuid() != 0:
        pytest.skip("switching user needs root")
    os.seteuid(uid)
    try:
        yield
    finally:
        os.seteuid(0)
