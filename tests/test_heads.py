"""Page heads as sixteen newsrooms lay them out (``tests/heads/``, written with their gold by a session
that had not read the reader): breadcrumbs, decks, bylines, page data, e-paper headers, releases, minutes,
datelines or none, and a meeting date in the lead, the paragraph after it, a weekday or a parenthesis.
Each ``<stem>.gold.json`` gives the meeting's date and the headline a careful reader takes; the reader
must keep at least the share it reaches now (a floor, as ``test_figures_gold`` keeps one for figures)."""

from __future__ import annotations

import json
from pathlib import Path

from generator.pipeline import IncompleteArticle, process_article

HEADS = Path(__file__).resolve().parent / "heads"
DATES_RIGHT, HEADLINES_RIGHT = 16, 16  # of 16, as measured


def _read(gold: dict):
    path = HEADS / gold["file"]
    try:
        article = process_article(path.name, path.read_bytes())
    except IncompleteArticle as incomplete:
        article = incomplete.article
    headline = article.text[slice(*article.headline)].strip() if article.headline else None
    return article.date, headline


def test_heads_keep_their_meeting_dates_and_headlines():
    golds = [json.loads(p.read_text("utf-8")) for p in sorted(HEADS.glob("*.gold.json"))]
    read = {g["file"]: _read(g) for g in golds}
    wrong_dates = [(g["file"], read[g["file"]][0], g["meeting_date"]) for g in golds if read[g["file"]][0] != g["meeting_date"]]
    wrong_heads = [(g["file"], read[g["file"]][1], g["headline"]) for g in golds if read[g["file"]][1] != g["headline"]]
    assert len(golds) == 16
    assert len(golds) - len(wrong_dates) >= DATES_RIGHT, wrong_dates
    assert len(golds) - len(wrong_heads) >= HEADLINES_RIGHT, wrong_heads
