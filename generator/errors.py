"""The one error type pure stages raise: it names the file and the line."""

from __future__ import annotations


class ArticleError(Exception):
    """A problem with one article, reported as ``path:line: message``.

    >>> str(ArticleError("content/a.txt", 3, "date: not a date"))
    'content/a.txt:3: date: not a date'
    """

    def __init__(self, path: str, line: int | None, message: str, hint: str | None = None):
        self.path, self.line, self.message, self.hint = path, line, message, hint
        super().__init__(str(self))

    def __reduce__(self):
        # Errors come back from the worker processes of a build: pickle with all four fields.
        return (type(self), (self.path, self.line, self.message, self.hint))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class BuildError(Exception):
    """The build failed; the previous site is untouched."""
