"""reports wording: the unit's own ส่วนราชการ, signers' roles and scanned signatures, and the
officer's wording per document (title, headings, date, cover, preparer, photo placement)

Revision ID: 0003_reports_wording
Revises: 0002
Create Date: 2026-11-30 14:05:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_reports_wording'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('unit') as batch:
        batch.add_column(sa.Column('office', sa.Text(), nullable=False, server_default=''))
    with op.batch_alter_table('signer') as batch:
        batch.add_column(sa.Column('role', sa.String(length=20), nullable=False, server_default=''))
        batch.add_column(sa.Column('signature_png', sa.LargeBinary(), nullable=True))
    # The keys the demo units and earlier exchange files use name the roles already.
    op.execute("UPDATE signer SET role = 'officer' WHERE key = 'officer'")
    op.execute("UPDATE signer SET role = 'chief' WHERE key IN ('palad', 'chief')")
    op.execute("UPDATE signer SET role = 'head' WHERE key = 'head'")
    op.create_table(
        'document_wording',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('unit_id', sa.Integer(), nullable=False),
        sa.Column('document_kind', sa.String(length=40), nullable=False),
        sa.Column('fiscal_year', sa.Integer(), nullable=False),
        sa.Column('round', sa.Integer(), nullable=True),
        sa.Column('title', sa.Text(), nullable=False, server_default=''),
        sa.Column('headings', sa.JSON(), nullable=False),
        sa.Column('columns', sa.JSON(), nullable=False),
        sa.Column('date', sa.Date(), nullable=True),
        sa.Column('cover', sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column('preparer_id', sa.Integer(), nullable=True),
        sa.Column('photos_placement', sa.String(length=20), nullable=False, server_default='end'),
        sa.Column('computed_notes', sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_document_wording_unit_id_unit'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['preparer_id'], ['signer.id'],
                                name=op.f('fk_document_wording_preparer_id_signer'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_document_wording')),
    )


def downgrade() -> None:
    op.drop_table('document_wording')
    with op.batch_alter_table('signer') as batch:
        batch.drop_column('signature_png')
        batch.drop_column('role')
    with op.batch_alter_table('unit') as batch:
        batch.drop_column('office')
