"""Bad input: the corpus in ``tests/bad/`` (see its README) and generated pathological articles.

What must hold: every file gives a page or an ``ArticleError`` that reads
``path:line: message`` (never another exception, never a silent wrong decoding),
in bounded time; markup in articles reaches the page as text and runs nothing;
a build with bad files still publishes the good ones, writes only inside the
project, keeps the previous site in strict mode, and is byte-for-byte
reproducible.
"""

from __future__ import annotations

import functools
import inspect
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import markdown
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.build import BuildError, build_site
from generator.errors import ArticleError
from generator.meetings import group_meetings
from generator.model import Article
from generator.pipeline import process_article
from generator.read import normalise, read_source
from generator.render import render_meeting_page
from generator.tables import tables_of
from tests.conftest import ROOT, built_and_served, make_project

BAD = Path(__file__).resolve().parent / "bad"
LANGS = ["hi", "th"]
GOOD = [ROOT / "tests/articles/budget.hi.txt", ROOT / "tests/articles/health.th.txt"]
ARTICLE_LIMIT = 20.0
"""Seconds of CPU time one article may take, whatever it holds."""
LOCATED = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+): \S")
"""What every problem report must look like: ``path:line: message``."""


# ----------------------------------------------------------------------------- helpers

def _content_path(name: str) -> str:
    return f"content/{name}"


def _process(rel: str) -> Article | ArticleError:
    """One corpus file through the pipeline: an Article, an ArticleError, or a test failure; in bounded time."""
    path = BAD / rel
    started = time.process_time()
    try:
        result = process_article(_content_path(path.name), path.read_bytes(), LANGS)
    except ArticleError as err:
        result = err
    except Exception as err:  # noqa: BLE001 - the point of the test
        pytest.fail(f"{rel}: {type(err).__name__}: {err} (expected a page or an ArticleError)")
    seconds = time.process_time() - started
    assert seconds < ARTICLE_LIMIT, f"{rel}: {seconds:.1f}s of CPU"
    return result


def _assert_located(err: ArticleError, name: str, line: int | tuple[int, int] | None = None) -> int:
    text = str(err)
    match = LOCATED.match(text)
    assert match, f"not 'path:line: message': {text!r}"
    assert match["path"] == _content_path(name), text
    got = int(match["line"])
    if isinstance(line, int):
        assert got == line, f"expected line {line}: {text!r}"
    elif line is not None:
        assert line[0] <= got <= line[1], f"expected a line in {line}: {text!r}"
    assert "\ufffd" not in text
    return got


_RULE = re.compile(r"[-*_=~•·]{3,}")  # a rule line ("---", "*****") is page furniture, dropped by the reading


def _source_lines(data: bytes) -> list[str]:
    """The article's paragraphs as an editor sees them: non-blank lines after front matter, stripped,
    without the zero-width characters the reading drops and with the character references it reads
    (``read.normalise``), without rule lines."""
    text = normalise(data.decode("utf-8-sig"))[0]
    if text.startswith("---\n"):
        text = text.split("\n---\n", 1)[1]
    return [line.strip() for line in text.split("\n") if line.strip() and not _RULE.fullmatch(line.strip())]


def _article_view(article: Article) -> dict:
    """What an article is, apart from where its bytes came from."""
    return {
        "lang": article.lang, "text": article.text, "paragraphs": article.paragraphs,
        "sentences": article.sentences, "date": article.date, "title": article.title,
        "description": article.description, "source_tag": article.source_tag,
        "figures": [(f.value, f.kind, f.unit, f.text, f.label, f.start, f.end, f.qualifier, f.key)
                    for f in article.figures],
        "checks": article.checks,
    }


def _run_bounded(limit: float, fn, *args, memory: int | None = None):
    """Run ``fn(*args)`` in a forked child allowed ``limit`` seconds of CPU (so that a busy machine does not
    make it fail); (outcome, detail, CPU seconds), or (None, None, wall seconds) when it was stopped."""
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(send, fn, args, memory, limit), daemon=True)
    started = time.monotonic()
    child.start()
    send.close()
    try:
        result = receive.recv() if receive.poll(3 * limit + 30) else None  # wall-clock backstop
    except EOFError:  # killed by its CPU limit
        result = None
    elapsed = time.monotonic() - started
    if child.is_alive():
        child.kill()
    child.join(10)
    if result is None:
        return None, None, elapsed
    return result


def _child(send, fn, args, memory, limit):
    try:
        import resource

        if memory:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (int(limit) + 1, int(limit) + 2))  # SIGXCPU ends it
        started = time.process_time()
        try:
            value = fn(*args)
            outcome = ("ok", _summary(value))
        except ArticleError as err:
            outcome = ("ArticleError", str(err))
        except BaseException as err:  # noqa: BLE001
            outcome = ("other", f"{type(err).__name__}: {str(err)[:300]}")
        send.send((*outcome, time.process_time() - started))
    finally:
        os._exit(0)


