"""The whole build, and the only module that reads and writes files.

content/ → (both cores) new articles extracted, the others' summaries kept from
the last build → meetings → Markdown per language → (both cores) MkDocs on the
pages that changed, and each language's search index → ``build/`` → links in
``site/`` and ``site-data/``.

A rebuild costs what changed, not the archive: an unchanged meeting (the same
article files under the same id) is not loaded, rendered, indexed or written
again; what listings, feeds and the grouping need of it is its summary, kept in
``build/archive.marshal``; each stage says which files of ``build/`` it wrote or
removed, and only those are linked again. ``site/`` and ``site-data/`` are touched
only once every stage has succeeded, so a failed build leaves them as they were
(and the next build is a full one); a full build
(first run, or the generator, theme or config changed) is made beside them and
swapped in.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import gc
import hashlib
import json
import logging
import marshal
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from mkdocs.config import load_config

from generator import cache, output
from generator.data import CSV_COLUMNS, SCHEMA_NAME, article_record, csv_rows, dump, figure_rows, schema_text
from generator.errors import ArticleError
from generator.meetings import group_articles, make_meeting, summarize
from generator.model import Article, ArticleSummary, Meeting, MeetingEntry
from generator.pipeline import prepare_extraction, process_article
from generator.publish import render_404, render_feed, render_robots, render_root_page, render_sitemap
from generator.render import Page, month_key, months_to_render, render_listings, render_meeting_page
from generator.searchindex import IndexState, doc_file, index_files, search_doc, update_index
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
    if any(name.endswith("search") for name in config.plugins):
        raise BuildError(f"{config_file}: remove the 'search' plugin: the generator writes each language's "
                         "search index itself, and MkDocs renders only the pages that changed")
    return config, config.plugins["meetings"].config


def content_files(content_dir: Path, root: Path) -> dict[str, str]:
    """Every article file's path, by the name errors give it, in order. Hidden files and
    folders, editor backups and README files are not articles."""
    root = root.resolve()
    found = {}
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


def extract_articles(sources: dict[str, bytes], languages: list[str] | None) -> tuple[list[Article], list[ArticleError]]:
    """Run the pure pipeline over every source, on both cores (``check`` and ``extract``;
    ``build_site`` keeps what it extracted)."""
    results = _run(_process, [(name, data, languages) for name, data in sources.items()])
    return [r for r in results if not isinstance(r, ArticleError)], [r for r in results if isinstance(r, ArticleError)]


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

    Only what changed is redone (see the module's docstring); with nothing
    changed, this reads the sources and stops.
    """
    started = time.monotonic()
    config, options = load_site_config(config_file)
    root = Path(config_file).resolve().parent
    languages = list(options.languages)
    root_url = _root_url(site_url or config.site_url)
    work, data_target, site_target = root / "build", root / options.data_dir, Path(config.site_dir)
    setup = {"generator": cache.generator_version(), "root_url": root_url, "strict": strict,
             "config": _digest([Path(config_file)]), "theme": _digest(sorted((root / "theme").rglob("*")))}
    previous = _read_state(work)
    paths = content_files(Path(config.docs_dir), root)
    same = previous.get("inputs", {}).get("generator") == setup["generator"]
    keys, stats = _source_keys(paths, previous.get("stats", {}) if same else {})
    state = {**setup, "content": keys}
    if previous.get("inputs") == state and site_target.is_dir() and data_target.is_dir():
        log.info("nothing changed")
        return BuildReport(**previous["report"])
    full = ({k: previous.get("inputs", {}).get(k) for k in setup} != setup or not site_target.is_dir()
            or not data_target.is_dir() or not all((work / name).is_dir() for name in _WORK_DIRS)
            or not all((work / "search" / f"{lang}.marshal").is_file() for lang in languages))
    with _LanguageRuns(config_file, languages, work, root_url, strict, copy_theme=full) as runs, _pool(languages) as pool:
        pool.submit(int)  # start the workers: they prepare the extraction while the archive is read
        archive = {} if full else _read_marshal(work / "archive.marshal")
        _write_state(work, {})  # until this build succeeds, the next one starts from scratch
        output.discard(work / "cache", work / "trash")  # extractions of a build that failed
        if full:
            for name in _WORK_DIRS:
                output.discard(work / name, work / "trash")
        report, changed = _rebuild(runs, pool, config, options, work, root_url, strict, full, paths, keys, archive,
                                   data_target)
    _publish(languages, work, site_target, data_target, set(keys.values()), None if full else changed)
    _write_state(work, {"inputs": state, "report": asdict(report), "stats": stats})
    log.info("built %d pages in %.1fs", report.published, time.monotonic() - started)
    return report


