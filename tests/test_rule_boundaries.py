"""The edges of rules that the other tests only met in the middle.

Each test here kills a hand mutation that survived the suite (issue 14): the score-mismatch
tolerance (0.01 → 0.05), the level's indicator floor (moved by 0.5), the number of daily backups
kept (14 → 13) and ๆ as a closing mark that never starts a line.
"""
from __future__ import annotations

import datetime as dt

import pytest

from app.maintenance.backup import DAILY, daily_backup, list_backups
from app.services.catalogues import shipped_catalogue
from app.services.scoring import Value, level_for
from app.typeset.breaking import NEVER, tokenize


@pytest.mark.parametrize("published, mismatch", [
    (95.41, False), (95.42, False), (95.40, False),  # within the rounding of two decimals
    (95.43, True), (95.39, True), (95.45, True), (95.37, True),
])
def test_mismatch_beyond_the_rounding_of_two_decimals(published, mismatch):
    assert Value(computed=95.4149, published=published).mismatch is mismatch


@pytest.mark.parametrize("overall, lowest, level", [
    (96.00, 95.00, "ผ่านดีเยี่ยม"),   # every indicator exactly on the 95 floor
    (96.00, 94.99, "ผ่านดี"),         # one indicator a hundredth below it
    (96.00, 94.60, "ผ่านดี"),
    (96.00, 85.00, "ผ่านดี"),
    (96.00, 84.99, "ผ่าน"),           # below the 85 floor: only the overall counts
    (90.00, 84.60, "ผ่าน"),
    (94.99, 95.00, "ผ่านดี"),         # the overall minimum is not the floor
    (84.99, 90.00, "ไม่ผ่าน"),
])
def test_level_floors_of_2568(overall, lowest, level):
    rule = shipped_catalogue("ITA-2568")["level_rule"]
    assert level_for(rule, overall, [lowest] + [99.0] * 9) == level


def test_fourteen_daily_backups_are_kept(demo_db, tmp_path):
    folder = tmp_path / "backups"
    start = dt.date(2025, 10, 1)
    for day in range(17):
        daily_backup(demo_db.path, folder, today=start + dt.timedelta(days=day))
    kept = [b.created.date() for b in list_backups(folder) if b.reason == DAILY]
    assert kept == [start + dt.timedelta(days=d) for d in range(16, 2, -1)]  # the newest 14


@pytest.mark.parametrize("text", ["ผ่านทางช่องทางต่าง ๆ ที่หลากหลาย", "ทำบ่อย ๆ", "กรุงเทพฯ และ ฯลฯ ๆ"])
def test_no_line_starts_with_mai_yamok(text):
    marks = [level for token, level in tokenize(text) if token == "ๆ"]
    assert marks and all(level == NEVER for level in marks)
