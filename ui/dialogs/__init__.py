"""Dialogs opened from the main window's menus (Excel score import, consolidation of many units)."""
