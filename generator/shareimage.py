"""A meeting page's share image (``og:image``): its title and first key figure on a 1200×630 card.

Pillow draws it with libraqm, which shapes Devanagari and Thai from the fonts' OpenType
tables (conjuncts, vowel signs, stacked tone marks); Pillow's basic layout draws them wrong,
so without libraqm no image is made (``can_draw`` says so and the plugin warns). Chosen by
measurement over the alternatives: Pillow takes 0.05 s a card (fonts loaded once per process);
Chromium rendering an HTML card needs a browser in every build (not in ``make site``) and
about a second to start; an SVG card is not shown by the sites that read ``og:image``.

The text is drawn with the theme's font for the page's script and a Latin font for the
rest (digits, Latin letters, punctuation): ``theme/assets/fonts`` and ``theme/share``.
"""

from __future__ import annotations

import functools
import hashlib
import io
from pathlib import Path

WIDTH, HEIGHT = 1200, 630
_MARGIN = 72
_BACKGROUND, _TEXT, _SOFT = "#3f51b5", "#ffffff", "#dfe3f7"
_SCRIPTS = {"hi": (0x0900, 0x097F), "th": (0x0E00, 0x0E7F)}
# Signs outside the script's block that only its font draws (the Latin font has no rupee sign).
_SCRIPT_SIGNS = {"hi": {"\u20b9"}}
_JOINERS = {"\u200c", "\u200d"}


def can_draw() -> bool:
    """Whether Pillow and its libraqm are installed (without them Devanagari and Thai are drawn wrong)."""
    try:
        from PIL import features
    except ImportError:
        return False
    return bool(features.check("raqm"))


def card_key(args: tuple[str, ...], fonts: dict[str, Path]) -> str:
    """What a card depends on, hashed: its text, the fonts and this module's code."""
    digest = hashlib.sha256("\0".join(args).encode("utf-8"))
    for path in (*sorted(fonts.values()), Path(__file__)):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def prepare(lang: str) -> None:
    """Load what drawing ``lang``'s cards needs (Thai: PyThaiNLP's word list, 0.6 s), e.g. while a
    process waits for its pages, so that the first card costs what the others do (0.05-0.15 s)."""
    if lang == "th" and can_draw():
        from generator.thai import dictionary

        dictionary()


def share_image(title: str, figure: str, label: str, site_name: str, lang: str, fonts: dict[str, Path]) -> bytes:
    """The card as PNG bytes: the site's name, the title (up to three lines) and, in a band at
    the bottom, the first key figure and what it counts. ``fonts``: ``script`` and ``latin`` files."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (WIDTH, HEIGHT), _BACKGROUND)
    draw = ImageDraw.Draw(image)
    width = WIDTH - 2 * _MARGIN
    _line(draw, (_MARGIN, 56), site_name, 34, _SOFT, lang, fonts)
    y = 130
    for line in _wrap(title, 60, width, lang, fonts, 3):
        _line(draw, (_MARGIN, y), line, 60, _TEXT, lang, fonts)
        y += 88
    if figure:
        draw.rectangle((0, HEIGHT - 170, WIDTH, HEIGHT), fill="#ffffff")
        _line(draw, (_MARGIN, HEIGHT - 150), figure, 56, _BACKGROUND, lang, fonts)
        _line(draw, (_MARGIN, HEIGHT - 72), _wrap(label, 32, width, lang, fonts, 1)[0] if label else "", 32,
              "#303030", lang, fonts)
    # Five colours and their anti-aliasing fit a 16-colour palette: indistinguishable from the
    # full-colour card, a third of its size (16 against 45 KB) and 35% faster to encode.
    out = io.BytesIO()
    image.quantize(16, method=Image.Quantize.FASTOCTREE).save(out, "PNG", compress_level=6)
    return out.getvalue()


def _runs(text: str, lang: str) -> list[tuple[str, bool]]:
    """``text`` cut into runs of the page's script (True) and of everything else (False, spaces
    included: the script fonts have no space); joiners stay with the run they are in."""
    low, high = _SCRIPTS.get(lang, (0, -1))
    signs = _SCRIPT_SIGNS.get(lang, set())
    runs: list[tuple[str, bool]] = []
    for char in text:
        script = low <= ord(char) <= high or char in signs
        if runs and (runs[-1][1] == script or char in _JOINERS):
            runs[-1] = (runs[-1][0] + char, runs[-1][1])
        else:
            runs.append((char, script))
    return runs


@functools.cache
def _font(path: Path, size: int):
    from PIL import ImageFont

    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.RAQM)


def _length(text: str, size: int, lang: str, fonts: dict[str, Path]) -> float:
    return sum(_run_length(fonts["script" if script else "latin"], size, run, lang) for run, script in _runs(text, lang))


@functools.lru_cache(maxsize=8192)
def _run_length(font: Path, size: int, run: str, lang: str) -> float:
    """Shaping a run costs about a millisecond; words come back often (की, में, การ)."""
    return _font(font, size).getlength(run, language=lang)


def _line(draw, at: tuple[int, int], text: str, size: int, fill: str, lang: str, fonts: dict[str, Path]) -> None:
    """One line of text whose top is at ``at``; every run on one baseline."""
    x: float = at[0]
    y = at[1] + size  # the baseline
    for run, script in _runs(text, lang):
        path = fonts["script" if script else "latin"]
        draw.text((x, y), run, font=_font(path, size), fill=fill, language=lang, anchor="ls")
        x += _run_length(path, size, run, lang)


def _wrap(text: str, size: int, width: int, lang: str, fonts: dict[str, Path], most: int) -> list[str]:
    """Lines of at most ``width`` pixels, cut between words (Thai: between PyThaiNLP's words);
    the last of ``most`` lines ends with an ellipsis if the text goes on. Each word is measured
    once (shaping does not cross a space or a Thai word boundary)."""
    lines: list[list[tuple[str, float]]] = [[]]
    for word in _words(text, lang):
        if lines[-1] and sum(w for _, w in lines[-1]) + (wide := _length(word, size, lang, fonts)) > width:
            word = word.lstrip()
            lines.append([(word, _length(word, size, lang, fonts))])
        else:
            lines[-1].append((word, _length(word, size, lang, fonts) if not lines[-1] else wide))
    if len(lines) > most:
        last, room = lines[most - 1], width - _length("…", size, lang, fonts)
        while len(last) > 1 and sum(w for _, w in last) > room:
            last.pop()
        lines = lines[:most - 1] + [last + [("…", 0.0)]]
    return ["".join(word for word, _ in line).rstrip(" …") + ("…" if line[-1][0] == "…" else "") for line in lines]


def _words(text: str, lang: str) -> list[str]:
    """Words with the spaces before them (Thai, with no spaces between words, is cut by PyThaiNLP)."""
    if lang == "th":
        from generator.thai import words

        return words(text)
    parts = text.split(" ")
    return parts[:1] + [" " + p for p in parts[1:]]
