"""The whole build, and the only module that reads and writes files.

content/ → (both cores) articles → meetings → Markdown per language →
(both cores) one MkDocs run per language → site/, plus site-data/. Everything
is built in ``build/next/`` and swapped in only when it all succeeded, so a
failed build leaves the previous ``site/`` and ``site-data/`` as they were.
"""

from __future__ import annotations

import datetime
import html
import json
import logging
import multiprocessing
import os
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config

from generator.data import SCHEMA_NAME, article_record, dump, figures_csv, schema_text
from generator.errors import ArticleError
from generator.language import get_language
from generator.meetings import group_meetings
from generator.model import Article, Meeting
from generator.pipeline import process_article
from generator.render import render_site

log = logging.getLogger("generator")

_WORKERS = 2
_TIME_LIMIT = 60  # seconds one article may take before it is skipped as pathological


@dataclass
class BuildReport:
    published: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    meetings: int = 0

    def summary(self) -> str:
        return (f"{self.published} articles published in {self.meetings} meetings; "
                f"{len(self.skipped)} skipped; {len(self.warnings)} warnings")


class BuildError(Exception):
    """The build failed; the previous site is untouched."""


def load_site_config(config_file: str):
    """The MkDocs config and the ``meetings`` plugin options in it."""
    config = load_config(config_file)
    if "meetings" not in config.plugins:
        raise BuildError(f"{config_file}: add the 'meetings' plugin to 'plugins:'")
    return config, config.plugins["meetings"].config


def content_files(content_dir: Path) -> list[Path]:
    """Every article file: hidden files, editor backups and README files are not articles."""
    return sorted(p for p in content_dir.rglob("*") if p.is_file() and not any(
        part.startswith(".") for part in p.relative_to(content_dir).parts)
        and not p.name.endswith("~") and p.stem.upper() != "README")


def extract_articles(paths: list[Path], root: Path, languages: list[str]) -> tuple[list[Article], list[ArticleError]]:
    """Run the pure pipeline over every file, on both cores."""
    jobs = [(_display_path(p, root), p.read_bytes(), languages) for p in paths]
    articles, errors = [], []
    if len(jobs) > 4:
        with ProcessPoolExecutor(_WORKERS, mp_context=multiprocessing.get_context("fork")) as pool:
            results = list(pool.map(_process, jobs, chunksize=8))
    else:
        results = [_process(job) for job in jobs]
    for result in results:
        (errors if isinstance(result, ArticleError) else articles).append(result)
    return articles, errors


def _display_path(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def _process(job) -> Article | ArticleError:
    path, data, languages = job
    try:
        return process_article(path, data, languages)
    except ArticleError as err:
        return err
    except Exception as err:  # a bug must not cost the other articles their pages
        return ArticleError(path, None, f"internal error: {type(err).__name__}: {err}",
                            "please report this with the file attached")


def build_site(config_file: str = "mkdocs.yml", strict: bool = False, site_url: str | None = None) -> BuildReport:
    """Build ``site/`` and ``site-data/`` next to ``config_file`` (``site_url`` overrides the config's, for previews)."""
    started = time.monotonic()
    config, options = load_site_config(config_file)
    root = Path(config_file).resolve().parent
    languages = list(options.languages)
    root_url = _root_url(site_url or config.site_url)
    report = BuildReport()

    articles, errors = extract_articles(content_files(Path(config.docs_dir)), root, languages)
    meetings, group_errors = group_meetings(articles, languages)
    for err in errors + group_errors:
        report.skipped.append(str(err))
    for meeting in meetings:
        report.warnings += [f"{meeting.id}: {d.message}" for d in meeting.differences]
    report.meetings = len(meetings)
    report.published = sum(len(m.articles) for m in meetings)
    log.info("extracted %d articles in %.1fs", len(articles), time.monotonic() - started)
    if strict and (report.skipped or report.warnings):
        raise BuildError("strict mode: " + report.summary() + "\n" + "\n".join(report.skipped + report.warnings))

    os.environ.setdefault("SOURCE_DATE_EPOCH", _source_date_epoch(meetings))
    next_dir = root / "build" / "next"
    shutil.rmtree(next_dir, ignore_errors=True)
    data_dir = next_dir / "site-data"
    _write_data(meetings, data_dir)
    _write_pages(render_site(meetings, languages, root_url, options.per_page), next_dir / "docs")
    _run_mkdocs(config_file, languages, next_dir, root_url, strict)
    site_dir = next_dir / "site"
    names = {lang: options.site_names.get(lang, config.site_name) for lang in languages}
    (site_dir / "index.html").write_text(render_root_page(languages, root_url, config.site_name, names), "utf-8")
    shutil.copytree(data_dir, site_dir / "data")
    _swap(site_dir, Path(config.site_dir))  # MkDocs made it absolute
    _swap(data_dir, root / options.data_dir)
    log.info("built %d pages in %.1fs", report.published, time.monotonic() - started)
    return report


def _root_url(site_url: str | None) -> str:
    url = site_url or "/"
    return url if url.endswith("/") else url + "/"


def _source_date_epoch(meetings: list[Meeting]) -> str:
    """Dates in the build come from the content, so two builds of it are identical."""
    dated = [m.date for m in meetings if not m.date.startswith("--")]
    day = datetime.date.fromisoformat(max(dated)) if dated else datetime.date(2000, 1, 1)
    return str(int(datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.timezone.utc).timestamp()))


