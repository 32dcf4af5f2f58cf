"""How the progress report's heading prints its round, a per-document wording choice (issue 13
§4): the program's own "รอบ ๑๒ เดือน (ต.ค. ๒๕๖๕ – ก.ย. ๒๕๖๖)", seed 001's "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖
(รอบ ๑๒ เดือน)" and seed 004's "รอบ ๖ เดือน (ตั้งแต่เดือนตุลาคม ๒๕๖๕ - เดือนมีนาคม ๒๕๖๖)"; the
demo's เวียงห้า and ขามสะแกแสง store their seed's.
"""
from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select

from app.reports import DocumentRequest, build_document
from app.reports import wording_edits
from app.reports.wording import PRESETS, matching_preset, resolve
from app.store import models as m
from tests.pdfcheck import extract_lines
from tests.demo_units import unit_id as _unit_id

WIANG = "องค์การบริหารส่วนตำบลเวียงห้า"
KHAM = "องค์การบริหารส่วนตำบลขามสะแกแสง"
# the seeds' lines exactly (seed 001 line 16, seed 004 line 5)
LINE_001 = "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ (รอบ ๑๒ เดือน)"
LINE_004 = "รอบ ๖ เดือน (ตั้งแต่เดือนตุลาคม ๒๕๖๕ - เดือนมีนาคม ๒๕๖๖)"
PERIOD_12 = "รอบ ๑๒ เดือน (ต.ค. ๒๕๖๕ – ก.ย. ๒๕๖๖)"


def _lines(db, request: DocumentRequest, tmp_path, name: str) -> list[str]:
    path = tmp_path / f"{name}.pdf"
    with db.session() as session:
        path.write_bytes(build_document(session, request))
    return [" ".join(ln.split()) for ln in extract_lines(path)[1]]


def _heading(lines: list[str]) -> list[str]:
    """The first lines: the cover (when there is one) and the report's heading."""
    return lines[:16]


def test_demo_units_print_their_seeds_round_line(demo_db, tmp_path):
    wiang = _heading(_lines(demo_db, DocumentRequest("progress", WIANG, 2566, photos=False), tmp_path, "w"))
    assert LINE_001 in wiang and not any("ต.ค." in ln for ln in wiang)
    kham = _heading(_lines(demo_db, DocumentRequest("progress", KHAM, 2566, round=6, photos=False), tmp_path, "k"))
    assert LINE_004 in kham
    # the program's own, asked for: the year line, then the round with its months abbreviated
    own = _lines(demo_db, DocumentRequest("progress", WIANG, 2566, photos=False, round_style="period"),
                 tmp_path, "p")
    assert PERIOD_12 in " ".join(_heading(own)) and LINE_001 not in own


def test_round_style_is_stored_checked_and_cleared(demo_db):
    unit_id = _unit_id(demo_db, KHAM)
    with demo_db.session() as session:
        assert wording_edits.wording_values(session, unit_id, "progress", 2566, 6)["round_style"] == "months"
        assert resolve(session.get(m.Unit, unit_id), DocumentRequest("progress", KHAM, 2566, round=12)).round_style \
            == "period"
    with demo_db.transaction() as session:
        wording_edits.save_wording(session, unit_id, "progress", 2566, 12, {"round_style": "plain"})
    with demo_db.session() as session:
        unit = session.get(m.Unit, unit_id)
        assert resolve(unit, DocumentRequest("progress", KHAM, 2566, round=12)).round_style == "plain"
        assert resolve(unit, DocumentRequest("progress", KHAM, 2566, round=12, round_style="months")).round_style \
            == "months"
    with pytest.raises(ValueError, match="รอบการรายงาน.*“weekly”"):
        with demo_db.transaction() as session:
            wording_edits.save_wording(session, unit_id, "progress", 2566, 12, {"round_style": "weekly"})
    with pytest.raises(ValueError, match="รอบการรายงาน"):
        DocumentRequest("progress", KHAM, 2566, round_style="weekly").validate()
    with demo_db.transaction() as session:  # the program's own is stored as none: no row left
        wording_edits.save_wording(session, unit_id, "progress", 2566, 12, {"round_style": "period"})
    with demo_db.session() as session:
        assert not [w for w in session.get(m.Unit, unit_id).wordings if (w.fiscal_year, w.round) == (2566, 12)]


