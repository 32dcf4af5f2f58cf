"""The command line's help and argparse's own messages are Thai, and Thai help never splits a cluster."""
from __future__ import annotations

import unicodedata

import pytest

from app.cli import VERBS, main
from app.cli.thai_help import display_width, wrap

ENGLISH_ARGPARSE = ("usage:", "options:", "positional arguments", "show this help", "error:",
                    "the following arguments", "invalid choice")


def _help(capsys, argv: list[str]) -> str:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("verb", [None] + [v.name for v in VERBS])
def test_every_help_is_thai_and_keeps_clusters_whole(capsys, verb):
    out = _help(capsys, ([verb] if verb else []) + ["--help"])
    assert out.startswith("วิธีใช้: ")
    for english in ENGLISH_ARGPARSE:
        assert english not in out
    for line in out.splitlines():
        stripped = line.lstrip()
        # a line that starts with a mark or a following vowel is the tail of a cut cluster
        assert not stripped or unicodedata.category(stripped[0]) != "Mn", line
        assert not stripped or stripped[0] not in "ะาำๅ", line


def test_usage_errors_are_thai(capsys):
    with pytest.raises(SystemExit) as done:
        main(["report", "--round", "7"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "ผิดพลาด: ตัวเลือก --round: ไม่มีตัวเลือก 7 (เลือกจาก 6, 12)" in err
    with pytest.raises(SystemExit):
        main(["report"])
    err = capsys.readouterr().err
    assert "ผิดพลาด: ต้องระบุ: " in err and "--unit" in err
    with pytest.raises(SystemExit):
        main(["units", "--bogus"])
    assert "ไม่รู้จัก: --bogus" in capsys.readouterr().err


def test_wrap_counts_display_columns_and_breaks_only_at_spaces():
    text = "คัดลอกชุดตัวชี้วัดเพื่อเริ่มปีใหม่โดยไม่ต้องรอโปรแกรมรุ่นใหม่ และอีกคำ"
    assert display_width("ที่นี่") == 2  # ท and น; the vowels and tone marks above take no column
    lines = wrap(text, 40)
    assert lines == ["คัดลอกชุดตัวชี้วัดเพื่อเริ่มปีใหม่โดยไม่ต้องรอโปรแกรมรุ่นใหม่", "และอีกคำ"]
    assert wrap("ก ข ค", 3) == ["ก ข", "ค"]
