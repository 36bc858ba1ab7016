"""Search benchmark: a synthetic bilingual archive, built, indexed by Pagefind, searched in Chromium.

    python bench/search.py                  # 1,000 and 5,000 meetings
    python bench/search.py --sizes 100      # a quick run
    python bench/search.py --hits           # hit rate of tests/search_queries.py on the real articles

For each size: synthesise N meetings from content/*.txt and tests/articles/*.txt (numbers
perturbed, paragraphs rotated, each with its own ``meeting:`` id and date) in a temporary
project, build it with ``python -m generator build``, add the search markup (a stand-in, done
on the built HTML, for what generator/render.py would write), run Pagefind once per language
(``site/hi`` as Hindi, ``site/th`` with ``--force-language und`` because its Thai words come
pre-cut in the hidden copy), serve the site under /reports/ on 127.0.0.1 and measure in
Debian's Chromium, with only the public Pagefind JS API in the page:

- bytes of search files (the bundle, and pf-search.js) downloaded from the start of the search
  to the first result's data, and for twenty queries (five results' data each), counted by
  the server; "gz" estimates the same with HTTP gzip on the text files (as GitHub Pages does);
- time to the first result.

Pagefind comes from PyPI: ``pip install 'pagefind[extended]==1.5.2'`` in this venv, or pass
``--pagefind "/path/to/python -m pagefind"``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import functools
import gzip
import html
import http.server
import json
import os
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from tests.search_queries import QUERIES  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PREFIX = "reports"

# ---------------------------------------------------------------------------------------------
# 1. The synthetic archive
# ---------------------------------------------------------------------------------------------

# Translations of one report, and reports in one language only.
GROUPS = [
    {"hi": "content/000_23a266ace8edb898.txt", "th": "content/001_94da9129867dff51.txt"},
    {"hi": "tests/articles/budget.hi.txt", "th": "tests/articles/budget.th.txt"},
    {"hi": "tests/articles/flood.hi.txt", "th": "tests/articles/flood.th.txt"},
    {"th": "tests/articles/culture.th.txt"},
    {"th": "tests/articles/health.th.txt"},
    {"hi": "tests/articles/school.hi.txt"},
]
_DIGITS = {"ascii": "0123456789", "hi": "०१२३४५६७८९", "th": "๐๑๒๓๔๕๖๗๘๙"}
_NUMBER = re.compile(r"(?<![\w\-/.,])([0-9]+|[०-९]+|[๐-๙]+)((?:,[0-9०-९๐-๙]{2,3})*)(?![\w.,/%]|[,.][0-9०-९๐-๙])")


def _script(s: str) -> str:
    return next(name for name, digits in _DIGITS.items() if s[0] in digits)


def _perturb(text: str, rng_for) -> str:
    """Integers of 3+ digits (not years, decimals, ratios or percentages) get another value with as many
    digits, the same one in every translation of the meeting, in the same script and grouping."""
    def repl(m):
        raw = m.group(0)
        script = _script(raw)
        plain = "".join(str(_DIGITS[script].index(c)) if c in _DIGITS[script] else c for c in raw).replace(",", "")
        value = int(plain)
        if len(plain) < 3 or 1900 <= value <= 2100 or 2443 <= value <= 2643:   # days stay valid dates
            return raw
        rng = rng_for(value)
        new = str(rng.randrange(10 ** (len(plain) - 1), 10 ** len(plain)))
        if "," in raw:
            groups = [len(g) for g in raw.split(",")]
            parts, pos = [], 0
            for size in groups:
                parts.append(new[pos:pos + size]); pos += size
            new = ",".join(parts)
        return "".join(_DIGITS[script][int(c)] if c.isdigit() else c for c in new)
    return _NUMBER.sub(repl, text)


def _rotate(text: str, k: int) -> str:
    """The lead stays first and the web-page leftovers last; the body paragraphs rotate."""
    lines = [l for l in text.split("\n")]
    body = [i for i, l in enumerate(lines) if l.strip()][1:]
    tail = [i for i in body if len(lines[i]) < 40]          # स्रोत, टिप्पणी (0), แหล่งที่มา ...
    paras = [i for i in body if i not in tail]
    if len(paras) < 2:
        return text
    k %= len(paras)
    order = paras[k:] + paras[:k]
    return "\n".join([lines[0]] + [lines[i] for i in order] + [lines[i] for i in tail]) + "\n"


def synthesise(n: int, content: Path, seed: int = 1) -> int:
    """Write the article files of ``n`` meetings into ``content``; returns how many articles."""
    sources = {path: (ROOT / path).read_text("utf-8-sig") for group in GROUPS for path in group.values()}
    start = datetime.date(2012, 1, 2)
    count = 0
    for i in range(n):
        group = GROUPS[i % len(GROUPS)]
        day = start + datetime.timedelta(days=i)
        meeting = f"{day.isoformat()}-m{i:05d}"
        k = random.Random(seed * 1_000_003 + i).randrange(8)

        @functools.lru_cache(maxsize=None)
        def rng_for(value, i=i):
            return random.Random(f"{seed}-{i}-{value}")
        for lang, path in group.items():
            text = _rotate(_perturb(sources[path], rng_for), k)
            front = f"---\nlang: {lang}\ndate: {day.isoformat()}\nmeeting: {meeting}\n---\n"
            (content / f"m{i:05d}.{lang}.txt").write_text(front + text, "utf-8")
            count += 1
    return count


def make_project(directory: Path) -> Path:
    """A project with the repository's mkdocs.yml and theme/, and an empty content/."""
    directory.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", directory / "mkdocs.yml")
    shutil.copytree(ROOT / "theme", directory / "theme")
    (directory / "content").mkdir()
    return directory


