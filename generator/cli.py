"""The command line: a few lines per command, the work is in ``build`` and ``pipeline``."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import replace
from pathlib import Path

from generator.build import (
    BuildError,
    Interrupted,
    build_site,
    content_files,
    extract_articles,
    fewer_collections,
    load_site_config,
    project_lock,
    read_sources,
)
from generator.data import article_record
from generator.meetings import group_meetings
from generator.pipeline import IncompleteArticle, UndatedArticle

_HELP = """\
Build the meeting-report site from the articles in content/.

  make site      = python -m generator build    pages in site/, data in site-data/
  make serve     = python -m generator serve    preview on http://127.0.0.1:8000/
  make check     = python -m generator check    what translations state differently
                   python -m generator extract FILE...   the figures of some files

A problem in an article is reported as content/FILE:LINE: message; that article
is left out and the others are published (build --strict fails instead)."""

_EXIT_CODES = """\
exit codes:
  0    done (build: some articles may have been skipped, as reported)
  1    build failed (site/ is unchanged), --strict found a warning, check found a
       difference or a sum that does not add up, or extract could not read a file
  2    wrong command line
  130  interrupted (Ctrl-C)"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=_HELP, epilog=_EXIT_CODES,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-f", "--config-file", default="mkdocs.yml", metavar="FILE",
                        help="the site's settings (default: mkdocs.yml); content/ and theme/ are found next to it")
    parser.add_argument("--no-wait", action="store_true", help="fail at once if another build of the project is running")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="generate the pages and build site/")
    build.add_argument("--strict", action="store_true", help="fail on any warning or skipped article")
    serve = commands.add_parser("serve", help="build, serve on 127.0.0.1 and rebuild on changes")
    serve.add_argument("--port", type=int, default=8000, help="the port of the preview (default: 8000)")
    commands.add_parser("check", help="list what the translations of a meeting state differently, and the "
                                      "arithmetic that does not add up (exit code 1 if there is any)")
    extract = commands.add_parser("extract", help="print the figures found in articles, as JSON, without building")
    extract.add_argument("files", nargs="+", metavar="FILE", help="an article's text file (any encoding the build reads)")
    args = parser.parse_args(argv)
    logging.basicConfig(format="%(levelname)s - %(message)s", level=logging.INFO)
    try:
        return {"build": _build, "serve": _serve, "check": _check, "extract": _extract}[args.command](args)
    except (Interrupted, KeyboardInterrupt) as err:  # one line, no traceback (the shell's code for Ctrl-C)
        print(err if isinstance(err, Interrupted) else "interrupted: site/ is unchanged", file=sys.stderr)
        return 130
    except BuildError as err:
        print(f"ERROR - {err}", file=sys.stderr)
        return 1


def _build(args) -> int:
    fewer_collections()
    report = build_site(args.config_file, strict=args.strict, wait=not args.no_wait)
    # One write, not one a line: unbuffered, 17,000 warnings of a 5,000-meeting archive were 0.08 s of a rebuild.
    sys.stderr.write("".join([*(f"ERROR - skipped {line}\n" for line in report.skipped),
                              *(f"WARNING - {line}\n" for line in report.warnings)]))
    print(report.summary())
    return 0


def _serve(args) -> int:
    fewer_collections()
    from generator.serve import serve

    serve(args.config_file, args.port, wait=not args.no_wait)
    return 0


def _check(args) -> int:
    with project_lock(args.config_file, wait=not args.no_wait):  # one build or check at a time
        return _check_content(args)


def _check_content(args) -> int:
    config, options = load_site_config(args.config_file)
    root = Path(args.config_file).resolve().parent
    sources = {name: Path(path).read_bytes() for name, path in content_files(Path(config.docs_dir), root).items()}
    articles, errors = extract_articles(sources, list(options.languages))
    meetings, group_errors = group_meetings(articles, list(options.languages))
    for err in errors + group_errors:
        print(f"{err}")
    problems = 0
    for meeting in meetings:
        langs = ", ".join(f"{lang}: {a.path}" for lang, a in meeting.articles.items())
        status = "agree" if not meeting.differences else f"{len(meeting.differences)} differences"
        print(f"{meeting.id} ({langs}): {status}")
        for difference in meeting.differences:
            print(f"  - {difference.message}")
        for article in meeting.articles.values():
            for check in article.checks:
                if check.status != "ok":
                    print(f"  - {article.path}: {check.message}")
        problems += len(meeting.differences)
    return 1 if problems or errors or group_errors else 0


def _extract(args) -> int:
    paths = [Path(f) for f in args.files if Path(f).is_file()]
    missing = [f for f in args.files if not Path(f).is_file()]
    for name in missing:  # named in one line; the other files are still extracted
        print(f"{name}: no such file", file=sys.stderr)
    articles, errors = extract_articles(read_sources(paths, Path(".")), None)
    for err in errors:
        print(err, file=sys.stderr)
    if missing:
        errors = [*errors, *missing]
    meetings, _ = group_meetings(articles, sorted({a.lang for a in articles}))
    by_path = {a.path: m for m in meetings for a in m.articles.values()}
    # An article without a meeting date is still extracted (``date: null``); the error above says why.
    undated = [replace(e.article, date=None) if isinstance(e, UndatedArticle) else e.article
               for e in errors if isinstance(e, IncompleteArticle)]
    keys = ("path", "lang", "meeting", "date", "title", "figures", "checks")
    out = [{k: v for k, v in article_record(a, by_path.get(a.path)).items() if k in keys} for a in articles + undated]
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 1 if len(errors) > len(undated) else 0
