"""``python -m app``: the command line (no verb opens the window)."""
import sys

from app.cli import main

sys.exit(main())
