"""The database refuses text longer than ``app.limits`` allows, whoever writes it.

A ``before_flush`` hook on the write sessions of ``app.store.db.Database`` checks every new or
changed string (and the strings inside JSON lists) against the limit of its field, so the
editors, imports, carry-over and any future writer share one rule and the message names the
field in Thai. Imports check the same limits earlier, naming the field's path in the file.
"""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from app import limits


def _column_limit(column: sa.Column) -> int | None:
    """The text limit of a string column (None for other types)."""
    kind = column.type
    if isinstance(kind, sa.String):  # Text is a String without a length
        return limits.text_limit(column.key, getattr(kind, "length", None))
    return None


def field_limit(model: type, key: str) -> int:
    """The text limit of ``model.key`` (an exchange file is held to what the column takes)."""
    return _column_limit(model.__table__.c[key]) or limits.LONG_TEXT


def _check_json(field: str, value: Any) -> None:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if len(item) > limits.LONG_TEXT:
                raise ValueError(limits.too_long_message(field, len(item), limits.LONG_TEXT))
        elif isinstance(item, (list, tuple)):
            if len(item) > limits.LIST_ITEMS:
                raise ValueError(f"ช่อง “{limits.FIELD_LABELS.get(field, field)}” มี {len(item):,} รายการ "
                                 f"เกินที่รับได้ {limits.LIST_ITEMS:,} รายการ")
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())


def check_object(obj: Any, keys: set[str] | None = None) -> None:
    """Raise ValueError (Thai) if a string field of ``obj`` (only ``keys`` when given) is too long."""
    state = sa.inspect(obj)
    for prop in state.mapper.column_attrs:
        if keys is not None and prop.key not in keys:
            continue
        value = state.dict.get(prop.key)  # never triggers a load inside the flush
        if value is None:
            continue
        column = prop.columns[0]
        if isinstance(column.type, sa.JSON):
            _check_json(prop.key, value)
            continue
        limit = _column_limit(column)
        if limit is not None and isinstance(value, str) and len(value) > limit:
            raise ValueError(limits.too_long_message(prop.key, len(value), limit,
                                                     limits.RECORD_LABELS.get(type(obj).__name__, "")))


def _before_flush(session: Session, _context, _instances) -> None:
    for obj in session.new:
        check_object(obj)
    for obj in session.dirty:
        changed = set(sa.inspect(obj).committed_state)
        if changed:
            check_object(obj, changed)


def install_text_limits(factory: sessionmaker) -> None:
    """Check text limits before every flush of sessions made by ``factory``."""
    event.listen(factory, "before_flush", _before_flush)
