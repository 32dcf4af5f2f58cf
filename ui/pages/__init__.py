"""The screens of the main window.

How to add or replace a screen: see ``ui/pages/registry.py`` (the one list of pages) and
``ui/pages/base.py`` (the ``Page`` base class: constructor ``(ctx, parent=None)``, ``CARES``
flags, ``refresh()``). Edits go through ``ui/commands.py`` (``push(ctx, command)``).
"""
