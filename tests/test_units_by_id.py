"""Units travel between layers by id (the window) or by name (the command line, files), resolved
once by ``find_unit``; both give the same documents and workbooks."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app.errors import InputError
from app.excel.summary import write_summary
from app.reports import gather
from app.services.units import find_unit

MUANG_YAI = "เทศบาลตำบลม่วงยาย"


def test_find_unit_by_id_or_name(demo_db):
    with demo_db.session() as s:
        unit = find_unit(s, MUANG_YAI)
        assert find_unit(s, unit.id) is unit
        with pytest.raises(InputError, match="ไม่พบหน่วยงานที่เลือก"):
            find_unit(s, 987654)
        with pytest.raises(InputError, match="ไม่พบหน่วยงาน “ไม่มี”"):
            find_unit(s, "ไม่มี")


def test_documents_and_workbooks_by_id_equal_by_name(demo_db, tmp_path):
    with demo_db.session() as s:
        unit_id = find_unit(s, MUANG_YAI).id
        assert gather.plan_doc(s, unit_id, 2569) == gather.plan_doc(s, MUANG_YAI, 2569)
        assert gather.memo_doc(s, unit_id, "analysis", 2568) == gather.memo_doc(s, MUANG_YAI, "analysis", 2568)
        write_summary(s, unit_id, 2568, tmp_path / "by-id.xlsx")
        write_summary(s, MUANG_YAI, 2568, tmp_path / "by-name.xlsx")
    by_id, by_name = (load_workbook(tmp_path / f"{n}.xlsx") for n in ("by-id", "by-name"))
    assert by_id.sheetnames == by_name.sheetnames
    def values(ws):  # the hidden data sheet's "generated" time differs by the second
        return [[c.value for c in row] for row in ws.iter_rows() if row[0].value != "generated"]

    for ws in by_id.worksheets:
        assert values(ws) == values(by_name[ws.title])
