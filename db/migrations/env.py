"""Alembic environment: runs against the engine or connection handed in by app.store.db.

``render_as_batch`` (copy-and-move table rebuilds) is only for SQLite, which cannot ALTER
most constraints in place; other databases get ordinary ALTER statements.
"""
from alembic import context

from app.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = config.attributes.get("engine")
    if engine is None:
        from app.store.db import make_engine

        engine = make_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _run(conn)
