"""The whole build, and the only module that reads and writes files.

content/ → (both cores) articles → meetings → Markdown per language →
(both cores) one MkDocs run and one search index per language → site/, plus
site-data/. Everything is built in ``build/next-*`` and swapped in only when it
all succeeded, so a failed build leaves the previous ``site/`` and ``site-data/``
as they were.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import json
import logging
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from mkdocs.config import load_config

from generator import cache, output
from generator.data import SCHEMA_NAME, article_record, dump, figures_csv, schema_text
from generator.errors import ArticleError
from generator.meetings import group_meetings
from generator.model import Article, Meeting
from generator.pipeline import process_article
from generator.publish import render_404, render_feed, render_robots, render_root_page, render_sitemap
from generator.render import render_site
from generator.searchindex import doc_file, index_files, search_doc
from generator.urls import meeting_path

log = logging.getLogger("generator")

_WORKERS = 2


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
    """Every article file: hidden files and folders, editor backups and README files are not articles."""
    found = []
    for folder, dirs, files in os.walk(content_dir):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(folder, name) for name in files if not name.startswith(".") and not name.endswith("~")
                  and Path(name).stem.upper() != "README"]
    return sorted(found)


def read_sources(paths: list[Path], root: Path) -> dict[str, bytes]:
    """Each file's bytes, by the name errors give it (relative to ``root`` where it can be)."""
    root = root.resolve()
    return {_display_path(path, root): path.read_bytes() for path in paths}


def source_keys(sources: dict[str, bytes]) -> dict[str, str]:
    """The cache key of each source: it changes with the file or the generator."""
    return {name: cache.cache_key(data, name) for name, data in sources.items()}