def _rebuild(runs: _LanguageRuns, pool: ProcessPoolExecutor, config, options, work: Path, root_url: str, strict: bool,
             full: bool, paths: dict[str, str], keys: dict[str, str], archive: dict, data_target: Path):
    """Everything between the sources and ``build/`` (see the module's docstring).
    Returns the report and, for each part of the site, the files written or removed in ``build/``."""
    started = time.monotonic()
    languages = list(options.languages)
    cache_dir = data_target / cache.CACHE_DIR
    summaries, extracted, errors = summarize_sources(paths, keys, languages, cache_dir, archive.get("articles", {}),
                                                     work / "cache", pool)
    pool.shutdown()  # the search indexes get workers of their own, forked with the meetings
    entries, group_errors = group_articles(list(summaries.values()), languages)
    versions = {e.id: _meeting_version(e, keys) for e in entries}
    built = archive.get("meetings", {})
    changed = [e for e in entries if built.get(e.id, {}).get("version") != versions[e.id]]
    meetings = [make_meeting(e, {lang: extracted.get(a.path) or _load(cache_dir, work / "cache", keys[a.path], a.path, paths[a.path], languages)
                                 for lang, a in e.articles.items()}) for e in changed]
    data = {m.id: [article_record(a, m) for a in m.articles.values()] for m in meetings}
    records = {m.id: _meeting_record(m, versions[m.id], data[m.id]) for m in meetings}
    records = {e.id: records.get(e.id) or built[e.id] for e in entries}
    report = BuildReport(published=sum(len(e.articles) for e in entries), meetings=len(entries),
                         skipped=[str(e) for e in errors + group_errors],
                         warnings=[w for e in entries for w in records[e.id]["warnings"]])
    log.info("%d articles ready (%d meetings changed) in %.1fs", report.published, len(meetings), time.monotonic() - started)
    if strict and (report.skipped or report.warnings):
        raise BuildError("strict mode: " + report.summary() + "\n" + "\n".join(report.skipped + report.warnings))

    epoch = _USER_EPOCH or _source_date_epoch(entries)
    names = {lang: options.site_names.get(lang, config.site_name) for lang in languages}
    unchanged = {e.id for e in entries} - {m.id for m in meetings}
    gone = set(built) - set(versions)
    search = [lang for lang in languages if any(lang in m.articles for m in meetings)
              or any(lang in built[g].get("languages", ()) for g in gone) or full]
    _SHARED.update(entries=entries, meetings=meetings)
    touched: dict[str, set[str]] = {}  # files written or removed, by prefix in site/ (see _publish)
    try:  # the search indexes on both cores, beside MkDocs; the pages, data and root files here meanwhile
        with _pool() as workers:
            pending = {lang: workers.submit(_write_search, lang, work) for lang in search}
            before = {id: (record.get("month"), record["languages"]) for id, record in built.items()}
            for lang in languages:  # each language's MkDocs starts as soon as its pages are written
                months = months_to_render(entries, lang, options.per_page, set(built) - unchanged, before)
                listings = render_listings(entries, lang, languages, root_url, options.per_page, months)
                written, touched[lang] = _write_pages(lang, listings, months is not None, entries, meetings, languages,
                                                      root_url, names[lang], unchanged, work)
                runs.render(lang, written, epoch)
            touched["data"] = _write_data(entries, data, records, work)
            touched[""] = _write_root(entries, languages, root_url, config.site_name, names, work)
            # Read by the next build only if this one succeeds (state.json says so).
            output.discard(work / "archive.marshal", work / "trash")  # freeing 8 MB would wait here
            output.write_file(work / "archive.marshal", marshal.dumps({"articles": {keys[name]: vars(s) for name, s in summaries.items()},
                                                                       "meetings": records}))
            for lang, job in pending.items():
                touched[f"{lang}/search"] = job.result()
    finally:
        _SHARED.clear()
    for lang, moved in runs.wait().items():
        touched[lang] |= moved
    return report, touched


