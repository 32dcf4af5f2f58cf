"""Finding a demo unit's id in tests, by its full name or by a part of it."""
from __future__ import annotations

from sqlalchemy import select

from app.services.units import list_units
from app.store.models import Unit


def unit_id(db, name: str) -> int:
    """The id of the unit named exactly ``name`` in database ``db``."""
    with db.session() as session:
        return session.scalar(select(Unit.id).where(Unit.name == name))


def unit_id_like(db, part: str) -> int:
    """The id of the first unit (in the program's order) whose name holds ``part``."""
    with db.session() as session:
        return next(u.id for u in list_units(session) if part in u.name)
