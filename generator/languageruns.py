"""One MkDocs process per language, started with the build: it loads MkDocs, the
config and the theme while the articles are extracted, then renders the pages the
build hands it into ``build/out/<lang>``.
"""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path
from typing import cast

from mkdocs.config import load_config

from generator import output
from generator.faults import quiet_child
from generator.plugin import MeetingsPlugin


class MkDocsError(Exception):
    """A language's MkDocs run failed (the message says which and why)."""


class _Cancelled(Exception):
    """A language with no page to render this time."""


class LanguageRuns:
    """One MkDocs process per language, started before the extraction: it loads MkDocs,
    the config and the theme (half a second) while the articles are extracted, and
    then waits for the pages to render (the plugin's ``pages``)."""

    def __init__(self, config_file: str, languages: list[str], work: Path, root_url: str, strict: bool, copy_theme: bool):
        import mkdocs.commands.build  # noqa: F401 -- once here rather than in each process (not when nothing changed)

        context = multiprocessing.get_context("fork")
        self.runs = {}
        for lang in languages:
            ours, theirs = context.Pipe()
            process = context.Process(target=_build_language, daemon=True,
                                      args=(config_file, lang, work, root_url, strict, copy_theme, theirs))
            process.start()
            self.runs[lang] = (process, ours)
        self.sent: list[str] = []

    def render(self, lang: str, pages: list[str], epoch: str) -> None:
        """Hand the language's MkDocs its changed pages (none: it stops)."""
        try:
            self.runs[lang][1].send((pages, epoch))
        except OSError:  # it failed before asking: wait() reads why
            pass
        if pages:
            self.sent.append(lang)

    def wait(self) -> dict[str, set[str]]:
        """The files each language's MkDocs wrote in ``build/out/<lang>``."""
        written = {}
        for lang in self.sent:
            process, connection = self.runs[lang]
            try:
                error, written[lang] = connection.recv()
            except EOFError:
                error = f"the MkDocs process ended with code {process.exitcode}"
            if error:
                raise MkDocsError(f"MkDocs failed for '{lang}': {error}")
        return written

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        for process, connection in self.runs.values():
            process.join(timeout=0 if exc[0] else 5)
            if process.is_alive():
                process.terminate()
                process.join()
            connection.close()


def _build_language(config_file: str, lang: str, work: Path, root_url: str, strict: bool, copy_theme: bool,
                    connection) -> None:
    """MkDocs on the language's changed pages (a page does not depend on the others:
    meetings are not in the nav), into ``build/out/<lang>``. Sends back the error (or
    None) and the files written."""
    from mkdocs.commands.build import build as mkdocs_build

    quiet_child()
    os.nice(5)  # until the pages come, this only prepares: the extraction goes first
    docs, stage = work / "stage" / lang, work / "stage-out" / lang
    for folder in (docs, stage):
        output.discard(folder, work / "trash")
    docs.mkdir(parents=True)

    def pages() -> list[str]:
        wanted, epoch = connection.recv()
        if not wanted:
            raise _Cancelled
        os.environ["SOURCE_DATE_EPOCH"] = epoch  # dates in the build come from the content
        return sorted(set(wanted) | {"index.md"})  # the home page, which the nav holds, always

    try:
        config = load_config(config_file, docs_dir=str(docs), site_dir=str(stage),
                             site_url=f"{root_url}{lang}/", strict=strict)
        plugin = cast(MeetingsPlugin, config.plugins["meetings"])
        plugin.language, plugin.root_url = lang, root_url
        plugin.template_cache = work / "templates"
        plugin.pages, plugin.pages_dir, plugin.copy_theme = pages, work / "docs" / lang, copy_theme
        mkdocs_build(config)
        for unused in ("lunr", "workers"):  # Material copies its search engine (2 MB a language) even when it is off
            output.discard(stage / "assets" / "javascripts" / unused, work / "trash")
        moved = output.move_outputs(stage, work / "out" / lang)
    except _Cancelled:
        return
    except BaseException as err:  # SystemExit from MkDocs' strict mode included
        connection.send((f"{type(err).__name__}: {err}", set()))
        return
    connection.send((None, set(moved)))
