"""a cover page's own title (seed 001's cover says "รายงานผลการดำเนินการ" over a longer report title)

Revision ID: 0005_wording13_cover_title
Revises: 0004_safety_row_versions
Create Date: 2026-11-30 16:40:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0005_wording13_cover_title'
down_revision = '0004_safety_row_versions'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('document_wording') as batch:
        batch.add_column(sa.Column('cover_title', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('document_wording') as batch:
        batch.drop_column('cover_title')
