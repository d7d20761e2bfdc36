"""The one error type that reaches the user: a clear, one-line statement of what is wrong."""

from __future__ import annotations


class InputError(Exception):
    """Input that cannot be parsed at all (not text, unreadable, too large, missing).

    Malformed *content* never raises: it becomes paragraphs plus problems. This is only for
    input that is not a gazette text in the first place.
    """
