"""bytes of a ``content/`` file → ``Source`` (decoded text + front matter).

Decoding never guesses silently: UTF-8 (with or without BOM) and UTF-16 with a
BOM are read as such; bytes that are not UTF-8 are accepted as Thai TIS-620 /
cp874 only when they decode to Thai text, and otherwise the error names the
byte offset.
"""

from __future__ import annotations

import bisect
import datetime
import hashlib
import html
import os
import re
import unicodedata

import yaml
from mkdocs.config import base
from mkdocs.config import config_options as c

from generator.errors import ArticleError
from generator.model import Source

_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
_UNCLOSED = re.compile(r"\A---[ \t]*\n[A-Za-z_]+[ \t]*:")  # "---" then a "key:" line, and no closing "---"
_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


class _Identifier(c.Type):
    """A URL-safe ASCII id: lower-case letters, digits and hyphens."""

    def __init__(self):
        super().__init__(str)

    def run_validation(self, value):
        value = super().run_validation(value)
        if not _SAFE_ID.match(value):
            raise base.ValidationError(
                f"{value!r} is not a plain ASCII id; use lower-case letters, digits and '-', "
                f"for example '2024-02-27-steering-committee'"
            )
        return value


class _Date(c.BaseConfigOption):
    """A ``YYYY-MM-DD`` date (YAML may already have made it a ``date``)."""

    def run_validation(self, value):
        if isinstance(value, datetime.datetime):
            value = value.date()
        if isinstance(value, datetime.date):
            return value.isoformat()
        if not isinstance(value, (str, int)):
            raise base.ValidationError(f"{value!r} is not a date; write it as 2024-02-27")
        try:
            return datetime.date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise base.ValidationError(f"{value!r} is not a date; write it as 2024-02-27") from None


class FrontMatter(base.Config):
    """Keys an editor may set at the top of an article to override detection."""

    lang = c.Optional(c.Type(str))
    """Language code of the article (``hi``, ``th``)."""
    date = c.Optional(_Date())
    """Meeting date, ``YYYY-MM-DD``."""
    title = c.Optional(c.Type(str))
    """Page title instead of the one derived from the lead."""
    description = c.Optional(c.Type(str))
    """Listing and meta description instead of the derived one."""
    slug = c.Optional(_Identifier())
    """URL slug shared by the meeting's translations."""
    meeting = c.Optional(_Identifier())
    """Meeting id: articles with the same id are translations of each other."""
    source_url = c.Optional(c.URL())
    """Where the article was first published."""
    published = c.Optional(_Date())
    """Publication date, ``YYYY-MM-DD``: what ``आज`` or ``เมื่อวานนี้`` in the text counts from
    (else the file name's ``YYYY-MM-DD-`` prefix)."""


_KEYS = tuple(key for key, _ in FrontMatter._schema)


def read_source(path: str, data: bytes) -> Source:
    """Decode one file and split off its front matter.

    >>> s = read_source("a.txt", "---\\nlang: th\\n---\\r\\nBTO- บ่าย\\r\\n".encode())
    >>> s.meta, s.text[s.body_start:], s.body_line
    ({'lang': 'th'}, 'BTO- บ่าย\\n', 4)
    """
    written = decode(path, data)
    if data.startswith(b"\xef\xbb\xbf"):
        written = "\ufeff" + written  # offsets count it, as a reader of the file does
    text, shifts = normalise(written, _KINDS.get(os.path.splitext(path)[1].lower(), "text"))
    meta, lines, start, line = _split_front_matter(path, text)
    return Source(path=path, text=text, meta=meta, meta_lines=lines, body_start=start, body_line=line,
                  sha=hashlib.sha256(data).hexdigest(), file_text=written if shifts else "", shifts=shifts)


