"""a document's layout remembered with its wording (progress: columns | items | status; plan:
indicator | theme; "" = chosen from the data): seed 002's unit prints its progress as "items"

Revision ID: 0006_layout13_document_layout
Revises: 0005_wording13_cover_title
Create Date: 2026-11-30 18:05:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0006_layout13_document_layout'
down_revision = '0005_wording13_cover_title'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('document_wording') as batch:
        batch.add_column(sa.Column('layout', sa.String(length=20), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('document_wording') as batch:
        batch.drop_column('layout')