def _write_data(meetings: list[Meeting], data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    records = []
    for meeting in meetings:
        for article in meeting.articles.values():
            record = article_record(article, meeting)
            records.append(record)
            (data_dir / f"{record['id']}.json").write_text(dump(record), "utf-8")
    (data_dir / "figures.csv").write_text(figures_csv(records), "utf-8")
    (data_dir / SCHEMA_NAME).write_text(schema_text(), "utf-8")


def _write_pages(pages, docs_dir: Path) -> None:
    for lang, lang_pages in pages.items():
        for page in lang_pages:
            target = docs_dir / lang / page.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.markdown, "utf-8")


def _run_mkdocs(config_file: str, languages: list[str], next_dir: Path, root_url: str, strict: bool) -> None:
    jobs = [(config_file, lang, str(next_dir / "docs" / lang), str(next_dir / "site" / lang), root_url, strict)
            for lang in languages]
    with ProcessPoolExecutor(min(_WORKERS, len(jobs)), mp_context=multiprocessing.get_context("fork")) as pool:
        for lang, error in zip(languages, pool.map(_build_language, jobs)):
            if error:
                raise BuildError(f"MkDocs failed for '{lang}': {error}")


def _build_language(job) -> str | None:
    config_file, lang, docs_dir, site_dir, root_url, strict = job
    try:
        config = load_config(config_file, docs_dir=docs_dir, site_dir=site_dir,
                             site_url=f"{root_url}{lang}/", strict=strict)
        plugin = config.plugins["meetings"]
        plugin.language, plugin.root_url = lang, root_url
        mkdocs_build(config)
    except BaseException as err:  # SystemExit from MkDocs' strict mode included
        return f"{type(err).__name__}: {err}"
    return None


def _swap(new: Path, target: Path) -> None:
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    shutil.move(str(new), str(target))
    shutil.rmtree(old, ignore_errors=True)


def render_root_page(languages: list[str], root_url: str, site_name: str, names: dict[str, str]) -> str:
    """The site root: sends a reader to the language their browser asks for, or lets them choose."""
    links = "\n".join(
        f'<li><a href="{lang}/" hreflang="{lang}" lang="{lang}">{html.escape(get_language(lang).name)}'
        f'<small>{html.escape(names[lang])}</small></a></li>' for lang in languages)
    alternates = "\n".join(f'<link rel="alternate" hreflang="{lang}" href="{html.escape(root_url)}{lang}/">'
                           for lang in languages)
    titles = " / ".join(html.escape(get_language(lang)["ui"]["choose.title"]) for lang in languages)
    return f"""<!doctype html>
<html lang="{languages[0]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{html.escape(site_name)}</title>
<link rel="canonical" href="{html.escape(root_url)}">
<link rel="icon" href="{languages[0]}/assets/images/favicon.png">
<link rel="stylesheet" href="{languages[0]}/assets/fonts.css">
{alternates}
<link rel="alternate" hreflang="x-default" href="{html.escape(root_url)}">
<style>body{{font-family:"Noto Sans Devanagari","Noto Sans Thai",system-ui,sans-serif;max-width:32rem;margin:15vh auto;padding:0 1rem;line-height:1.6}}
a{{display:block;padding:.75rem 1rem;margin:.5rem 0;border:1px solid #8886;border-radius:.5rem;text-decoration:none;font-size:1.25rem}}
ul{{list-style:none;padding:0}}small{{display:block;font-size:.9rem;opacity:.75}}</style>
<script>
(function () {{
  var published = {json.dumps(languages)};
  var wanted = (navigator.languages || [navigator.language || ""]);
  for (var i = 0; i < wanted.length; i++) {{
    var code = String(wanted[i]).toLowerCase().split("-")[0];
    if (published.indexOf(code) >= 0) {{ location.replace(code + "/"); return; }}
  }}
}})();
</script>
</head>
<body>
<h1>{html.escape(site_name)}</h1>
<p>{titles}</p>
<ul>
{links}
</ul>
</body>
</html>
"""