def _summary(value) -> str:
    if isinstance(value, Article):
        return f"{value.lang} {value.date}: {len(value.paragraphs)} paragraphs, {len(value.figures)} figures"
    return type(value).__name__


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _listing(root: Path) -> dict[str, tuple]:
    """Every path under ``root`` but the build's trash, which a background process is deleting."""
    out = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("trash"))
        for name in dirs + sorted(files):
            p = Path(folder) / name
            try:
                st_ = p.lstat()
            except FileNotFoundError:
                continue
            # a folder counts by its name (its entries are listed themselves), a file by size and time
            out[p.relative_to(root).as_posix()] = ("dir",) if p.is_dir() else ("file", st_.st_size, st_.st_mtime_ns)
    return out


def _records(site: Path) -> list[dict]:
    import json

    return [json.loads(p.read_text("utf-8")) for p in sorted((site / "data").glob("*.json"))
            if p.name != "article.schema.json"]


@pytest.fixture
def no_source_date_epoch():
    """Builds in this test start like a fresh process: SOURCE_DATE_EPOCH unset (restored afterwards)."""
    saved = os.environ.pop("SOURCE_DATE_EPOCH", None)
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
        if saved is not None:
            os.environ["SOURCE_DATE_EPOCH"] = saved


def _render(meeting, lang: str) -> str:
    """The meeting page's Markdown (``site_name`` passed when this version of the renderer takes it)."""
    named = "site_name" in inspect.signature(render_meeting_page).parameters
    extra = {"site_name": "Provincial meeting reports"} if named else {}
    return render_meeting_page(meeting, lang, LANGS, "http://127.0.0.1/", **extra).markdown


def _project(target: Path, files: list[Path], site_url: str = "http://127.0.0.1:8000/reports/") -> Path:
    return make_project(target, files, site_url)


# ----------------------------------------------------------------------------- encodings

ENCODED_LIKE_REFERENCE = {
    "th": ["utf8-bom.th.txt", "utf16le-bom.th.txt", "crlf.th.txt", "cr.th.txt", "tis620.th.txt", "cp874-crlf.th.txt",
           "mojibake.th.txt"],
    "hi": ["utf8-bom.hi.txt", "utf16be-bom.hi.txt", "crlf.hi.txt", "cr.hi.txt", "mojibake.hi.txt"],
}


@pytest.mark.parametrize("lang,name", [(lang, name) for lang, names in ENCODED_LIKE_REFERENCE.items() for name in names])
def test_encodings_and_line_endings_give_the_reference_article(lang, name):
    reference = _process(f"encoding/ref.{lang}.txt")
    variant = _process(f"encoding/{name}")
    assert isinstance(reference, Article), reference
    assert isinstance(variant, Article), f"{name}: {variant}"
    assert _article_view(variant) == _article_view(reference)
    assert len(reference.figures) >= 5


@pytest.mark.parametrize("lang,other", [("hi", "nfd.hi.txt"), ("hi", "precomposed-nukta.hi.txt"), ("th", "nfd.th.txt")])
def test_normalisation_forms_give_the_same_text_and_figures(lang, other):
    nfc_bytes = (BAD / f"encoding/nfc.{lang}.txt").read_bytes()
    assert unicodedata.normalize("NFC", nfc_bytes.decode()) == nfc_bytes.decode()
    assert (BAD / f"encoding/{other}").read_bytes() != nfc_bytes
    nfc, variant = _process(f"encoding/nfc.{lang}.txt"), _process(f"encoding/{other}")
    assert isinstance(nfc, Article) and isinstance(variant, Article), (nfc, variant)
    assert _article_view(variant) == _article_view(nfc)
    assert any(f.unit == "VND" for f in nfc.figures), "đồng is a currency in both forms"


@pytest.mark.parametrize("name,line", [("invalid-utf8.hi.txt", 3), ("invalid-utf8.th.txt", 2)])
def test_invalid_utf8_is_an_error_with_the_byte_offset(name, line):
    data = (BAD / "encoding" / name).read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        offset = err.start
    else:
        raise AssertionError("corpus file is valid UTF-8")
    result = _process(f"encoding/{name}")
    assert isinstance(result, ArticleError), f"decoded silently: {getattr(result, 'text', '')[:80]!r}"
    _assert_located(result, name, line)
    assert re.search(rf"UTF-8.*\boffset {offset}\b", str(result)), str(result)


def test_truncated_thai_utf8_is_not_read_as_tis620():
    """A short Thai UTF-8 file cut inside its last character: every byte is also cp874, so
    the TIS-620 fallback turns it into mojibake ('เธ—เธตเธก') instead of reporting the bad byte."""
    name = "truncated-utf8.th.txt"
    data = (BAD / "encoding" / name).read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        offset = err.start
    result = _process(f"encoding/{name}")
    assert isinstance(result, ArticleError), f"published as {result.text!r}"
    _assert_located(result, name, 1)
    assert re.search(rf"UTF-8.*\boffset {offset}\b", str(result)), str(result)


@pytest.mark.parametrize("name", ["utf16-odd-length.th.txt", "utf16-lone-surrogate.hi.txt"])
def test_broken_utf16_is_an_article_error(name):
    data = (BAD / "encoding" / name).read_bytes()
    try:
        read_source(_content_path(name), data)
    except ArticleError as err:
        _assert_located(err, name)
        assert "offset" in str(err), str(err)
    except Exception as err:  # noqa: BLE001
        pytest.fail(f"{type(err).__name__}: {err} (expected an ArticleError naming the byte offset)")
    else:
        pytest.fail("broken UTF-16 decoded without an error")