def extract_articles(sources: dict[str, bytes], languages: list[str] | None, cache_dir: Path | None = None,
                     keys: dict[str, str] | None = None) -> tuple[list[Article], list[ArticleError], dict[str, str]]:
    """Run the pure pipeline over every source, on both cores, reusing cached extractions.

    Returns the articles, the errors, and the cache keys used (file name → key).
    """
    keys = keys or source_keys(sources)
    cached = [name for name in sources if cache_dir and cache.has(cache_dir, keys[name])]
    known = set(cached)
    jobs = [(name, data, languages) for name, data in sources.items() if name not in known]
    # New articles are extracted in the workers while the cached ones load here (a Thai
    # article alone spends a second loading PyThaiNLP's dictionary); a handful alone runs here.
    pool = None
    if len(jobs) > 4 or (jobs and len(cached) > 100):
        pool = ProcessPoolExecutor(_WORKERS, mp_context=multiprocessing.get_context("fork"))
    try:
        pending = pool.map(_process, jobs, chunksize=max(1, min(8, len(jobs) // (4 * _WORKERS)))) if pool else None
        articles, unreadable = [], []
        for name in cached:
            article = cache.load(cache_dir, keys[name])
            if article is None:
                unreadable.append((name, sources[name], languages))
            else:
                articles.append(article)
        results = list(_progress(pending, len(jobs))) if pool else [_process(job) for job in jobs]
    finally:
        if pool:
            pool.shutdown()
    results += [_process(job) for job in unreadable]  # a damaged cache entry is extracted again
    log.info("extracted %d articles, %d from the cache", len(results), len(articles))
    errors = [r for r in results if isinstance(r, ArticleError)]
    for article in (r for r in results if not isinstance(r, ArticleError)):
        articles.append(article)
        if cache_dir:
            cache.store(cache_dir, keys[article.path], article)
    order = {name: i for i, name in enumerate(keys)}
    articles.sort(key=lambda a: order[a.path])
    return articles, errors, keys


def _progress(results, total: int):
    """Yield ``results``, showing count and rate on a terminal (and nothing elsewhere)."""
    show = sys.stderr.isatty()
    started = time.monotonic()
    for done, result in enumerate(results, 1):
        if show and (done % 25 == 0 or done == total):
            rate = done / max(time.monotonic() - started, 1e-6)
            print(f"\rextracting {done}/{total} articles, {rate:.0f}/s", end="" if done < total else "\n",
                  file=sys.stderr, flush=True)
        yield result


def _display_path(path: Path, root: Path) -> str:
    folder = _resolved(path.parent)
    try:
        return (folder / path.name).relative_to(root).as_posix()
    except ValueError:
        return str(path)


@functools.lru_cache(maxsize=4096)
def _resolved(folder: Path) -> Path:
    return folder.resolve()  # once a folder, not once a file: 2,000 articles sit in a few folders


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
    """Build ``site/`` and ``site-data/`` next to ``config_file`` (``site_url`` overrides the config's, for previews).

    Only what changed is redone: cached extractions are reused, pages are
    rewritten only when their Markdown changes, and MkDocs rebuilds only those
    unless the theme, the config or the generator changed.
    """
    started = time.monotonic()
    config, options = load_site_config(config_file)
    root = Path(config_file).resolve().parent
    languages = list(options.languages)
    root_url = _root_url(site_url or config.site_url)
    work, data_target, site_target = root / "build", root / options.data_dir, Path(config.site_dir)
    sources = read_sources(content_files(Path(config.docs_dir)), root)
    keys = source_keys(sources)
    setup = {"generator": cache.generator_version(), "root_url": root_url, "strict": strict,
             "config": _digest([Path(config_file)]), "theme": _digest(sorted((root / "theme").rglob("*")))}
    state = {**setup, "content": keys}
    previous = _read_state(work)
    if previous.get("inputs") == state and site_target.is_dir() and data_target.is_dir():
        log.info("nothing changed")
        return BuildReport(**previous["report"])

    articles, errors, keys = extract_articles(sources, languages, data_target / cache.CACHE_DIR, keys)
    meetings, group_errors = group_meetings(articles, languages)
    report = BuildReport(published=sum(len(m.articles) for m in meetings), meetings=len(meetings),
                         skipped=[str(e) for e in errors + group_errors],
                         warnings=[f"{m.id}: {d.message}" for m in meetings for d in m.differences])
    log.info("%d articles ready in %.1fs", len(articles), time.monotonic() - started)
    if strict and (report.skipped or report.warnings):
        raise BuildError("strict mode: " + report.summary() + "\n" + "\n".join(report.skipped + report.warnings))

    epoch = os.environ["SOURCE_DATE_EPOCH"] = _USER_EPOCH or _source_date_epoch(meetings)
    full = {k: previous.get("inputs", {}).get(k) for k in setup} != setup
    _write_state(work, {})  # until this build succeeds, the next one starts from scratch
    versions = {m.id: _meeting_version(m, keys) for m in meetings}
    unchanged = frozenset() if full else _unchanged(meetings, versions, previous, [data_target, site_target / "data"])
    names = {lang: options.site_names.get(lang, config.site_name) for lang in languages}
    changed = _write_pages(meetings, languages, root_url, options.per_page, names, unchanged, work, full)
    # The build date (sitemaps) comes from the newest meeting: when it moves, every language is rebuilt.
    rerun = full or previous.get("epoch") != epoch
    # A language none of whose pages changed has none of its meetings changed: its search index stands.
    search = [l for l in languages if l in changed or not (work / "search" / l).is_dir()]
    numbering = _build_languages(config_file, [l for l in languages if l in changed or rerun], search, meetings,
                                 work, root_url, strict, not full, unchanged, previous.get("search", {}))
    _publish(meetings, languages, root_url, config.site_name, names, unchanged, keys, work, site_target, data_target)
    _write_state(work, {"inputs": state, "report": asdict(report), "meetings": versions, "epoch": epoch,
                        "search": numbering})
    log.info("built %d pages in %.1fs", report.published, time.monotonic() - started)
    return report


_USER_EPOCH = os.environ.get("SOURCE_DATE_EPOCH")


def _write_pages(meetings, languages, root_url, per_page, names, unchanged, work: Path, full: bool) -> set[str]:
    """Bring ``build/docs/<lang>`` up to date; the languages whose pages changed."""
    if full:
        output.discard(work / "docs", work / "trash")
        output.discard(work / "out", work / "trash")
        output.discard(work / "search", work / "trash")
    changed = set()
    for lang, pages in render_site(meetings, languages, root_url, per_page, names, skip=unchanged).items():
        keep = {meeting_path(m.id) for m in meetings if m.id in unchanged and lang in m.articles}
        written, removed = output.sync_files({p.path: p.markdown.encode("utf-8") for p in pages},
                                             work / "docs" / lang, keep, "*.md")
        output.remove_outputs(work / "out" / lang, removed)
        if written or removed:
            changed.add(lang)
    return changed


def _write_search(lang: str, work: Path, unchanged: frozenset[str], previous: list[str]) -> list[str]:
    """Bring the language's search index in ``build/search/<lang>`` up to date; returns the
    meeting of each document number (``previous``: the same from the last build)."""
    own = sorted((m for m in _SHARED["meetings"] if lang in m.articles), key=lambda m: (m.date, m.id))
    docs = [search_doc(m, lang) for m in own]
    folder = work / "search" / lang
    keep = {f"d/{n}.bin" for n, m in enumerate(own) if m.id in unchanged and n < len(previous) and previous[n] == m.id
            and (folder / f"d/{n}.bin").exists()}
    files = index_files(docs)
    files.update({f"d/{n}.bin": doc_file(doc) for n, doc in enumerate(docs) if f"d/{n}.bin" not in keep})
    output.sync_files(files, folder, keep)
    return [m.id for m in own]


def _publish(meetings, languages, root_url, site_name, names, unchanged, keys, work: Path,
             site_target: Path, data_target: Path) -> None:
    """Assemble ``site/`` and ``site-data/`` beside the old ones and swap them in."""
    data_files = _data_files(meetings, unchanged)
    site_files = {"index.html": render_root_page(languages, root_url, site_name, names),
                  "404.html": render_404(languages, root_url, names),
                  "robots.txt": render_robots(root_url),
                  "sitemap.xml": render_sitemap(meetings, languages, root_url),
                  **{f"{lang}/feed.xml": render_feed(meetings, lang, root_url, names[lang]) for lang in languages}}
    site_files = {name: text.encode("utf-8") for name, text in site_files.items()}
    site_files.update({f"data/{name}": blob for name, blob in data_files.items() if name != "README.md"})
    parts = {lang: work / "out" / lang for lang in languages} | {f"{lang}/search": work / "search" / lang for lang in languages}
    output.assemble(parts, site_files, site_target, work / "next-site")
    output.assemble({}, data_files, data_target, work / "next-data")
    _keep_cache(data_target / cache.CACHE_DIR, work / "next-data" / cache.CACHE_DIR, set(keys.values()))
    output.swap(work / "next-site", site_target, work / "trash")
    output.swap(work / "next-data", data_target, work / "trash")
    output.empty_trash(work / "trash")


def _digest(paths) -> str:
    digest = hashlib.sha256()
    for path in paths:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _read_state(work: Path) -> dict:
    try:
        return json.loads((work / "state.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def _write_state(work: Path, state: dict) -> None:
    work.mkdir(parents=True, exist_ok=True)
    (work / "state.json").write_text(json.dumps(state, ensure_ascii=False, indent=1), "utf-8")


def _keep_cache(old: Path, new: Path, keys: set[str]) -> None:
    """Carry over the cache entries of the current sources only: nothing stale stays."""
    new.mkdir(parents=True, exist_ok=True)
    for key in keys:
        source = old / f"{key}.json"
        if source.exists():
            os.link(source, new / source.name)


def _root_url(site_url: str | None) -> str:
    url = site_url or "/"
    return url if url.endswith("/") else url + "/"


def _source_date_epoch(meetings: list[Meeting]) -> str:
    """Dates in the build come from the content, so two builds of it are identical."""
    dated = [m.date for m in meetings if not m.date.startswith("--")]
    day = datetime.date.fromisoformat(max(dated)) if dated else datetime.date(2000, 1, 1)
    return str(int(datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.timezone.utc).timestamp()))


DATA_README = """# site-data/

Written by `make site`: one JSON record per article (`<meeting>.<lang>.json`, following
`article.schema.json`), `figures.csv` with every figure of every article, and `cache/`, the
extraction cache (one file per source, keyed by its bytes and the generator's own code). The
records, the CSV and the schema are published in the site under `data/`. Generated: only this
README is kept in git.
"""


def _meeting_version(meeting: Meeting, keys: dict[str, str]) -> str:
    """Changes when any of the meeting's articles (or the generator) changes."""
    return hashlib.sha256(" ".join([meeting.id] + [keys[a.path] for a in meeting.articles.values()]).encode()).hexdigest()[:16]


def _unchanged(meetings: list[Meeting], versions: dict[str, str], previous: dict, data_dirs: list[Path]) -> frozenset[str]:
    """Meetings built before from the same articles, whose data files are still there to reuse."""
    built = previous.get("meetings", {})
    return frozenset(m.id for m in meetings if built.get(m.id) == versions[m.id] and all(
        (folder / f"{m.id}.{lang}.json").exists() for folder in data_dirs for lang in m.articles))


def _data_files(meetings: list[Meeting], unchanged: frozenset[str]) -> dict[str, bytes | None]:
    """site-data/: one record per article (``None``: unchanged), figures.csv and the schema."""
    files, records = {}, []
    for meeting in meetings:
        for article in meeting.articles.values():
            record = article_record(article, meeting)
            records.append(record)
            files[f"{record['id']}.json"] = None if meeting.id in unchanged else dump(record).encode("utf-8")
    files["figures.csv"] = figures_csv(records).encode("utf-8")
    files[SCHEMA_NAME] = schema_text().encode("utf-8")
    files["README.md"] = DATA_README.encode("utf-8")
    return files


_SHARED: dict = {}  # what forked workers read instead of receiving it pickled


def _build_languages(config_file: str, mkdocs_languages: list[str], search_languages: list[str],
                     meetings: list[Meeting], work: Path, root_url: str, strict: bool, incremental: bool,
                     unchanged: frozenset[str], numbering: dict[str, list[str]]) -> dict[str, list[str]]:
    """Both cores: MkDocs for each language whose pages changed, and the search index of each
    of ``search_languages``. Returns the search index's numbering by language (``numbering``:
    the last build's, kept for the other languages)."""
    jobs = [(_build_language, (config_file, lang, str(work / "docs" / lang), str(work / "out" / lang), root_url,
                               strict, incremental)) for lang in mkdocs_languages]
    jobs += [(_write_search, (lang, work, unchanged, numbering.get(lang, []))) for lang in search_languages]
    if not jobs:
        return numbering
    _SHARED["meetings"] = meetings
    try:
        with ProcessPoolExecutor(_WORKERS, mp_context=multiprocessing.get_context("fork")) as pool:
            results = list(pool.map(_call, jobs))
    finally:
        _SHARED.clear()
    for lang, error in zip(mkdocs_languages, results):
        if error:
            raise BuildError(f"MkDocs failed for '{lang}': {error}")
    return {**numbering, **dict(zip(search_languages, results[len(mkdocs_languages):]))}


def _call(job):
    function, args = job
    return function(*args)


def _build_language(config_file: str, lang: str, docs_dir: str, site_dir: str, root_url: str, strict: bool,
                    incremental: bool) -> str | None:
    from mkdocs.commands.build import build as mkdocs_build  # a third of a second: not when nothing changed

    try:
        config = load_config(config_file, docs_dir=docs_dir, site_dir=site_dir,
                             site_url=f"{root_url}{lang}/", strict=strict)
        plugin = config.plugins["meetings"]
        plugin.language, plugin.root_url = lang, root_url
        plugin.template_cache = Path(site_dir).parent.parent / "templates"
        # MkDocs' dirty build renders only pages newer than their output; Material's
        # own search index would then miss the others, so it needs a full run.
        search_plugin = any(name.endswith("search") for name in config.plugins)
        mkdocs_build(config, dirty=incremental and not search_plugin)
        if not search_plugin:  # Material copies its search engine (2 MB a language) even when it is off
            for unused in ("lunr", "workers"):
                output.discard(Path(site_dir) / "assets" / "javascripts" / unused, Path(site_dir).parent.parent / "trash")
    except BaseException as err:  # SystemExit from MkDocs' strict mode included
        return f"{type(err).__name__}: {err}"
    return None
