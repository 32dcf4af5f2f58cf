"""The error every layer raises for bad input or a missing record.

``str()`` of an ``InputError`` is a Thai message for the user that says what is wrong and where;
the command line prints it and the window shows it, never a traceback. It lives at the bottom of
the package order (it imports nothing) so services, exchange files, reports and Excel can all
raise it without depending on each other; ``app.exchange.fields.ExchangeError`` and
``app.excel.safety.ExcelFileError`` are its kinds for those files.
"""
from __future__ import annotations


class InputError(ValueError):
    """Bad input or a record that is not there; ``str()`` is the Thai message for the user."""
