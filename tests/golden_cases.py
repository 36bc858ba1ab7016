"""Golden cases: ``tests/golden/<case>/inputs.txt`` names the articles of one meeting;
``<lang>.md`` is the expected page, ``data.json`` the expected extracted records and
``search.txt`` each article's search terms with their weights.

Regenerate after a reviewed change with ``make golden`` (``python -m tests.golden_update``)
and review ``git diff tests/golden`` like code.
"""

from __future__ import annotations

import json
from pathlib import Path

from generator.data import article_record
from generator.meetings import group_meetings
from generator.pipeline import process_article
from generator.render import render_meeting_page

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
LANGUAGES = ["hi", "th"]
ROOT_URL = "https://example.org/reports/"


def cases() -> list[str]:
    return sorted(p.name for p in GOLDEN.iterdir() if (p / "inputs.txt").is_file())


def differences(case: str, golden: Path = GOLDEN) -> list[str]:
    """The files of ``case`` whose expected text (under ``golden``) differs from what is produced."""
    produced = render_case(case)
    expected = {p.name for p in (golden / case).iterdir() if p.name != "inputs.txt"}
    out = sorted(expected ^ set(produced))
    out += [name for name, text in sorted(produced.items())
            if name in expected and text != (golden / case / name).read_text("utf-8")]
    return out


def render_case(case: str) -> dict[str, str]:
    """Expected file name → content, for one case."""
    paths = (GOLDEN / case / "inputs.txt").read_text("utf-8").split()
    articles = [process_article(p, (ROOT / p).read_bytes(), LANGUAGES) for p in paths]
    meetings, errors = group_meetings(articles, LANGUAGES)
    assert not errors, errors
    assert len(meetings) == 1, f"{case}: expected one meeting, got {[m.id for m in meetings]}"
    meeting = meetings[0]
    out = {f"{lang}.md": render_meeting_page(meeting, lang, LANGUAGES, ROOT_URL, "Reports").markdown
           for lang in meeting.articles}
    records = [article_record(a, meeting) for a in meeting.articles.values()]
    out["data.json"] = json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    out["search.txt"] = "".join(f"[{a.lang}]\n" + "".join(f"{term} {weight}\n" for term, weight in a.terms.items())
                                for a in meeting.articles.values())
    return out
