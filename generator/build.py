"""The whole build: its steps, and the files they write in ``build/``.

lock (``lock``) → content/ hashed → (every core, ``workers``) new articles
extracted, the others' summaries kept from the last build → meetings → Markdown
per language → (one process a language, ``languageruns``) MkDocs on the pages that changed,
and each language's search index → ``build/`` → ``site/`` and ``site-data/``
exchanged with trees prepared beside them (``publish_site``).

A rebuild costs what changed, not the archive: an unchanged meeting (the same
article files under the same id) is not loaded, rendered, indexed or written
again; what listings, feeds and the grouping need of it is its summary, kept in
``build/archive/``; each stage says which files of ``build/`` it wrote or
removed, and only those are linked again. ``site/`` and ``site-data/`` change
only once every stage has succeeded, and at once, so a failed or killed build
leaves them as they were (and the next build is a full one). A full build (first
run, after a failed one, or the generator, theme or config changed) starts
``build/`` from nothing.
"""

from __future__ import annotations

import contextlib
import datetime
import errno
import functools
import hashlib
import logging
import os
import shutil
import signal
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from mkdocs.config import load_config

from generator import buildfiles, cache, output
from generator.data import article_record
from generator.dates import format_meeting_date
from generator.errors import ArticleError, BuildError
from generator.faults import describe, fault_point, space_used
from generator.language import get_language
from generator.languageruns import LanguageRuns, MkDocsError
from generator.lock import BuildBusy, build_lock
from generator.meetings import group_articles, make_meeting
from generator.model import MeetingEntry
from generator.publish_site import PublishError, finish_switch, publish
from generator.render import months_to_render, render_listings
from generator.workers import (
    ARTICLES_A_WORKER,
    EarlyWorker,
    extract_articles,
    fewer_collections,
    load_article,
    summarize_sources,
    worker_pool,
)

__all__ = ["BuildError", "BuildReport", "build_site", "content_files", "extract_articles", "fewer_collections",
           "load_site_config", "project_lock", "read_sources"]

log = logging.getLogger("generator")



@dataclass
class BuildReport:
    published: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    meetings: int = 0

    def summary(self) -> str:
        return (f"{self.published} articles published in {self.meetings} meetings; "
                f"{len(self.skipped)} skipped; {len(self.warnings)} warnings")


def load_site_config(config_file: str):
    """The MkDocs config and the ``meetings`` plugin options in it."""
    config = load_config(config_file)
    if "meetings" not in config.plugins:
        raise BuildError(f"{config_file}: add the 'meetings' plugin to 'plugins:'")
    if any(name.endswith("search") for name in config.plugins):
        raise BuildError(f"{config_file}: remove the 'search' plugin: the generator writes each language's "
                         "search index itself, and MkDocs renders only the pages that changed")
    return config, config.plugins["meetings"].config


def content_files(content_dir: Path, root: Path) -> dict[str, str]:
    """Every article file's path, by the name errors give it, in order. Hidden files and
    folders, editor backups and README files are not articles."""
    root = root.resolve()
    found: dict[str, str] = {}
    for folder, dirs, files in os.walk(content_dir):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.update((_prefix(folder, root) + name, os.path.join(folder, name)) for name in files
                     if not name.startswith(".") and not name.endswith("~") and Path(name).stem.upper() != "README")
    return dict(sorted(found.items()))


def read_sources(paths: list[Path], root: Path) -> dict[str, bytes]:
    """Each file's bytes, by the name errors give it."""
    root = root.resolve()
    return {_prefix(os.path.dirname(path), root) + path.name: path.read_bytes() for path in paths}


@functools.lru_cache(maxsize=4096)
def _prefix(folder: str, root: Path) -> str:
    """What comes before a file's name in the name errors give it: its folder relative to
    ``root`` where it can be. Once a folder, not once a file: 2,000 articles sit in a few folders."""
    try:
        relative = Path(folder).resolve().relative_to(root).as_posix()
        return "" if relative == "." else relative + "/"
    except ValueError:
        return folder.rstrip("/") + "/" if folder else ""


def build_site(config_file: str = "mkdocs.yml", strict: bool = False, site_url: str | None = None,
               wait: bool = True) -> BuildReport:
    """Build ``site/`` and ``site-data/`` next to ``config_file`` (``site_url`` overrides the config's, for previews).

    Only what changed is redone (see the module's docstring); with nothing
    changed, this reads the sources and stops. One build at a time: a second one
    waits for the first (``wait=False``: fails at once).
    """
    config, options = load_site_config(config_file)
    root = Path(config_file).resolve().parent
    published: list[bool] = []
    try:
        with project_lock(config_file, wait):
            return _build(config_file, config, options, root, strict, site_url, published)
    except (PublishError, MkDocsError, ArticleError) as err:
        raise BuildError(str(err)) from None
    except KeyboardInterrupt:
        raise Interrupted("interrupted: " + ("the build had published: site/ is up to date" if published
                                             else "site/ is unchanged")) from None
    except OSError as err:
        raise _file_error(err, root) from None