def build(project: Path) -> float:
    started = time.perf_counter()
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-m", "generator", "build"], cwd=project, env=env,
                          capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"build failed in {project}:\n{done.stderr[-3000:]}")
    return time.perf_counter() - started


# ---------------------------------------------------------------------------------------------
# 2. The search markup (stand-in for generator/render.py) and Pagefind
# ---------------------------------------------------------------------------------------------

_DIGIT_MAP = str.maketrans("०१२३४५६७८९๐๑๒๓๔๕๖๗๘๙", "01234567890123456789")
_ANY_NUMBER = re.compile(r"[0-9०-९๐-๙]+(?:[.,][0-9०-९๐-๙]+)*")
_THAI_RUN = re.compile(r"[\u0E01-\u0E4E]+")
_DEVANAGARI_WORD = re.compile(r"[\u0900-\u0963\u0970-\u097F]+")
EXTRAS = "\u2042"       # ⁂ starts the search-only tokens; the UI never shows what follows it
SPACE_MARK = "\u2E31"   # ⸱ stands for a real space in the hidden Thai copy


def number_variants(text: str) -> list[str]:
    """ASCII digits without separators (what Pagefind makes of a typed 1,549 or 96.5), and a
    four-digit year in the other calendar (2566 ↔ 2023)."""
    out = []
    for m in _ANY_NUMBER.finditer(text):
        canon = re.sub(r"[.,]", "", m.group().translate(_DIGIT_MAP))
        if canon != m.group():
            out.append(canon)
        if re.fullmatch(r"\d{4}", canon):
            year = int(canon)
            if 1900 <= year <= 2100:
                out.append(str(year + 543))
            elif 2443 <= year <= 2643:
                out.append(str(year - 543))
    return out


def hindi_variants(text: str) -> list[str]:
    """Words with a nukta or chandrabindu, spelled without the nukta and with anusvara."""
    out = []
    for word in _DEVANAGARI_WORD.findall(text):
        plain = unicodedata.normalize("NFC", unicodedata.normalize("NFD", word).replace("\u093C", "").replace("\u0901", "\u0902"))
        if plain != word:
            out.append(plain)
    return out


@lru_cache(maxsize=1)
def _thai_dictionary():
    from pythainlp.corpus import thai_words
    return thai_words()


@lru_cache(maxsize=200_000)
def _thai_suffixes(word: str) -> tuple[str, ...]:
    """Where a browser's segmenter may start a word inside this one: at each syllable of a
    dictionary word, at each character of a name (ICU cuts เหงียน as เหงี|ยน)."""
    from pythainlp.tokenize import syllable_tokenize, tcc
    if word in _thai_dictionary():
        pieces = syllable_tokenize(word, engine="han_solo")
    else:
        pieces = list(word) if len(word) <= 12 else tcc.segment(word)
    return tuple("".join(pieces[i:]) for i in range(1, len(pieces)))


