"""Rebuilds after adding, changing, renaming and deleting an article give exactly
the site (and data) a clean build of the same content gives."""

import os
import shutil
from pathlib import Path

import pytest

from generator.build import BuildError, build_site
from generator.model import ArticleSummary, MeetingEntry
from generator.render import months_to_render
from tests.conftest import make_project

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = [ROOT / "content/000_23a266ace8edb898.txt", ROOT / "content/001_94da9129867dff51.txt",
            ROOT / "tests/articles/school.hi.txt", ROOT / "tests/articles/flood.hi.txt"]
NEW = ROOT / "tests/articles/budget.th.txt"
URL = "https://example.org/reports/"


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _assert_same_as_clean_build(project: Path, tmp_path: Path) -> None:
    clean = make_project(tmp_path / "clean", [], URL).parent
    shutil.rmtree(clean / "content")
    shutil.copytree(project / "content", clean / "content")
    shutil.copy(project / "mkdocs.yml", clean / "mkdocs.yml")
    build_site(str(clean / "mkdocs.yml"))
    for folder in ("site", "site-data"):
        incremental, fresh = _tree(project / folder), _tree(clean / folder)
        assert sorted(incremental) == sorted(fresh), folder
        assert [name for name in fresh if incremental[name] != fresh[name]] == [], folder


def _change(content: Path, how: str) -> None:
    school = content / "school.hi.txt"
    if how == "add":
        shutil.copy(NEW, content / NEW.name)
    elif how == "change":
        school.write_text(school.read_text("utf-8").replace("512", "521"), "utf-8")
    elif how == "rename":
        school.rename(content / "renamed-school.txt")
    elif how == "delete":
        school.unlink()
    elif how == "redate":  # into another month
        school.write_text("---\ndate: 2024-02-10\n---\n" + school.read_text("utf-8"), "utf-8")
    elif how == "translate":  # a Hindi-only meeting gains its Thai article: one meeting, both languages
        shutil.copy(ROOT / "tests/articles/flood.th.txt", content / "flood.th.txt")
    elif how == "untranslate":  # the bilingual meeting loses its Thai article (Thai's only one)
        (content / ARTICLES[1].name).unlink()
    elif how == "delete-meeting":  # both articles of the oldest meeting, the only one of its month:
        for article in ARTICLES[:2]:  # the later documents of each search index are renumbered
            (content / article.name).unlink()


@pytest.mark.parametrize("per_page", [20, 1])  # 1: a page per archive month, rendered again only when changed
@pytest.mark.parametrize("how", ["add", "change", "rename", "delete", "translate", "redate", "untranslate",
                                 "delete-meeting"])
def test_rebuild_equals_clean_build(tmp_path, how, per_page):
    project = make_project(tmp_path / "project", ARTICLES, URL).parent
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("per_page: 20", f"per_page: {per_page}"), "utf-8")
    build_site(str(project / "mkdocs.yml"))
    before = _tree(project / "site")
    _change(project / "content", how)
    build_site(str(project / "mkdocs.yml"))
    assert _tree(project / "site") != before
    _assert_same_as_clean_build(project, tmp_path)


def test_unchanged_content_rebuilds_nothing(tmp_path):
    project = make_project(tmp_path / "project", ARTICLES, URL).parent
    first = build_site(str(project / "mkdocs.yml"))
    inode = (project / "site/hi/index.html").stat().st_ino
    second = build_site(str(project / "mkdocs.yml"))
    assert second == first
    assert (project / "site/hi/index.html").stat().st_ino == inode  # the same file: nothing was rewritten


def test_a_failed_mkdocs_run_keeps_the_site_and_the_next_build_recovers(tmp_path):
    """MkDocs fails in its own process (a broken theme template): the build raises, site/ and
    site-data/ are as they were, and once the theme is mended a rebuild equals a clean build."""
    project = make_project(tmp_path / "project", ARTICLES, URL).parent
    build_site(str(project / "mkdocs.yml"))
    site, data = _tree(project / "site"), _tree(project / "site-data")
    template = project / "theme/main.html"
    good = template.read_text("utf-8")
    template.write_text(good + "\n{% block broken %}\n", "utf-8")  # a block never closed
    _change(project / "content", "add")
    with pytest.raises(BuildError, match="MkDocs failed for 'hi'"):
        build_site(str(project / "mkdocs.yml"))
    assert _tree(project / "site") == site and _tree(project / "site-data") == data
    template.write_text(good, "utf-8")
    build_site(str(project / "mkdocs.yml"))
    _assert_same_as_clean_build(project, tmp_path)