def _build(config_file: str, config, options, root: Path, strict: bool, site_url: str | None,
           published: list[bool]) -> BuildReport:
    """The build's steps, under the lock (``published`` gets an item once ``site/`` has changed)."""
    started = time.monotonic()
    languages = list(options.languages)
    root_url = _root_url(site_url or config.site_url)
    work, data_target, site_target = root / "build", root / options.data_dir, Path(config.site_dir)
    finish_switch(work)  # a build stopped between the exchanges of site/ and site-data/
    _report_trash(work)
    setup = {"generator": cache.generator_version(), "root_url": root_url, "strict": strict,
             "config": _digest([Path(config_file)]), "theme": _digest(sorted((root / "theme").rglob("*")))}
    previous = buildfiles.read_state(work)
    same = previous.get("inputs", {}).get("generator") == setup["generator"]
    early = EarlyWorker(languages, same and "report" in previous)
    try:
        paths, keys, stats, unreadable = _source_keys(content_files(Path(config.docs_dir), root),
                                                      previous.get("stats", {}) if same else {})
        fault_point("hashed")
        if previous.get("inputs") == {**setup, "content": keys} and site_target.is_dir() and data_target.is_dir():
            early.close()
            log.info("nothing changed")
            return BuildReport(**previous["report"])
        full = ({k: previous.get("inputs", {}).get(k) for k in setup} != setup or not site_target.is_dir()
                or not data_target.is_dir() or not all((work / name).is_dir() for name in _WORK_DIRS)
                or not all((work / "search" / f"{lang}.marshal").is_file() for lang in languages))
        fault_point("start")
    except BaseException:
        early.close()
        raise
    fresh = len(keys) if full else len(set(keys.values()) - set(previous.get("inputs", {}).get("content", {}).values()))
    if full or fresh > ARTICLES_A_WORKER:
        early.close()  # more to extract than one worker does well: a pool of the size it needs
    with early, LanguageRuns(config_file, languages, work, root_url, strict, copy_theme=full) as runs, \
            (contextlib.nullcontext(early.pool) if early.pool else worker_pool(languages, fresh)) as pool:
        if not early.pool:
            pool.submit(int)  # start the workers: they prepare the extraction while the archive is read
        archive = {} if full else buildfiles.read_archive(work)
        buildfiles.write_state(work, {})  # until this build succeeds, the next one starts from scratch
        output.discard(work / "cache", work / "trash")  # extractions of a build that failed
        if full:
            for name in _WORK_DIRS:
                output.discard(work / name, work / "trash")
        report, changed = _rebuild(runs, pool, config, options, work, root_url, strict, full, paths, keys, unreadable,
                                   archive, data_target)
    fault_point("built")
    site_parts = {"": work / "root", "data": work / "data"} | {lang: work / "out" / lang for lang in languages}
    site_parts |= {f"{lang}/search": work / "search" / lang for lang in languages}
    with _sigint_held():  # a Ctrl-C from here waits until site/, site-data/ and the state agree
        publish(site_parts, work / "data", site_target, data_target, work, set(keys.values()), work / "cache",
                None if full else changed)
        published.append(True)
        buildfiles.write_state(work, {"inputs": {**setup, "content": keys}, "report": asdict(report),
                            "stats": _unchanged_since(stats, paths, keys)})
    fault_point("published")
    output.empty_trash(work / "trash")
    log.info("built %d pages in %.1fs", report.published, time.monotonic() - started)
    return report


@contextlib.contextmanager
def project_lock(config_file: str, wait: bool = True):
    """The lock of ``config_file``'s project for the ``with`` block (see ``generator.lock``)."""
    try:
        with build_lock(Path(config_file).resolve().parent / "build", wait):
            yield
    except BuildBusy as err:
        raise BuildError(str(err)) from None


class Interrupted(BuildError):
    """Ctrl-C: the build stopped; its message says what ``site/`` holds."""


