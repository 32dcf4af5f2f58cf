"""``python -m ui [VERB …]``: the program (no verb opens the window; see ``ui.launch``)."""
import sys

from ui.launch import main

sys.exit(main())