@pytest.mark.parametrize("damaged,mode,error", [
    ("build/search/hi.marshal", "wb", "hi.marshal cannot be read"),  # the postings kept between builds
    ("build/data/figures.csv", "ab", "figures.csv does not hold the rows the last build wrote"),  # the rows a rebuild cuts
])
def test_a_damaged_build_file_fails_once_and_the_next_build_starts_over(tmp_path, damaged, mode, error):
    """What a rebuild reads of the last build is not what that build wrote: the build says so rather than
    publish an index or rows without the unchanged meetings, and the next build, from scratch, equals a
    clean build."""
    project = make_project(tmp_path / "project", ARTICLES, URL).parent
    build_site(str(project / "mkdocs.yml"))
    with (project / damaged).open(mode) as file:
        file.write(b"not what the build wrote\n")
    (project / "content" / "school.hi.txt").write_text(
        (project / "content" / "school.hi.txt").read_text("utf-8").replace("512", "521"), "utf-8")
    with pytest.raises(BuildError, match=error):
        build_site(str(project / "mkdocs.yml"))
    build_site(str(project / "mkdocs.yml"))
    _assert_same_as_clean_build(project, tmp_path)


def test_a_rebuild_rewrites_only_the_archive_months_that_changed(tmp_path):
    """The summaries kept between builds are written a month at a time: a changed article rewrites its
    month's file (and the meetings' order), not the others; a month file lost has every meeting built
    again, and the site equals a clean build."""
    project = make_project(tmp_path / "project", ARTICLES, URL).parent
    build_site(str(project / "mkdocs.yml"))
    archive = project / "build" / "archive"
    before = {p.name: p.stat().st_ino for p in archive.iterdir()}
    assert len(before) > 2
    school = project / "content" / "school.hi.txt"
    school.write_text(school.read_text("utf-8").replace("512", "521"), "utf-8")
    build_site(str(project / "mkdocs.yml"))
    rewritten = {p.name for p in archive.iterdir() if before.get(p.name) != p.stat().st_ino}
    assert 1 <= len(rewritten - {"order.marshal"}) <= 2 and len(rewritten) < len(before)
    (archive / sorted(rewritten - {"order.marshal"})[0]).write_bytes(b"not what the build wrote")
    school.write_text(school.read_text("utf-8").replace("521", "512"), "utf-8")
    build_site(str(project / "mkdocs.yml"))
    _assert_same_as_clean_build(project, tmp_path)


def test_figures_csv_is_written_over_the_copy_the_site_no_longer_shows(tmp_path):
    """A rebuild writes figures.csv over the copy the build before it replaced (a new file of that
    size is slow to write on some disks), never over the copy site/ and site-data/ show meanwhile."""
    project = make_project(tmp_path / "project", ARTICLES, URL).parent
    build_site(str(project / "mkdocs.yml"))
    shown = project / "site-data" / "figures.csv"
    first, first_rows = shown.stat().st_ino, shown.read_bytes()
    os.link(shown, tmp_path / "first.csv")
    _change(project / "content", "add")
    build_site(str(project / "mkdocs.yml"))
    assert shown.stat().st_ino != first and (tmp_path / "first.csv").read_bytes() == first_rows
    second_rows = shown.read_bytes()
    _change(project / "content", "change")
    build_site(str(project / "mkdocs.yml"))
    assert shown.stat().st_ino == first and shown.read_bytes() not in (first_rows, second_rows)
    assert (project / "site" / "data" / "figures.csv").stat().st_ino == first
    _assert_same_as_clean_build(project, tmp_path)


def _entry(id: str, date: str, *languages: str) -> MeetingEntry:
    return MeetingEntry(id, date, {lang: ArticleSummary(f"{id}.{lang}.txt", lang, date, id, "", 0) for lang in languages})


def test_months_to_render_are_those_a_changed_meeting_is_or_was_in():
    now = [_entry("c", "2024-03-02", "hi"), _entry("b", "2024-02-20", "hi", "th"), _entry("a", "2024-01-05", "hi")]
    before = {"c": ("2024-03", ["hi"]), "b": ("2024-01", ["hi"]), "a": ("2024-01", ["hi"]), "gone": ("2024-02", ["hi"])}
    assert months_to_render(now, "hi", 1, set(), before) == set()
    assert months_to_render(now, "hi", 1, {"b"}, before) == {"2024-02", "2024-01"}  # moved from January
    assert months_to_render(now, "hi", 1, {"gone"}, before) == {"2024-02"}
    assert months_to_render(now, "th", 1, {"b"}, before) is None  # a new month for th
    assert months_to_render(now, "hi", 1, {"b"}, {**before, "d": ("2023-12", ["hi"])}) is None  # a month gone
    assert months_to_render(now, "hi", 3, {"gone"}, before) is None  # four meetings were paged, three are not


def test_files_made_one_at_a_time_are_synced_as_a_whole(tmp_path):
    """``output.sync_files`` with pages made one at a time (a build holds none of them all): it writes
    the changed ones only, and removes the files none of them names."""
    from generator.output import sync_files

    (tmp_path / "same.md").write_bytes(b"same")
    (tmp_path / "old.md").write_bytes(b"old")
    (tmp_path / "kept.md").write_bytes(b"kept")
    made = ((name, data) for name, data in [("same.md", b"same"), ("new.md", b"new")])
    written, removed = sync_files(made, tmp_path, keep={"kept.md"}, pattern="*.md")
    assert (written, removed) == (["new.md"], ["old.md"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.md", "new.md", "same.md"]
