"""Where each generated page lives: paths in the docs folders and URLs on the site."""

from __future__ import annotations


def meeting_path(meeting_id: str) -> str:
    """``meetings/<id>.md`` in a language's docs folder."""
    return f"meetings/{meeting_id}.md"


def meeting_url(meeting_id: str) -> str:
    return f"meetings/{meeting_id}/"


def page_url(root_url: str, lang: str, meeting_id: str | None = None) -> str:
    """Absolute URL of a language's home page, or of a meeting page.

    >>> page_url("https://o.github.io/r/", "th", "2024-02-27-x")
    'https://o.github.io/r/th/meetings/2024-02-27-x/'
    """
    return f"{root_url}{lang}/" + (meeting_url(meeting_id) if meeting_id else "")