# Legacy Thai fonts put shifted tone marks and vowels in the private-use area: their real characters.
_THAI_PUA = dict(zip(range(0xF700, 0xF71B), "\u0e10\u0e34\u0e35\u0e36\u0e37\u0e48\u0e49\u0e4a\u0e4b\u0e4c"
                                            "\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e0d\u0e31\u0e4d\u0e47\u0e48"
                                            "\u0e49\u0e4a\u0e4b\u0e4c\u0e38\u0e39\u0e3a"))
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphens (a web page's "1,2\u00ad50"), zero-width spaces
# and joiners, BOM
_PLAIN = re.compile(r"[\r\u00ad\u200b-\u200d\u2060\ufeff\uf700-\uf71a]")
_REFERENCE = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_REFERENCES = re.compile(_REFERENCE)
"""A character reference (``&nbsp;``, ``&#8377;``): a page's source has them, and so has text copied from one."""
_MARKUP = re.compile(_REFERENCE + r"|<(/?)(p|br|div|span|a|b|i|u|em|strong|small|font|sup|sub|img|li|ul|ol|h[1-6]"
                     r"|table|thead|tbody|tr|td|th|blockquote|section|article|header|footer|figure|figcaption)"
                     r"\b(?:\s[^<>]*)?/?>", re.I)
"""What a page's source holds and its text does not: a character reference (``&nbsp;``, ``&#8377;``) and a
tag (``<strong>``, ``</p>``)."""
_MARKDOWN = re.compile(r"#{1,6}[ \t]+|(\*\*|__)(?=[^\s*_])|(?<=[^\s*_])(\*\*|__)(?![*_])"
                       r"|\[(?=[^\]\n]{1,300}\]\(https?://)|\]\(https?://[^()\s]*\)")
"""Markdown's marks (a heading's ``#`` at a line's start, ``**bold**``, ``[link](https://…)`` without its
address): not the article's words."""
_KINDS = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}
"""A file's kind by its name's ending: a page's source, Markdown; any other is plain text."""
_BLOCK_TAGS = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote",
               "section", "article", "header", "footer", "figure", "figcaption"}
"""Tags that end a line of text: the text of a ``<p>`` is a paragraph."""


def normalise(written: str, kind: str = "text") -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """The text the pipeline reads (NFC, ``\\n`` line ends, legacy Thai code points mapped,
    zero-width characters dropped) and where it shifts against the text as written: pairs
    (position in the result, what to add from there on to get the position in the file, and
    whether characters were dropped there). A page's source (``kind`` "html", a ``.html`` file) has its
    character references read and its tags dropped, a block's ending a line; Markdown (``.md``) that
    and its marks dropped. Plain text has its character references read (text copied from a page's
    source: ``&#8377;12.5 करोड़``) and keeps every other character it writes, tags included.

    >>> normalise("a\\r\\nb")
    ('a\\nb', ((1, 1, 1),))
    >>> text, shifts = normalise("ร\\uf70bอยละ 8.5")
    >>> text, shifts
    ('ร้อยละ 8.5', ())
    >>> normalise("2\\u200b\u0e25\u0e49\u0e32\u0e19")
    ('2ล้าน', ((1, 1, 1),))
    >>> normalise("<p>₹1,350&nbsp;करोड़ &amp; <b>45</b> सड़कें</p>", "html")
    ('\\n₹1,350 करोड़ & 45 सड़कें\\n', ((1, 2, 0), (8, 7, 0), (15, 11, 0), (16, 14, 1), (18, 18, 1), (26, 21, 0)))
    >>> normalise("**₹1,350 करोड़**", "markdown")[0], normalise("**₹1,350 करोड़**")[0]
    ('₹1,350 करोड़', '**₹1,350 करोड़**')
    >>> normalise("<b>&#8377;12.5&nbsp;करोड़</b>")[0]
    '<b>₹12.5 करोड़</b>'
    """
    html_marks, markdown_marks = kind in {"html", "markdown"}, kind == "markdown"
    if unicodedata.is_normalized("NFC", written) and not _PLAIN.search(written) and not html_marks \
            and not _REFERENCES.search(written):
        return written, ()
    out: list[str] = []
    shifts: list[tuple[int, int, int]] = []
    length = delta = 0
    i = 0
    while i < len(written):
        j = i + 1
        markup = _MARKUP.match(written, i) if html_marks and written[i] in "&<" \
            else _REFERENCES.match(written, i) if written[i] == "&" else None
        marks = _MARKDOWN.match(written, i) if markdown_marks and (written[i] in "*_[]" or written[i] == "#" and (
            i == 0 or written[i - 1] == "\n")) else None
        if markup:  # "&nbsp;" → " ", "<strong>" → "", "</p>" → a line's end
            j = markup.end()
            normal = _markup_text(markup)
        elif marks:  # "# ", "**", "](https://…)"
            j, normal = marks.end(), ""
        else:
            while j < len(written) and unicodedata.combining(written[j]):
                j += 1  # a character and its combining marks: NFC works within these
            cluster = written[i:j]
            if cluster == "\r":
                cluster = "" if written.startswith("\n", j) else "\n"
            cluster = "".join(_THAI_PUA.get(ord(ch), ch) for ch in cluster if ch not in _INVISIBLE)
            normal = unicodedata.normalize("NFC", cluster)
        out.append(normal)
        length += len(normal)
        if len(normal) != j - i:
            delta += (j - i) - len(normal)
            shifts.append((length, delta, int(not normal)))
        i = j
    return "".join(out), tuple(shifts)


