"""The MkDocs side: the ``meetings`` plugin's options, and the glue of one language's build.

``generator.build`` runs MkDocs once per language, from the one ``mkdocs.yml``,
with this plugin told which language it builds. The plugin only reconfigures
that run (interface language, navigation) and hands each page's translations
to Material's language selector; all the work happens before, in the pipeline.
"""

from __future__ import annotations

import functools
import logging
import re
import zoneinfo
from collections.abc import Callable
from pathlib import Path

from jinja2 import BaseLoader, Environment, FileSystemBytecodeCache
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from generator.assets import FONTS, asset_urls, theme_assets
from generator.language import get_language, supported_languages
from generator.publish import SHARE_IMAGE, dated
from generator.shareimage import can_draw, card_key, prepare, share_image

log = get_plugin_logger(__name__)


class _LanguageCode(c.Type):
    """A language the generator has data for (``generator/lang/<code>.yml``)."""

    def __init__(self):
        super().__init__(str)

    def run_validation(self, value):
        value = super().run_validation(value)
        known = supported_languages()
        if value not in known:
            raise base.ValidationError(f"no language data for {value!r}; use one of {', '.join(map(repr, known))}")
        return value


class _TimeZone(c.Type):
    """An IANA time zone name."""

    def __init__(self, default: str):
        super().__init__(str, default=default)

    def run_validation(self, value):
        value = super().run_validation(value)
        try:
            zoneinfo.ZoneInfo(value)
        except (ValueError, zoneinfo.ZoneInfoNotFoundError):
            raise base.ValidationError(f"unknown time zone {value!r}; use an IANA name such as 'UTC', "
                                       "'Asia/Kolkata' or 'Asia/Bangkok'") from None
        return value


class MeetingsConfig(base.Config):
    data_dir = c.Type(str, default="site-data")
    """Folder of the extracted data (one JSON per article, figures.csv)."""
    languages = c.ListOfItems(_LanguageCode(), default=["hi", "th"])
    """Languages published, in order: the first is the reference for translation checks."""
    per_page = c.Type(int, default=20)
    """Meetings on the home page (the others are on the archive's month pages)."""
    site_names = c.DictOfItems(c.Type(str), default={})
    """The site's name in each language (``site_name`` where none is given)."""
    time_zone = _TimeZone(default="UTC")
    """The time zone of the meetings' dates (an IANA name, e.g. ``Asia/Kolkata``), for the pages' schema.org dates."""


