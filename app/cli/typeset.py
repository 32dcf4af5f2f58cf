"""The ``typeset`` verb: lay out a Thai text file with the document styles (to check a phrase)."""
from __future__ import annotations

import argparse
from pathlib import Path


def cmd_typeset(args: argparse.Namespace) -> int:
    from app.typeset.debug import typeset_file

    typeset_file(Path(args.file), Path(args.output), font=args.font, size=args.size, thai_digits=args.thai_digits)
    print(f"เขียน {args.output} แล้ว")
    return 0


def configure(verb: str, p: argparse.ArgumentParser) -> None:
    p.add_argument("file")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--font", default="Sarabun")
    p.add_argument("--size", type=float, default=16)
    p.add_argument("--thai-digits", action="store_true")
    p.set_defaults(func=cmd_typeset)
