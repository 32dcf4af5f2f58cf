"""The ``_tr("…")`` strings lupdate cannot see, added to the project's ``.ts`` catalogue.

Modules outside a QObject bind their translation context once, ``_tr = translator("Commands")``
(ui/tr.py), and wrap their strings in ``_tr("…")``. lupdate only knows ``tr()``/``translate()``
calls whose context it can read at the call, so it leaves those strings out (173 of 199 were
missing), and a translator into another language would never see them. This reads the binding and
the calls with ``ast`` and merges them into the catalogue lupdate has just written, keeping every
existing translation.
"""
from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path


def translator_strings(paths: list[Path]) -> dict[str, list[str]]:
    """{context: [source text, …]} of every ``name("literal")`` call where ``name`` was bound by
    ``name = translator("Context")`` in the same module (first-seen order, no repeats)."""
    found: dict[str, list[str]] = {}
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        bound: dict[str, str] = {}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                    and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)
                    and node.value.func.id == "translator" and node.value.args
                    and isinstance(node.value.args[0], ast.Constant) and isinstance(node.value.args[0].value, str)):
                bound[node.targets[0].id] = node.value.args[0].value
        if not bound:
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in bound
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                texts = found.setdefault(bound[node.func.id], [])
                if node.args[0].value not in texts:
                    texts.append(node.args[0].value)
    return found


def merge_into_catalogue(ts_path: Path, strings: dict[str, list[str]]) -> int:
    """Add the strings missing from ``ts_path`` as unfinished messages, laid out as lupdate lays
    out its own (so a later lupdate run changes nothing around them); returns how many."""
    tree = ET.parse(ts_path)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    added = 0
    for name, texts in sorted(strings.items()):
        context = contexts.get(name)
        if context is None:
            context = _append(root, "context", 0)
            context.text = "\n    "
            _append(context, "name", 1).text = name
            contexts[name] = context
        present = {m.findtext("source") for m in context.findall("message")}
        for text in texts:
            if text in present:
                continue
            message = _append(context, "message", 1)
            message.text = "\n        "
            _append(message, "source", 2).text = text
            _append(message, "translation", 2).set("type", "unfinished")
            present.add(text)
            added += 1
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return added


def _append(parent: ET.Element, tag: str, depth: int) -> ET.Element:
    """A new last child at ``depth`` (4 spaces a level), its parent's closing tag on the next line."""
    children = list(parent)
    if children:
        children[-1].tail = "\n" + "    " * depth
    else:
        parent.text = "\n" + "    " * depth
    child = ET.SubElement(parent, tag)
    child.tail = "\n" + "    " * (depth - 1) if depth else "\n"
    return child