class MeetingsPlugin(BasePlugin[MeetingsConfig]):
    language: str | None = None
    """Set by ``generator.build`` before each language's MkDocs run."""
    root_url: str = ""
    template_cache: Path | None = None
    """Where compiled templates are kept between runs (set by ``generator.build``)."""
    pages: Callable[[], list[str]] | None = None
    """Set by ``generator.build``: waits for this run's pages (paths in ``pages_dir``) and returns them."""
    pages_dir: Path | None = None
    copy_theme: bool = True
    """False when the theme's files are already in the output (a rebuild with the same theme)."""
    command: str | None = None
    """The mkdocs command that started MkDocs (``build``, ``serve``), to name ours in the error."""

    def on_startup(self, *, command, dirty) -> None:
        self.command = command

    # Runs first: other plugins (Material's, if a site owner adds them) read theme.language.
    @event_priority(100)
    def on_config(self, config):
        if self.language is None:
            verb = "serve" if self.command == "serve" else "build"
            make = "serve" if verb == "serve" else "site"
            raise PluginError(f"this site is built one language at a time: run 'make {make}' "
                              f"(or 'python -m generator {verb}'), not 'mkdocs {verb}'")
        ui = get_language(self.language)["ui"]
        config.theme["language"] = self.language
        config.extra["ui"] = ui  # the theme's own interface text
        config.extra["languages"] = list(self.config.languages)
        config.site_name = self.config.site_names.get(self.language, config.site_name)
        config.nav = [{ui["home.title"]: "index.md"}]
        config.extra["assets"] = _asset_urls(config, self._shared_prefix())
        config.theme["favicon"] = config.extra["assets"]["favicon"]
        config.extra["fonts"] = FONTS
        # Material's footer, localised: its credit line in the page's language, at 4.5:1 contrast.
        config.extra["generator"] = False
        config.copyright = ui.get("footer.made_with", "Made with {link}").format(link=_MATERIAL_LINK)
        # Meetings are listed on archive pages, not in the nav (every page in the nav is slow at scale).
        config.validation.nav.omitted_files = logging.DEBUG
        # The generator writes one sitemap for the whole site, with every language's pages.
        config.theme.static_templates.discard("sitemap.xml")
        if not self.copy_theme:
            config.theme.get_env = functools.partial(_env_listing_nothing, config.theme.get_env)
            # The not-found page depends on the theme and config only (no page's language links), which a
            # rebuild leaves as they were: last build's copy in build/out stays (an eighth of a second a language).
            config.theme.static_templates.discard("404.html")
        return config

    def on_files(self, files, config):
        # One copy of the theme for every language (generator/assets.py): the first language's
        # run publishes it, named by content; the others publish none and link to it.
        shared = not self._shared_prefix()
        own = theme_assets(Path(config.theme.custom_dir)) if config.theme.custom_dir else {}
        for file in list(files):
            if file.is_documentation_page():
                continue
            if not shared or file.src_uri in _NOT_PUBLISHED or file.src_uri.startswith(_NOT_PUBLISHED_DIRS):
                files.remove(file)
            elif file.src_uri in own:
                file.dest_uri = own[file.src_uri]
        # MkDocs has loaded the config and listed the theme by now (half a second): this ran
        # while the generator extracted the articles, and the pages are ready once it returns.
        if self.pages is not None:
            prepare(self.language)  # meanwhile (this process runs at a lower priority than the extraction)
            for page in self.pages():
                files.append(File(page, str(self.pages_dir), config.site_dir, config.use_directory_urls))
        return files

    def on_env(self, env, config, files):
        # Compiling Material's templates is a third of a small rebuild; Jinja's cache
        # checks each template's source, so a changed theme is compiled again.
        if self.template_cache:
            self.template_cache.mkdir(parents=True, exist_ok=True)
            env.bytecode_cache = FileSystemBytecodeCache(str(self.template_cache))
        return env

    def on_pre_page(self, page, config, files):
        # The generator writes every page as HTML blocks, which Markdown would parse twice
        # (MkDocs' anchor scan, Markdown's HTML blocks) to give back as they are: half of a page.
        page.render = functools.partial(_render_html_blocks, page)
        return page

    def on_page_context(self, context, page, config, nav):
        # Material's language selector and hreflang links read extra.alternate:
        # give them this page's translations instead of the home pages.
        alternates = (page.meta or {}).get("alternates") or []
        config.extra["alternate"] = [
            {"name": a["name"], "lang": a["lang"], "link": a["url"], "path": a["path"]} for a in alternates
        ] + ([{"lang": "x-default", "link": self.root_url, "path": ""}] if alternates else [])
        record = (page.meta or {}).get("jsonld")
        if record:
            page.meta["jsonld"] = dated(record, self.config.time_zone)
            self._share_image(page, record, config)
        return context

    def _share_image(self, page, record: dict, config) -> None:
        """The page's share card, next to it (made with the page: only for new or changed meetings)."""
        if "image" not in record or self.language not in FONTS:
            return
        if not can_draw():
            if not getattr(self, "_warned", False):
                log.warning("no share images: Pillow with libraqm is needed to draw Devanagari and Thai")
                self._warned = True
            return
        theme = Path(config.theme.custom_dir)
        fonts = {"script": theme / "assets/fonts" / FONTS[self.language]["file"],
                 "latin": theme / "share/noto-sans-latin-400.woff2"}
        figure, _, label = record["image"].get("caption", "").partition(" · ")
        args = (record["headline"], figure, label, config.site_name, self.language)
        # Kept in build/share by what they show and how they are drawn: a full build (a changed
        # theme or generator) draws again only the cards whose text changed.
        cache = self.pages_dir.parent.parent / "share" if self.pages_dir else None
        key = card_key(args, fonts)
        png = (cache / f"{key}.png").read_bytes() if cache and (cache / f"{key}.png").is_file() else None
        if png is None:
            png = share_image(*args, fonts)
            if cache:
                cache.mkdir(parents=True, exist_ok=True)
                (cache / f"{key}.png").write_bytes(png)
        target = Path(config.site_dir) / page.file.dest_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.with_name(SHARE_IMAGE).write_bytes(png)
        page.meta["image"] = record["image"]["url"]


    def _shared_prefix(self) -> str:
        """Where this language's pages find the theme's files, from the language's root."""
        first = self.config.languages[0]
        return "" if self.language == first else f"../{first}/"