_USER_EPOCH = os.environ.get("SOURCE_DATE_EPOCH")
_WORK_DIRS = ("docs", "out", "search", "data", "root")


def _source_keys(paths: dict[str, str], known: dict[str, list]) -> tuple[dict[str, str], dict[str, list]]:
    """Each source's cache key, and what to remember of it: a file whose size and time
    are the ones ``known`` recorded with its key is not read again. A file changed less
    than two seconds before it was recorded is read the next time too (a change within
    the same tick of a coarse clock keeps the time)."""
    keys, stats = {}, {}
    recent = time.time_ns() - 2_000_000_000
    for name, path in paths.items():
        stat = os.stat(path)
        seen = known.get(name)
        if seen and seen[0] == stat.st_size and seen[1] == stat.st_mtime_ns:
            keys[name] = seen[2]
        else:
            keys[name] = cache.cache_key(Path(path).read_bytes(), name)
        if stat.st_mtime_ns < recent:
            stats[name] = [stat.st_size, stat.st_mtime_ns, keys[name]]
    return keys, stats


def summarize_sources(paths: dict[str, str], keys: dict[str, str], languages: list[str], cache_dir: Path,
                      known: dict[str, dict], staged: Path, pool: ProcessPoolExecutor
                      ) -> tuple[dict[str, ArticleSummary], dict[str, Article], list[ArticleError]]:
    """The summary of every source (``known``: by cache key, from the last build); the
    sources without one are extracted (or loaded from the cache) on ``pool``, new
    extractions kept in ``staged`` until the build succeeds.
    Returns the summaries by source, the articles loaded in full, and the errors."""
    summaries, jobs = {}, []
    for name in paths:
        summary = known.get(keys[name])
        if summary is not None:
            summaries[name] = ArticleSummary(**{**summary, "pairing": tuple(summary["pairing"])})
        else:
            jobs.append((name, paths[name], languages, str(cache_dir / f"{keys[name]}.json")))
    results = _run(_summarize, jobs, pool)
    errors = [r for r in results if isinstance(r, ArticleError)]
    extracted = {}
    for article, summary, new in (r for r in results if not isinstance(r, ArticleError)):
        summaries[article.path] = summary
        extracted[article.path] = article
        if new:
            cache.store(staged, keys[article.path], article)
    log.info("%d articles extracted or loaded, %d known", len(results), len(paths) - len(jobs))
    order = {name: i for i, name in enumerate(paths)}
    return dict(sorted(summaries.items(), key=lambda item: order[item[0]])), extracted, errors


def _summarize(job):
    name, path, languages, cached = job
    article = cache.load_file(Path(cached))
    new = article is None
    if new:
        article = _process((name, Path(path).read_bytes(), languages))
        if isinstance(article, ArticleError):
            return article
    return article, summarize(article), new


