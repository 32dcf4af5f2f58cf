"""ITA Desk: the headless core (domain, storage, services, Thai text, PDF and Excel writers).

Nothing under ``app`` imports Qt. Importing the package pins pythainlp to offline, read-only
use inside our own data folder before anything can import pythainlp.
"""
from app.paths import configure_pythainlp

__version__ = "0.1.0"

configure_pythainlp()
