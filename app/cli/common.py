"""What the verb modules share: the verb's database, JSON output, exit codes.

Kept free of heavy imports: the database layer is imported when a verb opens it.
"""
from __future__ import annotations

import argparse
import json
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from app.store.db import Database

EXIT_ERROR = 1
EXIT_USAGE = 2

KIND_HELP = ("analysis = รายงานการวิเคราะห์ผลการประเมิน, plan = มาตรการส่งเสริมคุณธรรมฯ, "
             "progress = รายงานผลการดำเนินการ, memo = บันทึกข้อความ, summary = สรุปสถานะการดำเนินการ, "
             "comparison = เปรียบเทียบผลสองปีและข้อเสนอแนะ")


def db_path(args: argparse.Namespace) -> Path | None:
    """``--db`` when given, else None (the default database in the data folder)."""
    return Path(args.db) if getattr(args, "db", None) else None


@contextmanager
def opened_db(args: argparse.Namespace) -> Iterator[Database]:
    """The verb's database (``--db`` or the default), closed when the verb is done."""
    from app.store.db import open_database

    db = open_database(db_path(args))
    try:
        yield db
    finally:
        db.close()


def print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=1))
