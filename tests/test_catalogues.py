"""Catalogues live in the database once used; a new year starts from a copy."""
import json

import pytest
from sqlalchemy import select

from app.cli import main
from app.services.catalogues import catalogue_to_data, copy_catalogue, ensure_catalogue, shipped_catalogue
from app.store.models import Assessment, Catalogue, Unit


def test_database_copy_equals_shipped_file(db):
    with db.transaction() as s:
        for code in ("ITA-2566", "ITA-2567", "ITA-2568", "ITA-2569"):
            data = catalogue_to_data(ensure_catalogue(s, code))
            shipped = shipped_catalogue(code)
            assert [i["code"] for i in data["items"]] == [i["code"] for i in shipped["items"]]
            assert [i["text"] for i in data["items"]] == [i["text"] for i in shipped["items"]]
            assert data["level_rule"] == shipped["level_rule"]


def test_edited_database_copy_is_what_is_used(db):
    with db.transaction() as s:
        cat = ensure_catalogue(s, "ITA-2568")
        cat.items[0].text = "ข้อความที่ผู้ใช้แก้"
    with db.transaction() as s:
        assert ensure_catalogue(s, "ITA-2568").items[0].text == "ข้อความที่ผู้ใช้แก้"


def test_copy_to_start_a_year_without_a_release(db, tmp_path, capsys):
    path = str(db.path)
    assert main(["catalogue-copy", "ITA-2569", "ITA-2570", "--year", "2570", "--db", path]) == 0
    assert main(["catalogue-copy", "ITA-2569", "ITA-2570", "--year", "2570", "--db", path]) == 1
    assert "มีชุดตัวชี้วัด" in capsys.readouterr().err
    assert main(["catalogues", "--json", "--db", path]) == 0
    rows = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["ITA-2570"]["in_database"] and rows["ITA-2570"]["provisional"]
    with db.transaction() as s:
        new = s.scalar(select(Catalogue).where(Catalogue.code == "ITA-2570"))
        old = ensure_catalogue(s, "ITA-2569")
        assert new.fiscal_year == 2570 and len(new.items) == len(old.items)
        # A unit can be assessed against the new catalogue.
        unit = Unit(name="อบต.ทดสอบ")
        unit.assessments.append(Assessment(fiscal_year=2570, catalogue=new))
        s.add(unit)


def test_unknown_catalogue_is_refused_in_thai(db):
    with db.transaction() as s:
        with pytest.raises(ValueError, match="ไม่มีชุดตัวชี้วัด"):
            copy_catalogue(s, "ITA-1999", "ITA-2999", 2999)
        s.rollback()