def _run(function, jobs: list, pool: ProcessPoolExecutor | None = None) -> list:
    """``function`` over ``jobs``: on ``pool``, or on both cores when there are several."""
    if pool is None and len(jobs) < 2:
        return [function(job) for job in jobs]
    with contextlib.nullcontext(pool) if pool is not None else _pool() as pool:
        return list(_progress(pool.map(function, jobs, chunksize=max(1, min(8, len(jobs) // (4 * _WORKERS)))), len(jobs)))


def _pool(prepare: list[str] = ()) -> ProcessPoolExecutor:
    """Two forked workers: they start with what this process has loaded, and load what
    extracting the languages ``prepare`` needs."""
    return ProcessPoolExecutor(_WORKERS, mp_context=multiprocessing.get_context("fork"), initializer=_start_worker,
                               initargs=(list(prepare),))


def _start_worker(prepare: list[str]) -> None:
    fewer_collections()
    try:
        prepare_extraction(prepare)
    except Exception:  # left to the first article that needs it, whose error names its file
        pass


def fewer_collections() -> None:
    """The extraction makes a million small objects that live until the end: Python's
    default collector ran a full collection every few thousand of them (a third of
    loading PyThaiNLP's dictionary)."""
    gc.set_threshold(50_000, 20, 100)


def _load(cache_dir: Path, staged: Path, key: str, name: str, path: str, languages: list[str]) -> Article:
    """An unchanged article of a changed meeting, from the cache (or extracted again, into ``staged``)."""
    article = cache.load(cache_dir, key)
    if article is None:
        article = _process((name, Path(path).read_bytes(), languages))
        if isinstance(article, ArticleError):  # it was extracted before: only a bug gets here
            raise BuildError(str(article))
        cache.store(staged, key, article)
    return article


def _meeting_record(meeting: Meeting, version: str, data: list[dict]) -> dict:
    """What the archive keeps of a built meeting: its version, report lines and CSV rows
    (``data``: its articles' records)."""
    return {"version": version, "languages": list(meeting.articles), "month": month_key(meeting.date),
            "warnings": [f"{meeting.id}: {d.message}" for d in meeting.differences],
            "csv": "".join(figure_rows(r) for r in data)}


def _write_pages(lang: str, listings: list[Page], some_months: bool, entries: list[MeetingEntry], meetings: list[Meeting],
                 languages, root_url: str, site_name: str, unchanged: set[str], work: Path) -> tuple[list[str], set[str]]:
    """Bring ``build/docs/<lang>`` up to date and remove the outputs of pages that are gone;
    returns the pages written (MkDocs renders those) and the outputs removed.
    ``some_months``: the listings hold only some archive months, the others' pages stay."""
    pages = listings + [render_meeting_page(m, lang, languages, root_url, site_name) for m in meetings if lang in m.articles]
    keep = {meeting_path(e.id) for e in entries if e.id in unchanged and lang in e.articles}
    if some_months:
        keep |= {f"archive/{month_key(e.date)}.md" for e in entries if lang in e.articles}
    written, removed = output.sync_files({p.path: p.markdown.encode("utf-8") for p in pages}, work / "docs" / lang,
                                         keep, "*.md")
    return written, set(output.remove_outputs(work / "out" / lang, removed))


def _write_search(lang: str, work: Path) -> set[str]:
    """Bring the language's search index in ``build/search/<lang>`` up to date: the changed
    meetings indexed anew, the others' postings and documents kept (renumbered).
    Returns the files written or removed."""
    own = sorted((e for e in _SHARED["entries"] if lang in e.articles), key=lambda e: (e.date, e.id))
    changed = {m.id: search_doc(m, lang) for m in _SHARED["meetings"] if lang in m.articles}
    state_file = work / "search" / f"{lang}.marshal"
    saved = _read_marshal(state_file) if state_file.exists() else ([], {}, {})
    if not (isinstance(saved, tuple) and len(saved) == 3):  # the unchanged meetings' postings are lost
        raise BuildError(f"{state_file} cannot be read: build again, the next build starts from scratch")
    state = IndexState(*saved)
    before = {id: n for n, id in enumerate(state.docs)}
    state = update_index(state, [e.id for e in own], {id: doc.terms for id, doc in changed.items()})
    folder = work / "search" / lang
    files = index_files(state)
    # Documents keep their file when their number stays; a renumbered one moves, a changed one is rewritten.
    moves = {n: before[id] for n, id in enumerate(state.docs) if id not in changed and before.get(id) not in (None, n)}
    staging = folder / "moving"
    for n, old in moves.items():
        staging.mkdir(parents=True, exist_ok=True)
        os.replace(folder / f"d/{old}.bin", staging / f"{n}.bin")
    for n, id in enumerate(state.docs):
        if id in changed:
            output.write_file(folder / f"d/{n}.bin", doc_file(changed[id]))
    for n in moves:
        os.replace(staging / f"{n}.bin", folder / f"d/{n}.bin")
    if moves:
        staging.rmdir()
    keep = {f"d/{n}.bin" for n in range(len(state.docs))}
    written, removed = output.sync_files(files, folder, keep)
    output.discard(state_file, work / "trash")  # freeing it would wait here
    output.write_file(state_file, marshal.dumps((state.docs, state.postings, state.packed)))  # ten times faster than JSON
    return {*written, *removed, *(f"d/{n}.bin" for n, id in enumerate(state.docs) if id in changed or n in moves)}


def _write_data(entries: list[MeetingEntry], data: dict[str, list[dict]], records: dict[str, dict], work: Path) -> set[str]:
    """``build/data``: one record per article (``data``: those of the changed meetings), figures.csv, the schema.
    Returns the files written or removed."""
    files = {f"{record['id']}.json": dump(record).encode("utf-8") for rows in data.values() for record in rows}
    keep = {f"{e.id}.{lang}.json" for e in entries for lang in e.articles}
    files["figures.csv"] = (csv_rows([CSV_COLUMNS]) + "".join(records[e.id]["csv"] for e in entries)).encode("utf-8")
    files[SCHEMA_NAME] = schema_text().encode("utf-8")
    files["README.md"] = DATA_README.encode("utf-8")
    return set().union(*output.sync_files(files, work / "data", keep))


def _write_root(entries: list[MeetingEntry], languages, root_url, site_name, names, work: Path) -> set[str]:
    """``build/root``: the site's root page, 404 page, robots.txt, sitemap and feeds. Returns the files written or removed."""
    files = {"index.html": render_root_page(languages, root_url, site_name, names),
             "404.html": render_404(languages, root_url, names),
             "robots.txt": render_robots(root_url),
             "sitemap.xml": render_sitemap(entries, languages, root_url),
             **{f"{lang}/feed.xml": render_feed(entries, lang, root_url, names[lang]) for lang in languages}}
    return set().union(*output.sync_files({name: text.encode("utf-8") for name, text in files.items()}, work / "root"))


def _publish(languages: list[str], work: Path, site_target: Path, data_target: Path, keys: set[str],
             changed: dict[str, set[str]] | None) -> None:
    """Link ``build/`` into ``site/`` and ``site-data/``: in place, the files ``changed`` names
    (by prefix in ``site/``), or, for a full build (None), into new folders swapped in."""
    full = changed is None
    site_parts = {"": work / "root", "data": work / "data"}
    site_parts |= {lang: work / "out" / lang for lang in languages} | {f"{lang}/search": work / "search" / lang
                                                                        for lang in languages}
    site_dir, data_dir = (work / "next-site", work / "next-data") if full else (site_target, data_target)
    if full:
        output.discard(site_dir, work / "trash")
        output.discard(data_dir, work / "trash")
    output.mirror(site_parts, site_dir, work / "trash", skip=frozenset({"data/README.md"}), changed=changed)
    output.mirror({"": work / "data"}, data_dir, work / "trash", leave=(cache.CACHE_DIR + "/",),
                  changed=None if full else {"": changed["data"]})
    _keep_cache(data_target / cache.CACHE_DIR, data_dir / cache.CACHE_DIR, keys, work / "cache")
    if full:
        output.swap(site_dir, site_target, work / "trash")
        output.swap(data_dir, data_target, work / "trash")
    output.empty_trash(work / "trash")


def _digest(paths) -> str:
    digest = hashlib.sha256()
    for path in paths:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _read_state(work: Path) -> dict:
    return _read_json(work / "state.json")


def _write_state(work: Path, state: dict) -> None:
    _write_json(work / "state.json", state)


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def _read_marshal(path: Path):
    """A file of the build's own (``marshal``: ten times faster than JSON for these); ``{}`` if unreadable."""
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}


def _write_json(path: Path, value: dict) -> None:
    output.write_file(path, json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def _keep_cache(old: Path, new: Path, keys: set[str], staged: Path) -> None:
    """The cache entries of the current sources only, in ``new`` (which may be ``old``):
    this build's extractions (``staged``) moved in, the others carried over."""
    new.mkdir(parents=True, exist_ok=True)
    for name in os.listdir(staged) if staged.is_dir() else []:
        os.replace(staged / name, new / name)
    names = {f"{key}.json" for key in keys}
    if new == old:
        for name in set(os.listdir(old)) - names:
            (old / name).unlink()
        return
    for name in names:
        if (old / name).exists() and not (new / name).exists():
            os.link(old / name, new / name)


def _root_url(site_url: str | None) -> str:
    url = site_url or "/"
    return url if url.endswith("/") else url + "/"


def _source_date_epoch(meetings: list[MeetingEntry]) -> str:
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


def _meeting_version(meeting: MeetingEntry, keys: dict[str, str]) -> str:
    """Changes when the meeting's id or any of its articles (or the generator) changes."""
    return hashlib.sha256(" ".join([meeting.id] + [keys[a.path] for a in meeting.articles.values()]).encode()).hexdigest()[:16]


_SHARED: dict = {}  # what forked workers read instead of receiving it pickled


class _Cancelled(Exception):
    """A language with no page to render this time."""


class _LanguageRuns:
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
                raise BuildError(f"MkDocs failed for '{lang}': {error}")
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
        plugin = config.plugins["meetings"]
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
