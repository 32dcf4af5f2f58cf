"""row versions on every edited table (optimistic concurrency); prepared photo sizes

Every table an officer edits gets ``version`` (SQLAlchemy ``version_id_col``), so a write based
on stale data is refused instead of overwriting another window's edit. ``photo`` gets the pixel
size of its prepared image; photos stored before this revision are prepared here (upright,
long side at most 1100 px, re-encoded), so no report decodes an original again.

Revision ID: 0004_safety_row_versions
Revises: 0003_reports_wording
Create Date: 2026-11-30 14:20:00
"""
import io

import sqlalchemy as sa
from alembic import op

revision = '0004_safety_row_versions'
down_revision = '0003_reports_wording'
branch_labels = None
depends_on = None

VERSIONED = ("unit", "department", "signer", "assessment", "item_score", "group_score", "indicator_score",
             "tool_score", "analysis", "assessment_section", "measure_plan", "measure", "progress", "photo",
             "progress_note", "memo", "phrase", "document_wording")
# Frozen copy of the preparation rules as of this revision (migrations must not follow app code).
MAX_SIDE = 1100
JPEG_QUALITY = 85


def _prepare(data: bytes):
    from PIL import Image, ImageOps

    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            img = ImageOps.exif_transpose(img)
            if max(img.size) > MAX_SIDE:
                img.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            if img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info):
                img.save(out, "PNG", optimize=True)
                mime = "image/png"
            else:
                img.convert("RGB").save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
                mime = "image/jpeg"
            return out.getvalue(), mime, img.size[0], img.size[1]
    except Exception:  # noqa: BLE001 - an unreadable old photo stays as it was (reports skip it)
        return None


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
    with op.batch_alter_table('photo') as batch:
        batch.add_column(sa.Column('width', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('height', sa.Integer(), nullable=True))
    conn = op.get_bind()
    photo = sa.table('photo', sa.column('id', sa.Integer), sa.column('data', sa.LargeBinary),
                     sa.column('mime', sa.String), sa.column('width', sa.Integer),
                     sa.column('height', sa.Integer))
    ids = [r[0] for r in conn.execute(sa.select(photo.c.id))]
    for photo_id in ids:  # one at a time: a unit's photos may not fit in memory together
        data = conn.execute(sa.select(photo.c.data).where(photo.c.id == photo_id)).scalar_one()
        prepared = _prepare(data)
        if prepared is not None:
            new, mime, w, h = prepared
            conn.execute(photo.update().where(photo.c.id == photo_id).values(data=new, mime=mime, width=w, height=h))


def downgrade() -> None:
    with op.batch_alter_table('photo') as batch:
        batch.drop_column('height')
        batch.drop_column('width')
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column('version')
