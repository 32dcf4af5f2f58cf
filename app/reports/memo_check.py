"""Which signature blocks of a memo print without a name, and the Thai note that says so.

A block whose person is not on the unit's list of signers prints "(……)", a line to write the
name by hand: right on paper, since the program must never invent an official's name (the seeds
give no signers for three of the demo units). The officer is told before printing: the Documents
page shows this note with a way to the unit's settings, and ``python -m app report`` prints it
on stderr.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.reports.model import MemoDoc
from app.store import models as m

SETTINGS_PAGE = "ข้อมูลหน่วยงาน"  # the settings page's title in the window (ui.pages.registry)


@dataclass(frozen=True)
class MissingSigner:
    """One signature block with no name (or no position line)."""

    who: str  # "ผู้เสนอบันทึก", "ปลัดเทศบาลตำบลม่วงยาย" …
    role: str  # the signer's role that fills the block (app.store.models.SIGNER_ROLES)
    name: bool  # the name is missing (else only the position)


def _comment_role(title: str) -> str:
    if "ปลัด" in title:
        return m.ROLE_CHIEF
    if "นายก" in title:
        return m.ROLE_HEAD
    return ""


def missing_signers(memo: MemoDoc) -> list[MissingSigner]:
    """The memo's blocks that print no name or no position, writer first."""
    out = []
    if not memo.signer_name.strip():
        out.append(MissingSigner("ผู้เสนอบันทึก", m.ROLE_OFFICER, True))
    elif not any(p.strip() for p in memo.signer_positions):
        out.append(MissingSigner(f"ผู้เสนอบันทึก ({memo.signer_name.strip()})", m.ROLE_OFFICER, False))
    for c in memo.comments:
        who = next((p.strip() for p in c.positions if p.strip()), "") or c.title.removeprefix("ความเห็น").strip()
        if not c.signer_name.strip():
            out.append(MissingSigner(who or c.title, _comment_role(c.title), True))
        elif not any(p.strip() for p in c.positions):
            out.append(MissingSigner(f"{who or c.title} ({c.signer_name.strip()})", _comment_role(c.title), False))
    return out


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " และ" + names[-1]


def missing_signers_note(missing: list[MissingSigner]) -> str:
    """One Thai line naming the blocks ("" when none is missing)."""
    if not missing:
        return ""
    parts = []
    names = [x.who for x in missing if x.name]
    if names:
        parts.append(f"ยังไม่ได้กรอกชื่อ{_join(names)}")
    positions = [x.who for x in missing if not x.name]
    if positions:
        parts.append(f"ยังไม่ได้กรอกตำแหน่งของ{_join(positions)}")
    return (" และ".join(parts) + f" ในหน้า “{SETTINGS_PAGE}” (ผู้ลงนาม: ชื่อ ตำแหน่ง และหน้าที่ในบันทึก)"
            " — บันทึกข้อความจะเว้นช่องนั้นไว้ให้เขียนด้วยมือ")