def _markup_text(found: re.Match) -> str:
    """A character reference's character (a no-break space as a space), a block tag's line end, or nothing."""
    if found.group(0).startswith("<"):  # a tag (``_MARKUP``'s second group is its name)
        return "\n" if found.group(2).lower() in _BLOCK_TAGS else ""
    char = html.unescape(found.group(0))
    return " " if char == "\u00a0" else unicodedata.normalize("NFC", char)


def file_offset(shifts: tuple[tuple[int, int, int], ...], position: int, end: bool = False) -> int:
    """A position in the normalised text as a position in the file as written. An ``end``
    (exclusive) stays before characters dropped right after it (``2ล้าน`` + a zero-width space).

    >>> s = ((2, 1, 1), (5, 3, 0))
    >>> file_offset(s, 1), file_offset(s, 2), file_offset(s, 2, end=True), file_offset(s, 7)
    (1, 3, 2, 10)
    """
    index = bisect.bisect_right(shifts, (position, float("inf"))) - 1
    while end and index >= 0 and shifts[index][0] == position and shifts[index][2]:
        index -= 1
    return position + (shifts[index][1] if index >= 0 else 0)


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_UTF8_THAI = re.compile(rb"\xe0[\xb8\xb9][\x80-\xbf]")


def decode(path: str, data: bytes) -> str:
    """Bytes → text, or an ``ArticleError`` that says where the bad byte is.

    >>> decode("a", b"\\xef\\xbb\\xbfok"), decode("a", "ไทย".encode("cp874")), decode("a", "ok".encode("utf-32"))
    ('ok', 'ไทย', 'ok')
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as err:
                offset = err.start + len(bom)
                line = data[len(bom):err.start + len(bom)].decode(codec, "replace").count("\n") + 1
                raise ArticleError(path, line, f"not valid {codec.upper()} (byte offset {offset})",
                                   "save the file as UTF-8") from None
    if b"\x00" in data:
        offset = data.index(0)
        raise ArticleError(path, data.count(b"\n", 0, offset) + 1, f"binary file (NUL byte at offset {offset})",
                           "only text articles are published")
    try:
        text = data.decode("utf-8-sig")
        return _unmangled(text) or text
    except UnicodeDecodeError as err:
        # Legacy Thai (TIS-620 / cp874) has no UTF-8 Thai sequences; a file with them is broken UTF-8.
        legacy = None if _UTF8_THAI.search(data) else _try_thai_legacy(data)
        if legacy is not None:
            return legacy
        line = data.count(b"\n", 0, err.start) + 1
        raise ArticleError(path, line, f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})",
                           "save the file as UTF-8") from None


def _unmangled(text: str) -> str | None:
    """Hindi or Thai whose UTF-8 bytes were once read as Windows-1252 and saved again (``à¤¨à¤—à¤°`` for
    ``नगर``, ``à¸—à¸µà¹ˆ`` for ``ที่``), as a page copied through the wrong encoding is: the text as written
    before, or None where ``text`` is not that (it has Devanagari or Thai letters, or it does not read back).

    >>> _unmangled("नगर".encode().decode("cp1252") * 4), _unmangled("à¤ नगर")
    ('नगरनगरनगरनगर', None)
    """
    if len(_MANGLED.findall(text)) < _MANGLED_MIN or _SCRIPTS.search(text):
        return None
    try:
        return bytes(_CP1252_BYTES[ch] for ch in text).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None


_MANGLED = re.compile("à[¤¥¸¹]")  # the lead bytes of Devanagari (E0 A4-A5) and Thai (E0 B8-B9) read as Windows-1252
_MANGLED_MIN = 4
_SCRIPTS = re.compile("[\u0900-\u097f\u0e00-\u0e7f]")
_CP1252_BYTES = {chr(b): b for b in range(256)} | {bytes([b]).decode("cp1252"): b for b in range(256)
                                                  if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
"""Each character a byte reads as in Windows-1252 (the five bytes it leaves undefined, and Latin-1's reading of
the others, as themselves): its byte."""


def _try_thai_legacy(data: bytes) -> str | None:
    try:
        text = data.decode("cp874")
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    thai = sum(1 for ch in letters if "\u0e00" <= ch <= "\u0e7f")
    return text if letters and thai / len(letters) > 0.5 else None


def _split_front_matter(path: str, text: str) -> tuple[dict, dict, int, int]:
    """Front matter → (validated values, line of each key, where the body starts, its line)."""
    match = _FRONT.match(text)
    if not match:
        if _UNCLOSED.match(text):
            raise ArticleError(path, 1, "front matter is not closed", "end it with a line '---' before the article")
        return {}, {}, 0, 1
    raw = match.group(1) or ""
    try:
        _refuse_aliases(path, raw)
        node = yaml.compose(raw, Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark else 2
        raise ArticleError(path, line, f"front matter is not valid YAML: {getattr(err, 'problem', err)}") from None
    data, lines = _values(path, node)
    unknown = sorted(set(data) - set(_KEYS))
    if unknown:
        key = unknown[0]
        raise ArticleError(path, lines[key], f"unknown front-matter key {key!r}", f"known keys: {', '.join(_KEYS)}")
    config = FrontMatter(config_file_path=path)
    config.load_dict(data)
    errors, _warnings = config.validate()
    if errors:
        key, problem = errors[0]
        raise ArticleError(path, lines.get(key, 2), f"front matter '{key}': {problem}")
    meta = {k: v for k, v in config.items() if v is not None}
    return meta, lines, match.end(), text.count("\n", 0, match.end()) + 1


def _refuse_aliases(path: str, raw: str) -> None:
    """Anchors and aliases can make a few lines expand to gigabytes: front matter has no use for them."""
    for event in yaml.parse(raw, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            line = event.start_mark.line + 2 if event.start_mark else 2
            raise ArticleError(path, line, "YAML anchors and aliases are not allowed in front matter")


def _values(path: str, node) -> tuple[dict, dict]:
    """Each key's value, built on its own so that a bad one names its own line."""
    if node is None:
        return {}, {}
    if not isinstance(node, yaml.MappingNode):
        raise ArticleError(path, 2, "front matter must be 'key: value' lines")
    data, lines = {}, {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 2
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if not isinstance(key, str) or key in data:
            raise ArticleError(path, line, "front-matter keys are words, each given once")
        try:
            data[key] = yaml.SafeLoader("").construct_object(value_node, deep=True)
        except (yaml.YAMLError, ValueError, TypeError, AttributeError, OverflowError, IndexError) as err:
            raise ArticleError(path, line, f"front matter '{key}': cannot be read ({err})") from None
        lines[key] = line
    return data, lines