def thai_words(text: str) -> list[str]:
    from pythainlp.tokenize import word_tokenize
    return [w for w in word_tokenize(text, engine="newmm") if w.strip()]


def thai_variants(text: str) -> list[str]:
    """Each Thai word's suffixes (extended by the next word) and two-word joins, so that any word
    a browser cuts out of the text is a prefix of an indexed word (Pagefind matches prefixes)."""
    out = []
    for run in _THAI_RUN.findall(text):
        words = thai_words(run)
        for i, word in enumerate(words):
            following = words[i + 1] if i + 1 < len(words) else ""
            out += [suffix + following for suffix in _thai_suffixes(word)]
            if following and len(word) <= 4:
                out.append(word + following)
    return out


def thai_segmented(text: str) -> str:
    """Words separated by spaces; ⸱ where the text itself has a space."""
    out = []
    for chunk in re.split(r"(\s+)", text):
        if not chunk:
            continue
        if chunk.isspace():
            out.append("\n" if "\n" in chunk else f" {SPACE_MARK} ")
        elif _THAI_RUN.search(chunk):
            out.append(" ".join(thai_words(chunk)))
        else:
            out.append(chunk)
    return "".join(out)


def _article_text(page: str) -> list[str]:
    return [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r'<p class="article-text">(.*?)</p>', page, re.S)]


def search_markup(page: str, record: dict) -> str:
    """The meeting page with Pagefind's attributes and the hidden search text."""
    lang = record["lang"]
    e = functools.partial(html.escape, quote=True)
    page = page.replace('<article class="md-content__inner md-typeset">',
                        '<article class="md-content__inner md-typeset" data-pagefind-body>', 1)
    m = re.search(r'<time datetime="([^"]+)">', page)
    if m:
        iso = m.group(1)
        sort = f' data-pagefind-sort="date:{iso}"' if re.fullmatch(r"\d{4}-\d\d-\d\d", iso) else ""
        page = page.replace(m.group(0), f'<time datetime="{iso}" data-pagefind-meta="date"{sort}>', 1)
    page = page.replace('<section class="kf', '<section data-pagefind-ignore class="kf', 1)
    page = page.replace('<p class="meeting-source">', '<p data-pagefind-ignore class="meeting-source">', 1)
    paragraphs = _article_text(page)
    text = "\n".join(paragraphs)
    figures = json.dumps([[f["label"], f["text"]] for f in record["figures"]
                          if f["label"] and f["kind"] not in ("date", "year")], ensure_ascii=False)
    tokens = number_variants(text)
    copy = ""
    if lang == "hi":
        tokens += hindi_variants(text)
    if lang == "th":
        title = re.search(r"<h1>(.*?)</h1>", page, re.S).group(1)
        page = page.replace(f"<h1>{title}</h1>", f'<h1 data-pagefind-ignore data-pagefind-meta="title">{title}</h1>', 1)
        page = page.replace('<p class="article-text">', '<p data-pagefind-ignore class="article-text">')
        copy = (f'<p data-pagefind-weight="7">{e(thai_segmented(html.unescape(title)))}</p>'
                + "".join(f"<p>{e(thai_segmented(p))}</p>" for p in paragraphs))
        tokens += thai_variants(text)
    extras = " ".join(dict.fromkeys(tokens))
    hidden = (f'<div class="search-text" hidden>{copy}'
              f'<span data-pagefind-meta="figures[data-figures]" data-figures="{e(figures)}"></span>'
              f'<p data-pagefind-weight="0.5">{EXTRAS} {e(extras)}</p></div>')
    return page.replace("</article>", hidden + "</article>", 1)


def add_search_markup(project: Path) -> float:
    started = time.perf_counter()
    for path in (project / "site-data").glob("*.json"):
        if path.name.startswith("article."):
            continue
        record = json.loads(path.read_text("utf-8"))
        page = project / "site" / record["lang"] / "meetings" / record["meeting"] / "index.html"
        page.write_text(search_markup(page.read_text("utf-8"), record), "utf-8")
    return time.perf_counter() - started


def pagefind_command(given: str | None) -> list[str]:
    if given:
        return shlex.split(given)
    try:
        import pagefind_bin_extended  # noqa: F401
        return [sys.executable, "-m", "pagefind"]
    except ImportError:
        pass
    for name in ("pagefind_extended", "pagefind"):
        if shutil.which(name):
            return [shutil.which(name)]
    sys.exit("Pagefind not found: pip install 'pagefind[extended]==1.5.2', or pass --pagefind CMD")


