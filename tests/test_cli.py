"""The command line, run as a reader of the README would run it."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)


def test_extract_prints_one_object_per_file():
    result = _run("extract", "content/000_23a266ace8edb898.txt", "content/001_94da9129867dff51.txt")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert [(r["path"], r["lang"], r["date"]) for r in records] == [
        ("content/000_23a266ace8edb898.txt", "hi", "2024-02-27"), ("content/001_94da9129867dff51.txt", "th", "2024-02-27")]
    assert records[0]["meeting"] == records[1]["meeting"]
    figure = next(f for f in records[0]["figures"] if f["text"] == "103/80")
    assert (figure["value"], figure["kind"], figure["key"]) == ([103, 80], "ratio", True)
    for key in ("value", "kind", "unit", "text", "label", "start", "end", "key"):
        assert all(key in f for r in records for f in r["figures"])


def test_extract_names_a_bad_file_and_goes_on(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    result = _run("extract", str(bad), "content/001_94da9129867dff51.txt")
    assert result.returncode == 1
    assert len(json.loads(result.stdout)) == 1
    assert "bad.txt" in result.stderr


def test_check_reports_what_a_translation_states_differently(tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / "mkdocs.yml").write_text((ROOT / "mkdocs.yml").read_text("utf-8"), "utf-8")
    (tmp_path / "theme").symlink_to(ROOT / "theme")
    for name in ("budget.hi.txt", "budget.th.txt"):
        (tmp_path / "content" / name).write_bytes((ROOT / "tests/articles" / name).read_bytes())
    result = _run("check", cwd=tmp_path)
    assert result.returncode == 1
    assert "1 differences" in result.stdout
    assert "hi f7 '3,750 करोड़ रुपये' = 37500000000 INR money" in result.stdout
