"""The errors chancery reports to its users, with one base: the command line prints
``user_message`` as one line, the web answers with ``http_status`` and the same message.

Each module keeps its own error (``ReadError`` in model.py, ``QueryError`` in
search/query.py, ``StoreError`` in store/base.py ...) as a subclass of ``ChanceryError``.
Any other exception is a bug: it is logged with its traceback.
"""

from __future__ import annotations


class ChanceryError(Exception):
    """An error the user can act on; the message names the problem in one line."""

    http_status = 500

    @property
    def user_message(self) -> str:
        return str(self)


class NotFound(ChanceryError):
    """No document or person by that id (or not in the network asked for)."""

    http_status = 404
