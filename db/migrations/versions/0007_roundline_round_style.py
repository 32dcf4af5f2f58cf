"""how the progress report's heading prints its round, remembered with the document's wording
("" = "period": รอบ ๑๒ เดือน (ต.ค. ๒๕๖๕ – ก.ย. ๒๕๖๖); "plain": (รอบ ๑๒ เดือน), seed 001;
"months": รอบ ๖ เดือน (ตั้งแต่เดือนตุลาคม ๒๕๖๕ - เดือนมีนาคม ๒๕๖๖), seed 004)

Revision ID: 0007_roundline_round_style
Revises: 0006_layout13_document_layout
Create Date: 2026-11-30 18:30:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0007_roundline_round_style'
down_revision = '0006_layout13_document_layout'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('document_wording') as batch:
        batch.add_column(sa.Column('round_style', sa.String(length=20), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('document_wording') as batch:
        batch.drop_column('round_style')
