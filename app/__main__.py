"""``python -m app``: the program from a checkout, as officers and the README start it.

A verb (``units``, ``report`` …) runs the headless command line here. No verb, or ``run``, opens
the window: that is the window program's job (``python -m ui``, see ``ui.launch``), so this
module hands the whole command line over to it in a process of its own rather than importing
``ui`` — ``app/`` never imports Qt or ``ui`` (tests/test_architecture.py). ``--help`` stays here.
"""
import os
import subprocess
import sys

from app.cli import chosen_verb, main


def _wants_window(argv: list[str]) -> bool:
    if any(a in ("-h", "--help", "--selftest") for a in argv):
        return False
    return chosen_verb(argv) in (None, "run")


def _hand_over(argv: list[str]) -> int:
    command = [sys.executable, "-m", "ui", *argv]
    if os.name == "posix":
        os.execv(sys.executable, command)  # the window takes this process's place (and its pid)
    return subprocess.call(command)


if __name__ == "__main__":
    arguments = sys.argv[1:]
    sys.exit(_hand_over(arguments) if _wants_window(arguments) else main(arguments))