def test_utf32_is_not_read_as_utf16_with_nul_characters():
    name = "utf32-bom.th.txt"
    try:
        source = read_source(_content_path(name), (BAD / "encoding" / name).read_bytes())
    except ArticleError as err:
        _assert_located(err, name)
        return
    assert "\x00" not in source.text, f"UTF-32 read as UTF-16: {source.text[:40]!r}"


# ----------------------------------------------------------------------------- degenerate files

ERROR, PAGE = "error", "page"
DEGENERATE = {
    "empty.txt": (ERROR, r"no article text"),
    "whitespace.txt": (ERROR, r"no article text"),
    "binary.th.txt": (ERROR, r"binary"),
    "vietnamese.txt": (ERROR, r"language 'vi'"),
    "english.txt": (ERROR, r"language 'en'"),
    "leftovers-only.hi.txt": (ERROR, r"no article text"),
    "no-letters.txt": (ERROR, r"no letters"),
    "no-date.th.txt": (ERROR, r"no meeting date"),
    "no-figures.th.txt": (PAGE, None),
    "no-figures.hi.txt": (PAGE, None),
    # Other scripts inside an article are names and quotes: the article is published.
    "mixed-scripts.hi.txt": (PAGE, None),
    "mixed-scripts.th.txt": (PAGE, None),
    "unclosed-front-matter.th.txt": (ERROR, r"front matter is not closed"),
    # Control characters are kept as text (escaped on the page), never a reason to refuse.
    "control-characters.hi.txt": (PAGE, None),
}


@pytest.mark.parametrize("name", sorted(DEGENERATE))
def test_degenerate_file_gives_a_located_error_or_a_page(name):
    expected, pattern = DEGENERATE[name]
    result = _process(f"degenerate/{name}")
    if isinstance(result, ArticleError):
        assert expected != PAGE, f"expected a page: {result}"
        _assert_located(result, name)
        if pattern:
            assert re.search(pattern, str(result)), str(result)
        return
    assert expected != ERROR, f"expected an error matching {pattern!r}, got a page"
    data = (BAD / "degenerate" / name).read_bytes()
    assert [result.text[s:e] for s, e in result.paragraphs] == _source_lines(data)
    assert re.fullmatch(r"(\d{4}|-)-\d\d-\d\d", result.date), result.date
    for figure in result.figures:
        assert result.text[figure.start:figure.end] == figure.text


def test_article_without_figures_renders_an_empty_figure_box():
    for name in ("no-figures.hi.txt", "no-figures.th.txt"):
        article = _process(f"degenerate/{name}")
        assert isinstance(article, Article) and article.figures == ()
        meetings, errors = group_meetings([article], LANGS)
        assert errors == []
        page = _render(meetings[0], article.lang)
        assert "kf--empty" in page


# Pathological sizes, generated here (the corpus stays small), each in a child process with a CPU limit.


