"""a cover page's own extra lines, remembered with the document's wording (seed 003's cover
prints "ภาค ๖" and the unit's pledge below the unit; "" = none)

Revision ID: 0008_wording13b_cover_extra
Revises: 0007_roundline_round_style
Create Date: 2026-11-30 19:40:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0008_wording13b_cover_extra'
down_revision = '0007_roundline_round_style'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('document_wording') as batch:
        batch.add_column(sa.Column('cover_extra', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('document_wording') as batch:
        batch.drop_column('cover_extra')