def run_pagefind(command: list[str], site: Path, enriched: bool) -> float:
    started = time.perf_counter()
    if enriched:
        runs = [["--site", str(site / "hi")], ["--site", str(site / "th"), "--force-language", "und"]]
    else:
        runs = [["--site", str(site)]]
    for args in runs:
        subprocess.run(command + args + ["--quiet"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def bundle_sizes(site: Path) -> dict[str, int]:
    sizes = {"fragment": 0, "index": 0, "meta": 0, "other": 0, "files": 0}
    for bundle in site.rglob("pagefind"):
        if not (bundle / "pagefind-entry.json").exists():
            continue
        for f in bundle.rglob("*"):
            if f.is_file():
                kind = f.parent.name if f.parent.name in ("fragment", "index") else "meta" if f.suffix == ".pf_meta" else "other"
                sizes[kind] += f.stat().st_size
                sizes["files"] += 1
    return sizes


# ---------------------------------------------------------------------------------------------
# 3. Serving and measuring in Chromium
# ---------------------------------------------------------------------------------------------

# The page side: query normalisation and result display (also the prototype of the site's UI).
PF_SEARCH_JS = r"""// Query normalisation and result display for Pagefind on the meeting-report site (prototype).
const THAI = /[\u0E00-\u0E7F]/;
const SPACE_MARK = '\u2E31';   // a real space in the hidden Thai copy

export function normalizeQuery(q) {
  q = q.normalize('NFD').replace(/\u093C/g, '').replace(/\u0901/g, '\u0902').normalize('NFC'); // nukta, chandrabindu
  q = q.replace(/[\u0966-\u096F]/g, d => String(d.charCodeAt(0) - 0x966))                    // Devanagari digits
       .replace(/[\u0E50-\u0E59]/g, d => String(d.charCodeAt(0) - 0xE50));                   // Thai digits
  q = q.replace(/(\d)[,\u066C](?=\d\d[,\u066C]?\d)/g, '$1').replace(/(\d)[,\u066C](?=\d{3}(?!\d))/g, '$1'); // grouping
  if (THAI.test(q) && typeof Intl.Segmenter !== 'undefined') {                               // Thai: words, as on a th page
    const seg = new Intl.Segmenter('th', {granularity: 'word'});
    q = [...seg.segment(q)].map(s => s.segment).join(' ');
  }
  return q.replace(/\s+/g, ' ').trim();
}

const fold = s => s.normalize('NFD').replace(/[\p{M}]/gu, '').toLowerCase();
const canonNum = s => s.replace(/[\u0966-\u096F]/g, d => String(d.charCodeAt(0) - 0x966))
                       .replace(/[\u0E50-\u0E59]/g, d => String(d.charCodeAt(0) - 0xE50)).replace(/[.,]/g, '');
const years = n => { const v = +n; return v >= 1900 && v <= 2100 ? [n, String(v + 543)] : v >= 2443 && v <= 2643 ? [n, String(v - 543)] : [n]; };
const esc = s => s.replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]);

/** The visible text Pagefind holds for a page: the hidden Thai copy re-joined, extras cut off. */
export function visibleText(data) {
  let t = (data.content || '').split('\u2042')[0];
  if (THAI.test(t)) t = t.replace(/ (?=[\u0E00-\u0E7F])/g, (m, i) => THAI.test(t[i - 1] || '') ? '' : m);
  return t.split(` ${SPACE_MARK} `).join(' ').split(SPACE_MARK).join(' ');
}

/** An excerpt of the visible text around the first match of any query term, the matches marked. */
export function excerpt(data, query, width = 80) {
  const text = visibleText(data);
  const terms = normalizeQuery(query).split(' ').filter(Boolean);
  const numbers = terms.filter(t => /^\d+$/.test(t));
  const words = terms.filter(t => !/^\d+$/.test(t));
  const hits = [];
  for (const term of numbers) {
    const want = years(term);
    for (const m of text.matchAll(/[0-9\u0966-\u096F\u0E50-\u0E59]+(?:[.,][0-9\u0966-\u096F\u0E50-\u0E59]+)*/g))
      if (want.includes(canonNum(m[0])) || canonNum(m[0]).startsWith(term)) hits.push([m.index, m.index + m[0].length]);
  }
  // words: diacritic-insensitive substring search mapped back to the text; the whole phrase first
  const map = []; let folded = '';
  for (let i = 0; i < text.length; i++) for (const c of fold(text[i])) { folded += c; map.push(i); }
  const find = ft => { const out = []; let at = folded.indexOf(ft);
    while (at >= 0 && ft) { let e = map[at + ft.length - 1] + 1; while (e < text.length && /\p{M}/u.test(text[e])) e++;
      out.push([map[at], e]); at = folded.indexOf(ft, at + ft.length); } return out; };
  const phrase = fold(words.join(THAI.test(words.join('')) ? '' : ' '));
  let wordHits = words.length > 1 ? find(phrase) : [];
  if (!wordHits.length) for (const w of words) if (fold(w).length > 1 || words.length === 1) wordHits.push(...find(fold(w)));
  hits.push(...wordHits);
  if (!hits.length) return data.excerpt && !data.excerpt.includes('\u2042') ? data.excerpt : esc(text.slice(0, width * 2)) + '…';
  hits.sort((a, b) => a[0] - b[0]);
  const first = hits[0][0], from = Math.max(0, first - width), to = Math.min(text.length, first + width);
  let out = '', pos = from;
  for (const [s, e] of hits) { if (s < pos || e > to) continue; out += esc(text.slice(pos, s)) + '<mark>' + esc(text.slice(s, e)) + '</mark>'; pos = e; }
  return (from > 0 ? '…' : '') + out + esc(text.slice(pos, to)) + (to < text.length ? '…' : '');
}

/** Figures whose label contains every word of the query: "สมาชิกพรรค" → สมาชิกพรรคการเมือง 1,549. */
export function matchingFigures(data, query) {
  let figures = [];
  try { figures = JSON.parse(data.meta.figures || '[]'); } catch (e) { return []; }
  const words = query.split(/\s+/).map(w => fold(w).replace(/\s/g, '')).filter(w => w && !/^[\d\u0966-\u096F\u0E50-\u0E59.,]+$/.test(w));
  if (!words.length) {
    const nums = normalizeQuery(query).split(' ').filter(t => /^\d+$/.test(t));
    return figures.filter(([, text]) => nums.some(n => canonNum(text).includes(n)));
  }
  return figures.filter(([label]) => words.every(w => fold(label).replace(/\s/g, '').includes(w)));
}
"""


class _Counter:
    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        with self.lock:
            self.raw = self.gz = self.requests = 0
            self.paths = []

    def add(self, path: str, raw: int, gz: int):
        with self.lock:
            self.raw += raw; self.gz += gz; self.requests += 1; self.paths.append(path)


@lru_cache(maxsize=None)
def _gzip_size(path: str, size: int) -> int:
    if path.endswith((".js", ".css", ".json", ".html")):
        return len(gzip.compress(Path(path).read_bytes(), 6))
    return size          # Pagefind's index, fragments, meta and wasm are gzipped already


@contextlib.contextmanager
def serve(site: Path, counter: _Counter):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def translate_path(self, path):
            path = path.split("?", 1)[0]
            if not path.startswith(f"/{PREFIX}/"):
                return str(site / "__nothing__")
            return super().translate_path("/" + path[len(PREFIX) + 2:])

        def copyfile(self, source, outputfile):
            size = os.fstat(source.fileno()).st_size
            path = self.path.split("?", 1)[0]
            if "/pagefind/" in path or path.endswith("/pf-search.js"):
                counter.add(path, size, _gzip_size(self.translate_path(path), size))
            super().copyfile(source, outputfile)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/{PREFIX}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


FIRST_JS = """
async ({bundle, other, query}) => {
  const t0 = performance.now();
  const pf = await import(bundle + 'pagefind.js');
  const ui = await import('/%s/pf-search.js');
  await pf.init();
  if (other) await pf.mergeIndex(other.path, {language: other.lang});
  const r = await pf.search(ui.normalizeQuery(query));
  const first = r.results.length ? await r.results[0].data() : null;
  return {ms: performance.now() - t0, count: r.results.length, url: first && first.url};
}
""" % PREFIX

REST_JS = """
async ({bundle, queries}) => {
  const pf = await import(bundle + 'pagefind.js');
  const ui = await import('/%s/pf-search.js');
  const out = [];
  for (const q of queries) {
    const t0 = performance.now();
    const r = await pf.search(ui.normalizeQuery(q));
    const data = await Promise.all(r.results.slice(0, 5).map(x => x.data()));
    out.push({q, ms: performance.now() - t0, count: r.results.length});
  }
  return out;
}
""" % PREFIX


def measure(site: Path, enriched: bool, modes=("own", "all")) -> list[dict]:
    from playwright.sync_api import sync_playwright

    (site / "pf-search.js").write_text(PF_SEARCH_JS, "utf-8")
    counter = _Counter()
    rows = []
    with serve(site, counter) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for lang in ("hi", "th"):
            other = "th" if lang == "hi" else "hi"
            queries = [q for l, q, *_ in QUERIES if l == lang][:20]
            for mode in modes:
                if mode == "all" and not enriched:
                    continue
                context = browser.new_context()
                page = context.new_page()
                hosts, errors = set(), []
                context.on("request", lambda r: hosts.add(r.url.split("/")[2]))
                page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
                page.on("pageerror", lambda e: errors.append(str(e)))
                page.goto(base + f"{lang}/")
                bundle = f"/{PREFIX}/{lang}/pagefind/" if enriched else f"/{PREFIX}/pagefind/"
                other_bundle = {"path": f"/{PREFIX}/{other}/pagefind/", "lang": other} if mode == "all" else None
                counter.reset()
                first = page.evaluate(FIRST_JS, {"bundle": bundle, "other": other_bundle, "query": queries[0]})
                first_raw, first_gz, first_req = counter.raw, counter.gz, counter.requests
                rest = page.evaluate(REST_JS, {"bundle": bundle, "queries": queries[1:]})
                rows.append({"lang": lang, "mode": mode, "query": queries[0], "first_ms": first["ms"],
                             "first_count": first["count"], "first_raw": first_raw, "first_gz": first_gz,
                             "first_requests": first_req, "twenty_raw": counter.raw, "twenty_gz": counter.gz,
                             "twenty_requests": counter.requests,
                             "median_ms": sorted(r["ms"] for r in rest)[len(rest) // 2],
                             "hosts": sorted(hosts), "errors": errors})
                context.close()
        browser.close()
    return rows


# ---------------------------------------------------------------------------------------------
# 4. Hit rate on the real articles (tests/search_queries.py)
# ---------------------------------------------------------------------------------------------

HITS_JS = """
async ({bundle, queries, normalize}) => {
  const pf = await import(bundle + 'pagefind.js');
  const ui = await import('/%s/pf-search.js');
  const out = [];
  for (const q of queries) {
    const r = await pf.search(normalize ? ui.normalizeQuery(q) : q);
    const data = await Promise.all(r.results.slice(0, 3).map(x => x.data()));
    out.push(data.map(d => d.url));
  }
  return out;
}
""" % PREFIX


def hit_rate(command: list[str], workdir: Path) -> None:
    from playwright.sync_api import sync_playwright

    project = make_project(workdir / "hits")
    for path in list((ROOT / "content").glob("*.txt")) + list((ROOT / "tests/articles").glob("*.txt")):
        shutil.copy(path, project / "content" / path.name)
    build(project)
    stem_url = {}
    for path in (project / "site-data").glob("*.json"):
        if not path.name.startswith("article."):
            r = json.loads(path.read_text("utf-8"))
            stem_url[Path(r["path"]).name.removesuffix(".txt")] = f'/{PREFIX}/{r["lang"]}/meetings/{r["meeting"]}/'
    plain = project / "site-plain"
    shutil.copytree(project / "site", plain)
    run_pagefind(command, plain, enriched=False)
    add_search_markup(project)
    run_pagefind(command, project / "site", enriched=True)
    variants = [("as-is", plain, False, False), ("as-is + query normalisation", plain, False, True),
                ("markup, no normalisation", project / "site", True, False),
                ("markup + query normalisation", project / "site", True, True)]
    print(f"\nHit rate of {len(QUERIES)} queries (top 1 / top 3):")
    for label, site, enriched, normalize in variants:
        (site / "pf-search.js").write_text(PF_SEARCH_JS, "utf-8")
        ranks = []
        with serve(site, _Counter()) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for lang in ("hi", "th"):
                page = browser.new_page()
                page.goto(base + f"{lang}/")
                qs = [q for q in QUERIES if q[0] == lang]
                bundle = f"/{PREFIX}/{lang}/pagefind/" if enriched else f"/{PREFIX}/pagefind/"
                urls = page.evaluate(HITS_JS, {"bundle": bundle, "queries": [q[1] for q in qs], "normalize": normalize})
                for (l, q, stem, why), top in zip(qs, urls):
                    want = stem_url[stem]
                    ranks.append((l, q, why, top.index(want) + 1 if want in top else None))
                page.close()
            browser.close()
        for lang in ("th", "hi"):
            rs = [r for r in ranks if r[0] == lang]
            print(f"  {label:<30} {lang}: {sum(r[3] == 1 for r in rs):>2}/{len(rs)}  {sum(bool(r[3]) for r in rs):>2}/{len(rs)}")
        missed = [f"{q} ({why})" for l, q, why, rank in ranks if not rank]
        if missed:
            print("    not in top 3:", "; ".join(missed))


# ---------------------------------------------------------------------------------------------

def _print_table(rows: list[dict]) -> None:
    print("| meetings | variant | lang | search | first result kB (gz) | requests | first result ms | 20 queries kB (gz) | requests | median query ms |")
    print("| ---: | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(f"| {r['n']} | {r['variant']} | {r['lang']} | {r['mode']} | {r['first_raw'] / 1e3:.0f} ({r['first_gz'] / 1e3:.0f}) | "
              f"{r['first_requests']} | {r['first_ms']:.0f} | {r['twenty_raw'] / 1e3:.0f} ({r['twenty_gz'] / 1e3:.0f}) | "
              f"{r['twenty_requests']} | {r['median_ms']:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000], help="numbers of meetings")
    parser.add_argument("--pagefind", help="command that runs Pagefind (default: this Python's pagefind package)")
    parser.add_argument("--as-is", action="store_true", help="also measure the site without the search markup")
    parser.add_argument("--hits", action="store_true", help="only the hit rate on the real articles")
    parser.add_argument("--keep", help="keep the projects in this folder")
    args = parser.parse_args()
    command = pagefind_command(args.pagefind)
    version = subprocess.run(command + ["--version"], capture_output=True, text=True).stdout.strip()
    print(f"{version}; Chromium {CHROMIUM}; site served under /{PREFIX}/ on 127.0.0.1")
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="search-bench-"))
    try:
        if args.hits:
            hit_rate(command, workdir)
            return
        table = []
        for n in args.sizes:
            project = make_project(workdir / f"n{n}")
            articles = synthesise(n, project / "content")
            t_build = build(project)
            plain_rows, plain_sizes = [], None
            if args.as_is:
                plain = project / "site-plain"
                shutil.copytree(project / "site", plain)
                run_pagefind(command, plain, enriched=False)
                plain_sizes = bundle_sizes(plain)
                plain_rows = measure(plain, enriched=False)
            t_markup = add_search_markup(project)
            t_index = run_pagefind(command, project / "site", enriched=True)
            sizes = bundle_sizes(project / "site")
            rows = measure(project / "site", enriched=True)
            print(f"\n{n} meetings, {articles} articles: build {t_build:.0f} s, search markup {t_markup:.0f} s, "
                  f"Pagefind {t_index:.1f} s; index on disk {sum(v for k, v in sizes.items() if k != 'files') / 1e6:.1f} MB "
                  f"in {sizes['files']} files (fragments {sizes['fragment'] / 1e6:.1f} MB, index {sizes['index'] / 1e6:.1f} MB, "
                  f"meta {sizes['meta'] / 1e3:.0f} kB, code {sizes['other'] / 1e3:.0f} kB)")
            if plain_sizes:
                print(f"  as-is (one run, no markup): index on disk {sum(v for k, v in plain_sizes.items() if k != 'files') / 1e6:.1f} MB")
            for row in plain_rows + rows:
                row["n"] = n
                row["variant"] = "as-is" if row in plain_rows else "markup"
                table.append(row)
            _print_table([r for r in table if r["n"] == n])
            sys.stdout.flush()
        print()
        _print_table(table)
        hosts = sorted({h for r in table for h in r["hosts"]})
        errors = [e for r in table for e in r["errors"]]
        print(f"\nhosts contacted: {', '.join(hosts)}; console errors/warnings: {errors or 'none'}")
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
