"""Editable Word copies (.docx) of every document the program prints, written with python-docx.

``build_docx`` takes the same request as the PDF writer and the same composed flowables
(``app.reports.build.compose``), so a Word copy says what the PDF says, in the same order; see
``writer.py`` for how each part becomes Word, ``styles.py`` for the Thai-named styles and fonts.
"""
from app.docx.build import build_docx

__all__ = ["build_docx"]