@contextlib.contextmanager
def _sigint_held():
    """Ctrl-C is delivered after the block (in this thread; ``make serve`` builds in another)."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _file_error(err: OSError, root: Path) -> BuildError:
    """A file error as ``FILE: message``; a full disk also names the space this build took
    in ``build/``, and frees it (the next build starts from scratch)."""
    if err.errno != errno.ENOSPC:
        return BuildError(describe(err, root))
    work = root / "build"
    leftovers = [work / name for name in (*_WORK_DIRS, "cache", "stage", "stage-out", "templates", "trash",
                                           "publish/site", "publish/data")]
    used = space_used(leftovers)
    for path in leftovers:
        shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
    free = shutil.disk_usage(work).free
    return BuildError(f"{describe(err, root)}: the disk holding {work} is full; this build had written "
                      f"{used / 1e6:.1f} MB there when it stopped (removed; {free / 1e6:.1f} MB free now): "
                      "free at least that much and build again")


def _report_trash(work: Path) -> None:
    """Warn about old files the background clean-up could not delete, and try again."""
    for failed in work.glob("trash-*.err"):
        try:
            lines = failed.read_text("utf-8", "replace").splitlines()
            failed.unlink()
        except FileNotFoundError:
            continue  # the clean-up finished (and removed it) between the listing and the reading
        folder = failed.with_suffix("")
        if lines and folder.exists():
            log.warning("%s could not be deleted (%s); remove it by hand", folder, lines[0])
            output.empty_trash(folder)


def _rebuild(runs: LanguageRuns, pool: ProcessPoolExecutor, config, options, work: Path, root_url: str, strict: bool,
             full: bool, paths: dict[str, str], keys: dict[str, str], unreadable: list[ArticleError], archive: dict,
             data_target: Path):
    """Everything between the sources and ``build/`` (see the module's docstring).
    Returns the report and, for each part of the site, the files written or removed in ``build/``;
    ``keys`` becomes the keys of the bytes actually extracted."""
    started = time.monotonic()
    languages = list(options.languages)
    cache_dir = data_target / cache.CACHE_DIR
    summaries, extracted, errors = summarize_sources(paths, keys, languages, cache_dir, archive.get("articles", {}),
                                                     work / "cache", pool)
    pool.shutdown()  # the search indexes get workers of their own, forked with the meetings
    fault_point("extracted")
    entries, group_errors = group_articles(list(summaries.values()), languages)
    versions = {e.id: _meeting_version(e, keys) for e in entries}
    built = archive.get("meetings", {})
    changed = [e for e in entries if built.get(e.id, {}).get("version") != versions[e.id]]
    load = functools.partial(load_article, cache_dir, work / "cache", keys)
    meetings = [make_meeting(e, {lang: extracted.get(a.path) or load(a.path, paths[a.path], languages)
                                 for lang, a in e.articles.items()}) for e in changed]
    records, data, rows = {}, {}, {}  # each article's record held as the JSON it is written as, not as dicts
    for m in meetings:
        articles = [article_record(a, m) for a in m.articles.values()]
        records[m.id], rows[m.id] = buildfiles.meeting_record(m, versions[m.id], articles)
        data.update(buildfiles.data_files(articles))
    records = {e.id: records.get(e.id) or built[e.id] for e in entries}
    report = BuildReport(published=sum(len(e.articles) for e in entries), meetings=len(entries),
                         skipped=[str(e) for e in unreadable + errors + group_errors],
                         warnings=[w for e in entries for w in records[e.id]["warnings"]])
    log.info("%d articles ready (%d meetings changed) in %.1fs", report.published, len(meetings), time.monotonic() - started)
    if strict and (report.skipped or report.warnings):
        raise BuildError("strict mode: " + report.summary() + "\n" + "\n".join(report.skipped + report.warnings))

    epoch = _USER_EPOCH or _source_date_epoch(entries)
    names = {lang: options.site_names.get(lang, config.site_name) for lang in languages}
    unchanged = {e.id for e in entries} - {m.id for m in meetings}
    gone = set(built) - set(versions)
    search = [lang for lang in languages if any(lang in m.articles for m in meetings) or full  # a translation removed too
              or any(lang in built[id].get("languages", ()) for id in gone | {m.id for m in meetings} if id in built)]
    buildfiles.SHARED.update(entries=entries, meetings=meetings)
    for lang in languages:
        get_language(lang)  # the pages need it and the dates' names: loaded once here, not again in each
        format_meeting_date("2000-01-01", lang)  # search index's worker (Babel's data, 20 ms a language)
    touched: dict[str, set[str]] = {}  # files written or removed, by prefix in site/ (see publish_site)
    try:  # the search indexes on worker processes, beside MkDocs; the pages, data and root files here meanwhile
        # A language's index a worker: one new meeting's two indexes side by side, not one after the other.
        with worker_pool(articles=None if full else sum(len(m.articles) for m in meetings), jobs=len(search)) as workers:
            pending = {lang: workers.submit(buildfiles.write_search, lang, work) for lang in search}
            before = {id: (record.get("month"), record["languages"]) for id, record in built.items()}
            for lang in languages:  # each language's MkDocs starts as soon as its pages are written
                months = months_to_render(entries, lang, options.per_page, set(built) - unchanged, before)
                listings = render_listings(entries, lang, languages, root_url, options.per_page, months)
                written, touched[lang] = buildfiles.write_pages(lang, listings, months is not None, entries, meetings, languages,
                                                      root_url, names[lang], unchanged, work)
                runs.render(lang, written, epoch)
            shown = [Path(config.site_dir) / "data" / "figures.csv", data_target / "figures.csv"]
            touched["data"] = buildfiles.write_data(entries, data, rows, built, work, shown)
            touched[""] = buildfiles.write_root(entries, languages, root_url, config.site_name, names, work, options.time_zone)
            # Read by the next build only if this one succeeds (state.json says so).
            buildfiles.write_archive(work, {keys[name]: vars(s) for name, s in summaries.items()}, records,
                                     archive.get("parts", {}))
            for lang, job in pending.items():
                touched[f"{lang}/search"] = job.result()
    finally:
        buildfiles.SHARED.clear()
    fault_point("written")
    for lang, moved in runs.wait().items():
        touched[lang] |= moved
    return report, touched


_USER_EPOCH = os.environ.get("SOURCE_DATE_EPOCH")
_WORK_DIRS = ("docs", "out", "search", "data", "root", "archive")


def _source_keys(paths: dict[str, str], known: dict[str, list]
                 ) -> tuple[dict[str, str], dict[str, str], dict[str, list], list[ArticleError]]:
    """Each readable source's path and cache key, what to remember of it, and the sources
    that cannot be read: a file whose size and time are the ones ``known`` recorded with
    its key is not read again. A file changed less than two seconds before it was recorded
    is read the next time too (a change within the same tick of a coarse clock keeps the
    time); so is one that changes during the build (see ``_unchanged_since``)."""
    readable, keys, stats, errors = {}, {}, {}, []
    recent = time.time_ns() - 2_000_000_000
    for name, path in paths.items():
        try:
            stat = os.stat(path)  # before reading: a change after it shows at the end of the build
            seen = known.get(name)
            if seen and seen[0] == stat.st_size and seen[1] == stat.st_mtime_ns:
                keys[name] = seen[2]
            else:
                keys[name] = cache.cache_key(Path(path).read_bytes(), name)
        except FileNotFoundError:  # deleted since the folder was listed
            keys.pop(name, None)
            continue
        except OSError as err:
            errors.append(ArticleError(name, None, f"cannot be read: {err.strerror}"))
            continue
        readable[name] = path
        if stat.st_mtime_ns < recent:
            stats[name] = [stat.st_size, stat.st_mtime_ns, keys[name], stat.st_ctime_ns]
    return readable, keys, stats, errors


def _unchanged_since(stats: dict[str, list], paths: dict[str, str], keys: dict[str, str]) -> dict[str, list]:
    """The entries of ``stats`` whose file is still the one hashed: a file written during the
    build (even written back as it was) is read and hashed again by the next one."""
    kept = {}
    for name, seen in stats.items():
        try:
            stat = os.stat(paths[name])
        except OSError:
            continue
        if [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, keys[name]] == [seen[0], seen[1], seen[3], seen[2]]:
            kept[name] = seen[:3]
    return kept


def _digest(paths) -> str:
    digest = hashlib.sha256()
    for path in paths:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _root_url(site_url: str | None) -> str:
    url = site_url or "/"
    return url if url.endswith("/") else url + "/"


def _source_date_epoch(meetings: list[MeetingEntry]) -> str:
    """Dates in the build come from the content, so two builds of it are identical."""
    dated = [m.date for m in meetings if not m.date.startswith("--")]
    day = datetime.date.fromisoformat(max(dated)) if dated else datetime.date(2000, 1, 1)
    return str(int(datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.UTC).timestamp()))


def _meeting_version(meeting: MeetingEntry, keys: dict[str, str]) -> str:
    """Changes when the meeting's id or any of its articles (or the generator) changes."""
    return hashlib.sha256(" ".join([meeting.id] + [keys[a.path] for a in meeting.articles.values()]).encode()).hexdigest()[:16]