# MkDocs' sitemap templates (the generator writes one sitemap for the whole site; as theme files they
# would be copied unrendered), Material's search engine (its search plugin is off) and the share
# cards' Latin font (theme/share: read by the build, not by pages).
_NOT_PUBLISHED = frozenset({"sitemap.xml", "sitemap.xml.gz"})
_NOT_PUBLISHED_DIRS = ("assets/javascripts/lunr/", "assets/javascripts/workers/", "share/")
_MATERIAL_LINK = '<a href="https://squidfunk.github.io/mkdocs-material/" lang="en">Material for MkDocs</a>'


def _render_html_blocks(page: Page, config, files) -> None:
    """``Page.render``, for a page whose Markdown is only HTML blocks: the HTML Markdown
    makes of it, without Markdown (no table of contents, no title from the text: as Markdown
    gives such a page; its anchors are not listed, as no Markdown link points into a meeting)."""
    html = html_blocks(page.markdown or "")
    if html is None:
        Page.render(page, config, files)
        return
    page.content, page.toc, page._title_from_render, page.present_anchor_ids = html, get_toc([]), None, None


_BLOCK = re.compile(r"<(h[1-6]|p|ol|ul|section|div|table|nav|aside|figure|details|dl|pre|blockquote|form)[\s>]")


def html_blocks(markdown: str) -> str | None:
    """What Python-Markdown makes of ``markdown`` if it is only HTML blocks (each one
    element of a block-level tag, blank lines between them): the blocks, one blank line
    between; None for anything else.

    >>> html_blocks('<h1>Title</h1>\\n\\n\\n<ul class="x">\\n<li>1 &amp; 2</li>\\n</ul>\\n')
    '<h1>Title</h1>\\n\\n<ul class="x">\\n<li>1 &amp; 2</li>\\n</ul>'
    >>> html_blocks('<p>one</p>\\ntwo') is None
    True
    >>> html_blocks('<p>one</p> two</p>') is None
    True
    """
    blocks = [b.strip("\n") for b in re.split(r"\n[ \t]*\n", markdown.strip("\n")) if b.strip()]
    if not blocks or not all(_one_element(block) for block in blocks):
        return None
    return "\n\n".join(blocks)


def _one_element(block: str) -> bool:
    """Whether ``block`` is one element of a block-level tag, ending where it ends (text
    after its end tag would be Markdown's: ``<p>a</p> b`` gives ``<p>a</p>\\n<p>b</p>``)."""
    start = _BLOCK.match(block)
    if not start or "\x02" in block or "\x03" in block:  # Markdown's placeholder marks
        return False
    depth = 0
    for tag in re.finditer(rf"<(/?){start.group(1)}[\s>]", block):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return tag.end() == len(block) and tag.group(1) == "/"
    return False


def _asset_urls(config, prefix: str) -> dict[str, str]:
    material = next(Path(d) for d in config.theme.dirs if (Path(d) / "assets/stylesheets").is_dir())
    return asset_urls(Path(config.theme.custom_dir) if config.theme.custom_dir else None, material, prefix)


def _env_listing_nothing(get_env) -> Environment:
    """The theme's Jinja environment, listing no files: MkDocs lists every file of the theme
    to copy its assets (Material's 14,500 icons: half of a small rebuild's MkDocs run), and a
    rebuild with the same theme has them in its output already."""
    env = get_env()
    env.loader = _Unlisted(env.loader)
    return env


class _Unlisted(BaseLoader):
    def __init__(self, loader: BaseLoader):
        self.loader = loader

    def get_source(self, environment, template):
        return self.loader.get_source(environment, template)

    def list_templates(self) -> list[str]:
        return []