def _five_megabyte_line(lang: str) -> bytes:
    if lang == "hi":
        lead = "बीटीओ-27 फरवरी 2024 की दोपहर को प्रांतीय समिति ने बैठक की। "
        unit = "समिति के सदस्यों ने प्रांत में पार्टी निर्माण के कार्य पर विस्तार से चर्चा की। "
    else:
        lead = "BTO- บ่ายวันที่ 27 กุมภาพันธ์ 2567 คณะกรรมการได้จัดการประชุม "
        unit = "คณะกรรมการได้หารือเกี่ยวกับการสร้างพรรคและองค์กรประชาชนในจังหวัด "
    size = 5 * 1024 * 1024
    text = lead + unit * ((size - len(lead.encode())) // len(unit.encode()) + 1)
    data = text.encode() + b"\n"
    assert data.count(b"\n") == 1 and len(data) >= size
    return data


def _five_thousand_numbers(lang: str) -> bytes:
    """A long tabular report: a lead and 100 paragraphs of 50 numbers each (with the lead's day and year, 5,002)."""
    if lang == "hi":
        lead = "बीटीओ-27 फरवरी 2024 की दोपहर को प्रांतीय समिति ने वार्डों की रिपोर्ट पर बैठक की।"
        row = lambda i: f"वार्ड {i} में {i * 7 + 3} परिवार थे।"  # noqa: E731
    else:
        lead = "BTO- บ่ายวันที่ 27 กุมภาพันธ์ 2567 คณะกรรมการได้จัดการประชุมเพื่อรับรายงานของตำบล"
        row = lambda i: f"ตำบลที่ {i} มีครัวเรือน {i * 7 + 3} ครัวเรือน"  # noqa: E731
    paragraphs = [" ".join(row(p * 25 + i + 1) for i in range(25)) for p in range(100)]
    text = lead + "\n" + "\n".join(paragraphs) + "\n"
    assert len(re.findall(r"\d+", text)) == 5002
    return text.encode()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("what,make", [("5 MB line", _five_megabyte_line),
                                       ("5,000 numbers", _five_thousand_numbers)])
def test_huge_article_in_bounded_time(lang, what, make):
    data = make(lang)
    outcome, detail, seconds = _run_bounded(ARTICLE_LIMIT, process_article, f"content/huge.{lang}.txt", data, LANGS)
    print(f"\n{what} ({lang}): {outcome} in {seconds:.1f}s: {detail}")
    assert outcome is not None, f"{what} ({lang}): stopped after {ARTICLE_LIMIT:.0f}s of CPU ({seconds:.0f}s)"
    assert outcome in ("ok", "ArticleError"), detail
    if outcome == "ArticleError":
        assert LOCATED.match(detail), detail
    assert seconds < ARTICLE_LIMIT


def test_yaml_alias_bomb_in_front_matter_is_refused_quickly():
    """Nine nested aliases (9**9 leaves) under 'date:': reading the front matter must not expand them."""
    name = "yaml-alias-bomb.th.txt"
    data = (BAD / "pathological" / name).read_bytes()
    outcome, detail, seconds = _run_bounded(10.0, read_source, _content_path(name), data, memory=2 * 1024 ** 3)
    print(f"\nYAML alias bomb: {outcome} in {seconds:.1f}s: {detail}")
    assert outcome is not None, f"front matter with an alias bomb: stopped after 10s of CPU or 2 GB ({seconds:.0f}s)"
    assert outcome == "ArticleError", detail
    match = LOCATED.match(detail)
    assert match and match["path"] == _content_path(name), detail


# ----------------------------------------------------------------------------- front matter

FRONT_MATTER_ERRORS = {
    "invalid-yaml.th.txt": (3, r"not valid YAML"),
    "invalid-yaml-bracket.hi.txt": ((4, 5), r"not valid YAML"),
    "unknown-key.th.txt": (4, r"unknown front-matter key 'colour'"),
    "wrong-type-title.hi.txt": (2, r"'title'"),
    "wrong-type-date.th.txt": (3, r"'date'"),
    "wrong-type-lang.hi.txt": (2, r"'lang'"),
    "wrong-type-url.th.txt": (2, r"'source_url'"),
    "impossible-date.hi.txt": (3, r"date"),
    "bad-int-tag.th.txt": (2, r"title"),
    "slug-dotdot.hi.txt": (3, r"'slug'"),
    "slug-absolute.th.txt": (2, r"'slug'"),
    "meeting-dotdot.th.txt": (3, r"'meeting'"),
    "meeting-absolute.hi.txt": (2, r"'meeting'"),
}


@pytest.mark.parametrize("name", sorted(FRONT_MATTER_ERRORS))
def test_front_matter_error_names_file_and_line(name):
    line, pattern = FRONT_MATTER_ERRORS[name]
    result = _process(f"front-matter/{name}")
    assert isinstance(result, ArticleError), f"{name} was accepted"
    _assert_located(result, name, line)
    assert re.search(pattern, str(result)), str(result)


def _duplicates() -> tuple[list, list]:
    articles = [_process(f"front-matter/duplicate-meeting-{x}.th.txt") for x in "ab"]
    assert all(isinstance(a, Article) for a in articles), articles
    return group_meetings(articles, LANGS)


def test_two_articles_claiming_one_meeting_and_language_is_an_error():
    meetings, errors = _duplicates()
    assert len(meetings) == 1 and len(errors) == 1, (meetings, errors)
    _assert_located(errors[0], "duplicate-meeting-b.th.txt")
    assert "duplicate-meeting-a.th.txt" in str(errors[0]) and "2024-03-05-duplicate" in str(errors[0])


def test_duplicate_meeting_error_points_at_the_meeting_line():
    _, errors = _duplicates()
    _assert_located(errors[0], "duplicate-meeting-b.th.txt", 3)  # 'meeting:' is on line 3


ESCAPES = [Path("/tmp/meeting-reports-bad-input-escape")]


PATH_FILES = ["slug-dotdot.hi.txt", "slug-absolute.th.txt", "meeting-dotdot.th.txt", "meeting-absolute.hi.txt"]


@pytest.mark.slow
@pytest.mark.parametrize("case", ["paths-only", "all-with-good"])
def test_build_with_bad_front_matter_writes_only_inside_the_project(tmp_path, no_source_date_epoch, case):
    """'paths-only': the four ../ and absolute slug/meeting files alone (few enough to be extracted in
    this process); 'all-with-good': every front-matter file and two good articles (extracted on both cores)."""
    if case == "paths-only":
        files, expected = [BAD / "front-matter" / n for n in PATH_FILES], set()
    else:
        files = sorted((BAD / "front-matter").glob("*.txt")) + GOOD
        expected = {"content/budget.hi.txt", "content/health.th.txt", "content/duplicate-meeting-a.th.txt"}
    config = _project(tmp_path / "project", files)
    project = config.parent
    outside = tmp_path / "sibling"
    outside.mkdir()
    (outside / "keep.txt").write_text("untouched", "utf-8")
    for path in ESCAPES:
        assert not path.exists(), f"{path} exists before the build"
    before = _listing(tmp_path)
    content_before = _tree(project / "content")

    report = build_site(str(config))

    after = _listing(tmp_path)
    allowed = tuple(f"project/{d}" for d in ("site", "site-data", "build"))
    changed = sorted(p for p in set(before) | set(after) if before.get(p) != after.get(p)
                     and not any(p == a or p.startswith(a + "/") for a in allowed))
    assert changed == [], f"written outside site/, site-data/, build/: {changed}"
    assert _tree(project / "content") == content_before
    for path in ESCAPES:
        assert not path.exists(), f"the build wrote {path}"
    assert {r["path"] for r in _records(project / "site")} == expected
    skipped = " ".join(report.skipped)
    for path in files:
        if path not in GOOD and path.name != "duplicate-meeting-a.th.txt":
            assert f"content/{path.name}:" in skipped, f"{path.name} not reported as skipped: {report.skipped}"


# ----------------------------------------------------------------------------- build level

BAD_FOR_BUILD = sorted(
    [BAD / "degenerate" / n for n, (kind, _) in DEGENERATE.items() if kind == ERROR]
    + [BAD / "front-matter" / n for n in FRONT_MATTER_ERRORS]
    + [BAD / "encoding" / n for n in ("invalid-utf8.hi.txt", "invalid-utf8.th.txt", "utf16-odd-length.th.txt",
                                      "utf16-lone-surrogate.hi.txt")]
)


@pytest.fixture(scope="module")
def mixed_build(tmp_path_factory):
    """Good articles and bad ones in one content/, built once (not strict)."""
    saved = os.environ.pop("SOURCE_DATE_EPOCH", None)
    project = tmp_path_factory.mktemp("mixed")
    config = _project(project, GOOD + [BAD / "degenerate/no-figures.th.txt"] + BAD_FOR_BUILD)
    try:
        return project, build_site(str(config))
    except Exception as err:  # noqa: BLE001 - each test reports it as its failure
        return project, err
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
        if saved is not None:
            os.environ["SOURCE_DATE_EPOCH"] = saved


def _mixed_report(mixed_build):
    project, report = mixed_build
    if isinstance(report, Exception):
        pytest.fail(f"build_site raised {type(report).__name__}: {report}")
    return project, report


def test_build_publishes_the_good_articles_despite_bad_ones(mixed_build):
    project, report = _mixed_report(mixed_build)
    published = {r["path"] for r in _records(project / "site")}
    assert published == {"content/budget.hi.txt", "content/health.th.txt", "content/no-figures.th.txt"}
    assert report.published == 3
    for record in _records(project / "site"):
        assert (project / "site" / record["lang"] / "meetings" / record["meeting"] / "index.html").is_file()
    for path in BAD_FOR_BUILD:
        assert sum(f"content/{path.name}" in line for line in report.skipped) == 1, f"{path.name}: {report.skipped}"


def test_every_skipped_article_is_reported_as_path_line_message(mixed_build):
    _, report = _mixed_report(mixed_build)
    assert len(report.skipped) == len(BAD_FOR_BUILD)
    unlocated = [line for line in report.skipped if not LOCATED.match(line)]
    assert unlocated == [], "\n".join(unlocated)
    internal = [line for line in report.skipped if "internal error" in line]
    assert internal == [], "\n".join(internal)


@pytest.mark.slow
def test_strict_build_fails_and_keeps_the_previous_site(tmp_path, no_source_date_epoch):
    config = _project(tmp_path / "project", GOOD)
    project = config.parent
    first = build_site(str(config))
    assert first.skipped == [] and first.published == 2
    site, data = _tree(project / "site"), _tree(project / "site-data")
    assert site and data
    shutil.copy(BAD / "front-matter/unknown-key.th.txt", project / "content")
    with pytest.raises(BuildError) as raised:
        build_site(str(config), strict=True)
    assert "content/unknown-key.th.txt:4: unknown front-matter key 'colour'" in str(raised.value)
    assert _tree(project / "site") == site
    assert _tree(project / "site-data") == data


REPRODUCIBLE = GOOD + [BAD / "markup/markup.hi.txt", BAD / "markup/markup-front-matter.th.txt"]


@pytest.mark.slow
def test_two_builds_of_the_same_content_are_byte_identical(tmp_path, no_source_date_epoch):
    """Two projects in different folders built one after the other in this process (SOURCE_DATE_EPOCH
    left to the build), then the first built again from scratch: every file of site/ and site-data/ is the same."""
    trees = []
    for name in ("one", "two", "one"):
        if (tmp_path / name).exists():
            for folder in ("site", "site-data", "build"):
                shutil.rmtree(tmp_path / name / folder)
        else:
            _project(tmp_path / name, REPRODUCIBLE)
        report = build_site(str(tmp_path / name / "mkdocs.yml"))
        assert report.published == len(REPRODUCIBLE) and report.skipped == []
        trees.append((_tree(tmp_path / name / "site"), _tree(tmp_path / name / "site-data")))
    for other in trees[1:]:
        for got, want in zip(other, trees[0]):
            assert sorted(got) == sorted(want)
            differ = [p for p in want if got[p] != want[p]]
            assert differ == [], f"files differ between builds: {differ}"


@pytest.mark.slow
def test_build_does_not_depend_on_an_earlier_build_in_the_process(tmp_path):
    """The same content built by a fresh process, and by a process that first built newer content.
    (Both in child processes started one after the other, so both run the same generator code.)"""
    for name in ("fresh", "here"):
        _project(tmp_path / name, REPRODUCIBLE)
    newer = tmp_path / "newer"
    _project(newer, [])
    (newer / "content" / "newer.th.txt").write_text(
        "---\ndate: 2026-06-30\n---\nBTO- คณะกรรมการได้จัดการประชุม มีสมาชิก 1,549 ราย\n", "utf-8")
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    script = "import sys\nfrom generator.build import build_site\nfor config in sys.argv[1:]:\n    build_site(config)"
    for configs in ([tmp_path / "fresh/mkdocs.yml"], [newer / "mkdocs.yml", tmp_path / "here/mkdocs.yml"]):
        subprocess.run([sys.executable, "-c", script, *map(str, configs)], cwd=ROOT, env=env, check=True,
                       capture_output=True, timeout=300)
    for folder in ("site", "site-data"):
        want, got = (_tree(tmp_path / name / folder) for name in ("fresh", "here"))
        assert sorted(got) == sorted(want)
        differ = [p for p in want if got[p] != want[p]]
        assert differ == [], f"{folder}: differs from a fresh-process build: {differ}"


# ----------------------------------------------------------------------------- markup stays text

MARKUP = sorted((BAD / "markup").glob("*.txt"))
# Plain articles built with them: each markup page is compared with a plain page of its language that has
# as many translations (budget: both languages; health: Thai only; school: Hindi only).
PLAIN = [ROOT / "tests/articles" / n for n in ("budget.hi.txt", "budget.th.txt", "health.th.txt", "school.hi.txt")]
# Elements an article could smuggle in; their number on a page must be the theme's own.
WATCHED = ("script", "style", "iframe", "frame", "img", "svg", "base", "meta", "link", "form", "input", "button",
           "textarea", "select", "object", "embed", "video", "audio", "source", "details", "template", "math")


class _Page(HTMLParser):
    """Start tags, comments, <title>, meta description and the text of each article paragraph."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.comments: list[str] = []
        self.paragraphs: list[str] = []
        self.h1: list[str] = []
        self.title, self.title_children = "", 0
        self._stack: list[str] = []
        self._capture: list[tuple[str, int, list[str]]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if self._stack and self._stack[-1] == "title":
            self.title_children += 1
        if tag in ("meta", "link", "img", "br", "input", "base", "source", "embed", "hr", "wbr"):
            return
        self._stack.append(tag)
        if tag == "p" and "article-text" in (attrs.get("class") or "").split():
            self._capture.append(("p", len(self._stack), []))
        elif tag == "h1":
            self._capture.append(("h1", len(self._stack), []))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag not in self._stack:
            return
        while self._stack:
            top = self._stack.pop()
            if self._capture and self._capture[-1][1] > len(self._stack):
                kind, _, parts = self._capture.pop()
                (self.paragraphs if kind == "p" else self.h1).append("".join(parts))
            if top == tag:
                break

    def handle_data(self, data):
        if self._stack and self._stack[-1] == "title":
            self.title += data
        for _, _, parts in self._capture:
            parts.append(data)

    def handle_comment(self, data):
        self.comments.append(data)

    def count(self) -> Counter:
        return Counter(tag for tag, _ in self.tags if tag in WATCHED)

    def meta_description(self) -> str | None:
        return next((a.get("content") for t, a in self.tags if t == "meta" and a.get("name") == "description"), None)


def _parse(path: Path) -> _Page:
    parser = _Page()
    parser.feed(path.read_text("utf-8"))
    parser.close()
    return parser


@pytest.fixture(scope="module")
def markup_site(tmp_path_factory):
    """The markup articles and two plain ones, built and served under /reports/ on 127.0.0.1."""
    saved = os.environ.pop("SOURCE_DATE_EPOCH", None)
    try:
        with built_and_served(tmp_path_factory, "markup", MARKUP + PLAIN) as site:
            yield {**site, "records": {r["path"]: r for r in _records(site["site"])}}
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
        if saved is not None:
            os.environ["SOURCE_DATE_EPOCH"] = saved


def _page_of(site: dict, record: dict) -> Path:
    return site["site"] / record["lang"] / "meetings" / record["meeting"] / "index.html"


def test_markup_articles_are_all_published(markup_site):
    assert markup_site["report"].skipped == []
    assert set(markup_site["records"]) == {f"content/{p.name}" for p in MARKUP + PLAIN}


@pytest.mark.parametrize("name", [p.name for p in MARKUP])
def test_markup_reaches_the_page_as_text(markup_site, name):
    record = markup_site["records"].get(f"content/{name}")
    assert record, f"{name} was not published: {markup_site['report'].skipped}"
    page = _parse(_page_of(markup_site, record))
    plain = [r for r in (markup_site["records"][f"content/{p.name}"] for p in PLAIN) if r["lang"] == record["lang"]]
    plain.sort(key=lambda r: len(r["translations"]) != len(record["translations"]))
    baseline = _parse(_page_of(markup_site, plain[0]))
    source = (BAD / "markup" / name).read_bytes()

    problems = []
    # (1) the visible text of each paragraph is exactly the line in the file, and titles are text
    if page.paragraphs != _source_lines(source):
        problems.append(f"paragraphs differ: {[(a, b) for a, b in zip(page.paragraphs, _source_lines(source)) if a != b][:3]}"
                        f" ({len(page.paragraphs)} on the page, {len(_source_lines(source))} in the file)")
    if page.h1 != [record["title"]]:
        problems.append(f"<h1> {page.h1!r} is not the title {record['title']!r}")
    if page.title_children or not page.title.startswith(record["title"] + " - "):
        problems.append(f"<title> holds {page.title_children} elements and the text {page.title!r}")
    if page.meta_description() != record["description"]:
        problems.append(f"meta description is {page.meta_description()!r}, not {record['description']!r}")
    # (2) nothing the article wrote became an element, a handler, a link or a comment
    if page.count() != baseline.count():
        problems.append(f"elements differ from a plain article's page: {dict(page.count() - baseline.count())} more, "
                        f"{dict(baseline.count() - page.count())} fewer")
    handlers = {(t, k, v) for t, a in page.tags for k, v in a.items() if k.startswith("on")}
    handlers -= {(t, k, v) for t, a in baseline.tags for k, v in a.items() if k.startswith("on")}
    if handlers:
        problems.append(f"event handlers: {sorted(handlers)}")
    def scripted_links(parsed):
        return {(t, k, a[k]) for t, a in parsed.tags for k in ("href", "src", "action", "formaction")
                if (a.get(k) or "").strip().lower().startswith("javascript:")}

    scripted = scripted_links(page) - scripted_links(baseline)
    if scripted:
        problems.append(f"javascript: links: {scripted}")
    foreign = [(t, a) for t, a in page.tags if t == "img" and a.get("src") == "x"
               or any("evil.example" in (v or "") for v in a.values())]
    if foreign:
        problems.append(f"elements from the article: {foreign}")
    if len(page.comments) != len(baseline.comments):
        problems.append(f"HTML comments: {page.comments}")
    assert problems == [], "\n".join(problems)


def test_markup_articles_run_nothing_in_the_browser(markup_site, browser):
    """Every generated page in Chromium: no dialog, console error, failed or foreign request, injected script."""
    base = markup_site["base"]
    host = urlparse(base).netloc
    site = markup_site["site"]
    pages = sorted(site.rglob("*.html"))
    markup_pages = {_page_of(markup_site, markup_site["records"][f"content/{p.name}"]): p for p in MARKUP
                    if f"content/{p.name}" in markup_site["records"]}
    problems: list[str] = []
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="th-TH")
    try:
        page = context.new_page()
        page.on("dialog", lambda d: (problems.append(f"dialog {d.type}: {d.message} on {page.url}"), d.dismiss()))
        page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text} on {page.url}"))
        page.on("pageerror", lambda e: problems.append(f"page error: {e} on {page.url}"))
        page.on("request", lambda r: urlparse(r.url).netloc not in (host, "")
                and not r.url.startswith(("data:", "blob:")) and problems.append(f"other host: {r.url}"))
        page.on("response", lambda r: r.status >= 400 and problems.append(f"{r.status}: {r.url}"))
        for path in pages:
            url = base + path.relative_to(site).as_posix()
            page.goto(url, wait_until="load")
            if path.parent == site:  # the root pages may send the reader on to their language
                page.wait_for_load_state("networkidle")
            page.wait_for_timeout(150)
            if page.evaluate("typeof window.__pwned") != "undefined":
                problems.append(f"window.__pwned = {page.evaluate('window.__pwned')!r} on {url}")
            if page.evaluate("getComputedStyle(document.body).display") == "none":
                problems.append(f"an article's <style> hid the page: {url}")
            if path in markup_pages:
                shown = page.eval_on_selector_all("p.article-text", "ps => ps.map(p => p.innerText)")
                want = [" ".join(line.split()) for line in _source_lines(markup_pages[path].read_bytes())]
                if shown != want:  # a browser shows a run of spaces (a read "&nbsp;" among them) as one
                    problems.append(f"visible paragraphs differ from the file on {url}: "
                                    f"{[(a, b) for a, b in zip(shown, want) if a != b][:3]}")
        # Search results show the markup articles' titles and text.
        for lang, query in (("hi", "परिषद"), ("th", "สภา")):
            page.goto(f"{base}{lang}/", wait_until="load")
            page.locator("input.md-search__input").click()
            page.keyboard.type(query)
            page.wait_for_selector(".md-search-result__item", state="attached", timeout=10000)
            page.wait_for_timeout(300)
            if page.evaluate("typeof window.__pwned") != "undefined":
                problems.append(f"window.__pwned = {page.evaluate('window.__pwned')!r} after searching {lang}")
    finally:
        context.close()
    assert len(pages) >= 10
    assert problems == [], "\n".join(problems)


# ----------------------------------------------------------------------------- properties

_WORDS = {
    "hi": ["समिति", "सदस्य", "बैठक", "प्रस्ताव", "परिवार", "प्रांत", "में", "से", "ने", "की", "और", "लाख", "करोड़",
           "प्रतिशत", "।", "25", "1,549", "१२", "3.5"],
    "th": ["คณะกรรมการ", "สมาชิก", "ประชุม", "ราย", "ร้อยละ", "ล้าน", "บาท", "และ", "ใน", "ที่", "จังหวัด", "25",
           "1,549", "๑๒", "3.5"],
}
_MARKUP_CHARS = list("<>&*_`#[](){}|\\") + ["&#60;", "&#38;", "</", "/>", "<!--", "-->", "```", "{{", "}}", "{%",
                                               "%}", "---", "!!! ", "1. ", "- ", "> ", "    "]
_LEADS = {"hi": "बीटीओ-27 फरवरी 2024 की दोपहर को प्रांतीय समिति ने बैठक की।",
          "th": "BTO- บ่ายวันที่ 27 กุมภาพันธ์ 2567 คณะกรรมการได้จัดการประชุม"}


def _line(lang):
    piece = st.one_of(st.sampled_from(_WORDS[lang]), st.sampled_from(_MARKUP_CHARS), st.just(" "))
    return st.lists(piece, min_size=1, max_size=25).map("".join)


def _article_text(lang):
    # 'lang:' set, so that markup-heavy lines cannot change the detected language: rendering is the subject.
    return st.lists(_line(lang), min_size=1, max_size=5).map(
        lambda lines: f"---\nlang: {lang}\n---\n{_LEADS[lang]}\n" + "\n".join(lines) + "\n")


def _markdown_html(page_markdown: str) -> str:
    lines = page_markdown.split("\n")
    assert lines[0] == "---"
    body = "\n".join(lines[lines.index("---", 1) + 1:])
    return markdown.markdown(body, extensions=["toc", "tables", "fenced_code"])  # MkDocs' defaults


@functools.cache
def _renderer_tags() -> frozenset[str]:
    """Every element the renderer emits for the plain test articles and samples."""
    files = sorted((ROOT / "content").glob("*.txt")) + sorted((ROOT / "tests/articles").glob("*.txt"))
    articles = [process_article(f"content/{p.name}", p.read_bytes(), LANGS) for p in files]
    meetings, _ = group_meetings(articles, LANGS)
    tags = set()
    for meeting in meetings:
        for lang in meeting.articles:
            page = _Page()
            page.feed(_markdown_html(_render(meeting, lang)))
            tags |= {tag for tag, _ in page.tags}
    return frozenset(tags)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(LANGS).flatmap(lambda lang: st.tuples(st.just(lang), _article_text(lang))))
@example(("hi", f"---\nlang: hi\n---\n{_LEADS['hi']}\n# <script>alert(1)</script> समिति\n    `x` | y |\n"))
@example(("th", f"---\nlang: th\n---\n{_LEADS['th']}\n> [ก](javascript:alert(1)) {{{{ x }}}} \\*ข\\*\n"))
@example(("th", f"---\nlang: th\n---\n{_LEADS['th']}\nคณะกรรมการ||\n|25|คณะกรรมการ\n"))  # a pipe table
def test_rendered_article_text_is_verbatim_and_adds_no_elements(case):
    lang, text = case
    article = process_article(f"content/prop.{lang}.txt", text.encode(), LANGS)
    assert article.lang == lang
    meetings, errors = group_meetings([article], LANGS)
    assert errors == []
    out = _markdown_html(_render(meetings[0], lang))
    page = _Page()
    page.feed(out)
    page.close()
    dropped = set(article.leftovers.values())  # page leftovers and rule lines ("---") are named in the log, not shown
    tabled = {article.text[row.start:row.end].strip() for rows in tables_of(article.text) for row in rows}
    # a pipe table's rows are shown as a table ("कृषि | 1,350" over "आवास | 120"), not as paragraphs
    assert page.paragraphs == [line for line in _source_lines(text.encode()) if line not in dropped | tabled]
    shown = [attrs for tag, attrs in page.tags if tag == "div" and "article-table" in (attrs.get("class") or "").split()]
    assert len(shown) == len(tables_of(article.text))
    assert page.h1 == [article.title]
    extra = {tag for tag, _ in page.tags} - _renderer_tags()
    assert not extra, f"elements the renderer does not emit: {extra}"


_YAMLISH = st.lists(st.one_of(
    st.sampled_from(["lang", "date", "title", "description", "slug", "meeting", "source_url", "colour", "<<", "? "]),
    st.sampled_from([": ", ":", " - ", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "!!int ", "!!float ", "!!str ",
                     "!!timestamp ", "!!binary ", "!!set ", "!!python/object ", "!tag ", "'", '"', "\n", "  ", "\t",
                     "2024-02-30", "2024-13-01", "2024-02-27", "0000-01-01", "0x", "1e400", ".inf", "~", "null",
                     "yes", "...", "---", "|", ">", "%YAML 1.1", "# ", "th", "hi", "../x", "/abs"]),
    st.text(max_size=4)), max_size=30).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_YAMLISH)
@example("date: 2024-02-30")
@example("title: !!int 0x")
@example("date: !!timestamp x")
@example("title: !!float abc")
@example("date: 0000-01-01")
@example("title: " + "9" * 4301)
def test_front_matter_reader_raises_only_article_errors(front):
    data = f"---\n{front}\n---\nBTO- บ่ายวันที่ 27 กุมภาพันธ์ 2567 คณะกรรมการได้จัดการประชุม\n".encode()
    try:
        source = read_source("content/fuzz.th.txt", data)
    except ArticleError:
        return
    assert isinstance(source.meta, dict)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.binary(max_size=300),
    st.binary(max_size=300).map(lambda b: b"\xff\xfe" + b),
    st.binary(max_size=300).map(lambda b: b"\xfe\xff" + b),
    st.binary(max_size=300).map(lambda b: b"---\n" + b),
    st.text(max_size=100).map(str.encode),
))
@example(b"\xff\xfe\x00")
@example(b"\xff\xfe\x00\xd8")
def test_reader_on_arbitrary_bytes_raises_only_article_errors(data):
    try:
        source = read_source("content/fuzz.txt", data)
    except ArticleError:
        return
    assert isinstance(source.text, str) and isinstance(source.meta, dict)