def test_presets_carry_their_seeds_round_style():
    by_seed = {seed: next(p for p in PRESETS["progress"] if seed in p.name) for seed in ("๐๐๑", "๐๐๔", "๐๐๒")}
    assert (by_seed["๐๐๑"].round_style, by_seed["๐๐๔"].round_style, by_seed["๐๐๒"].round_style) == \
        ("plain", "months", "none")
    k = PRESETS["progress"].index(by_seed["๐๐๔"])
    values = dict(wording_edits.DEFAULTS, title=by_seed["๐๐๔"].title, round_style="months")
    assert matching_preset("progress", values) == k
    assert matching_preset("progress", dict(values, round_style="")) is None  # 004's title, another round line


def test_cli_round_style(_demo_db_file, tmp_path):
    from app.cli import main

    db = tmp_path / "cli.sqlite3"
    shutil.copy(_demo_db_file, db)
    out = tmp_path / "progress.pdf"
    base = ["report", "progress", "--db", str(db), "--unit", KHAM, "--year", "2566", "--round", "6",
            "--no-photos", "-o", str(out)]
    assert main(base) == 0
    assert LINE_004 in [" ".join(ln.split()) for ln in extract_lines(out)[1][:16]]
    assert main(base + ["--round-style", "plain"]) == 0
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ (รอบ ๖ เดือน)" in [" ".join(ln.split()) for ln in extract_lines(out)[1][:16]]
    with pytest.raises(SystemExit):
        main(base + ["--round-style", "weekly"])


def test_exchange_file_keeps_the_round_style_and_refuses_an_unknown_one(demo_db, tmp_path):
    from app.exchange.fields import ExchangeError
    from app.exchange.workspace import AS_NEW, dumps, import_file, unit_to_document

    with demo_db.session() as session:
        doc, _photos = unit_to_document(session.get(m.Unit, _unit_id(demo_db, KHAM)))
    assert [d["round_style"] for d in doc["documents"]] == ["months"]
    path = tmp_path / "kham.json"
    path.write_bytes(dumps(doc))
    with demo_db.transaction() as session:
        import_file(session, path, AS_NEW, new_name="องค์การบริหารส่วนตำบลขามสอง")
    with demo_db.session() as session:
        unit = session.scalar(select(m.Unit).where(m.Unit.name == "องค์การบริหารส่วนตำบลขามสอง"))
        assert [w.round_style for w in unit.wordings] == ["months"]
    doc["documents"][0]["round_style"] = "weekly"
    path.write_bytes(dumps(doc))
    with pytest.raises(ExchangeError, match="round_style.*ต้องเป็นค่าใดค่าหนึ่งใน period, plain, months"):
        with demo_db.transaction() as session:
            import_file(session, path, AS_NEW, new_name="องค์การบริหารส่วนตำบลขามสาม")


def test_a_title_that_names_the_unit_gets_no_second_unit_line(demo_db, tmp_path):
    """Seed 001's heading, four lines, the unit named inside the title's last line: printed as
    written, not followed by the program's "ของ<unit> อำเภอ… จังหวัด…"; the memo subject too."""
    from app.reports.gather import draft_subject

    seed_001 = ["ผลการดำเนินการ", "เพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                f"ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของ{WIANG}", LINE_001]
    lines = _lines(demo_db, DocumentRequest("progress", WIANG, 2566, photos=False), tmp_path, "w")
    start = lines.index(seed_001[2]) - 2  # the heading after the cover page
    assert lines[start:start + 4] == seed_001
    assert sum(WIANG in ln for ln in lines[start:start + 6]) == 1
    with demo_db.session() as session:
        unit = session.get(m.Unit, _unit_id(demo_db, WIANG))
        assert draft_subject(unit, "plan", 2566, None, f"มาตรการของ{WIANG}").count(WIANG) == 1
        assert draft_subject(unit, "plan", 2566, None, "มาตรการ").endswith(f"ของ{WIANG} ประจำปีงบประมาณ พ.ศ. ๒๕๖๖")
