"""The Atom feed: each entry the report's lead and its key figures, at the site's time zone."""

import xml.etree.ElementTree as ET

from generator.model import ArticleSummary, MeetingEntry
from generator.publish import render_feed


def test_feed_entries_carry_the_lead_and_the_key_figures():
    summary = ArticleSummary(path="a.txt", lang="hi", date="2024-02-27", title="समिति की बैठक",
                             description="27 फरवरी को समिति ने बैठक की।", key_figures=1,
                             key_lines=("73 · पार्टी संगठन",))
    feed = render_feed([MeetingEntry(id="2024-02-27-x", date="2024-02-27", articles={"hi": summary})],
                       "hi", "https://example.org/", "Reports", "Asia/Kolkata")
    entry = ET.fromstring(feed).find("{http://www.w3.org/2005/Atom}entry")
    content = entry.find("{http://www.w3.org/2005/Atom}content").text
    assert "<li>73 · पार्टी संगठन</li>" in content and "27 फरवरी को समिति ने बैठक की।" in content
    assert entry.find("{http://www.w3.org/2005/Atom}published").text == "2024-02-27T00:00:00+05:30"
