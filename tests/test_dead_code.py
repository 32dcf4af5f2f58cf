"""No dead code in the product: vulture over app/ and ui/, with the tests and benchmarks as users.

Reported: unused functions, classes, methods, variables and imports. Not reported: attributes
(most are set on library objects: openpyxl sheets, ReportLab flowables) and camelCase methods
(Qt and ReportLab call their overrides). Everything else vulture cannot see being used is below,
each with the reason.
"""
from __future__ import annotations

import re
from pathlib import Path

import vulture

ROOT = Path(__file__).resolve().parents[1]

ALLOWED = {
    "COL_*": "the documented column numbers of every table model, named even where unused",
    "*Page": "screens are imported by name when first opened (ui.pages.registry.lazy)",
    "paint": "Qt calls a delegate's paint",
    "type_annotation_map": "read by SQLAlchemy's declarative base",
    "progress_id": "a foreign-key column, used by SQLAlchemy's relationship",
    "_sqlite_pragmas": "an SQLAlchemy event listener, registered by its decorator",
    "_begin": "an SQLAlchemy event listener (BEGIN IMMEDIATE for writers), registered by its decorator",
    "__mapper_args__": "read by SQLAlchemy's declarative base (row versions)",
    "_fill_text": "argparse calls its formatter's _fill_text for descriptions (app.cli.thai_help)",
    "_split_lines": "argparse calls its formatter's _split_lines for help texts (app.cli.thai_help)",
    "seconds": "self-test step timing, written to the report by dataclasses.asdict",
}


def _allowed(name: str) -> bool:
    return any(re.fullmatch(pattern.replace("*", r"\w*"), name) for pattern in ALLOWED)


def test_no_dead_code():
    v = vulture.Vulture()
    v.scavenge([str(ROOT / d) for d in ("app", "ui", "tests", "benchmarks", "packaging")])
    dead = [item.get_report() for item in v.get_unused_code(min_confidence=60)
            if item.typ != "attribute"
            and not (item.typ in ("method", "property") and re.fullmatch(r"[a-z]+[A-Z]\w*", item.name))
            and Path(item.filename).resolve().relative_to(ROOT).parts[0] in ("app", "ui")
            and not _allowed(item.name)]
    assert dead == []
