"""The theme's files as the site publishes them: one copy for all languages, named by content.

Every language's pages load the same files, from the first language's ``assets/``
folder, so a reader who switches language downloads no theme file again; each
name carries a hash of the file's content (``meetings.3f2a9c1e.css``), so that a
changed file gets a new name and a browser or CDN may keep the old one for long.
Material's own files are named by content already.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TypedDict


class Font(TypedDict):
    family: str
    file: str
    local: list[str]  # its full and PostScript names, for a copy installed on the reader's system
    range: str


# Each language's text font: Noto Sans Devanagari and Noto Sans Thai (SIL OFL, theme/assets/fonts/OFL.txt),
# from the @fontsource 5.3.0 npm packages, regular weight only (bold is synthesised: the 700 files
# were 54 KB more on a Hindi page), subset to the script's Unicode block with hinting dropped
# (fontTools 4.68: pyftsubset FONT --unicodes=RANGE --layout-features='*' --no-hinting --flavor=woff2):
# 50 → 40 KB and 9.1 → 8.2 KB. Latin letters and digits are the system's. The same font installed on the
# reader's system (``local``) is used first, and no font is preloaded: where the system has it (Android,
# Debian's fonts-noto-core) a page costs no font, the other language's included.
FONTS: dict[str, Font] = {
    "hi": {"family": "Noto Sans Devanagari", "file": "noto-sans-devanagari-400.woff2",
           "local": ["Noto Sans Devanagari Regular", "NotoSansDevanagari-Regular", "Noto Sans Devanagari"],
           "range": "U+0900-097F,U+200C-200D,U+20B9,U+25CC"},
    "th": {"family": "Noto Sans Thai", "file": "noto-sans-thai-400.woff2",
           "local": ["Noto Sans Thai Regular", "NotoSansThai-Regular", "Noto Sans Thai"],
           "range": "U+0E01-0E5B,U+200C-200D,U+25CC"},
}

# Material's files the pages load, found by their unhashed name (their hash changes with Material's version).
_MATERIAL = {"main.css": "assets/stylesheets/main.*.min.css",
             "palette.css": "assets/stylesheets/palette.*.min.css",
             "bundle.js": "assets/javascripts/bundle.*.min.js"}


def hashed_name(path: str, data: bytes) -> str:
    """``path`` with the first 8 hex digits of ``data``'s SHA-256 before its suffix.

    >>> hashed_name("assets/fonts/noto.woff2", b"x")
    'assets/fonts/noto.2d711642.woff2'
    """
    folder, _, name = path.rpartition("/")
    stem, dot, suffix = name.partition(".")
    digest = hashlib.sha256(data).hexdigest()[:8]
    return f"{folder}/{stem}.{digest}{dot}{suffix}" if folder else f"{stem}.{digest}{dot}{suffix}"


def theme_assets(theme_dir: Path) -> dict[str, str]:
    """The project's own theme files under ``assets/`` (path in the theme → published path).

    Licence texts keep their name: they are read by people, not loaded by pages.
    """
    names = {}
    for path in sorted((theme_dir / "assets").rglob("*")):
        if path.is_file():
            rel = path.relative_to(theme_dir).as_posix()
            names[rel] = rel if path.suffix == ".txt" else hashed_name(rel, path.read_bytes())
    return names


def material_assets(material_dir: Path) -> dict[str, str]:
    """Material's stylesheets and script by short name (``main.css`` → ``assets/stylesheets/main.57a0d79d.min.css``)."""
    found = {}
    for short, pattern in _MATERIAL.items():
        matches = sorted(material_dir.glob(pattern))
        if len(matches) != 1:
            raise ValueError(f"Material's {short}: expected one {pattern} in {material_dir}, found {len(matches)}")
        found[short] = matches[0].relative_to(material_dir).as_posix()
    return found


def asset_urls(theme_dir: Path | None, material_dir: Path, prefix: str) -> dict[str, str]:
    """Every file a page loads, by short name, as a path from the language's root
    (``prefix``: where the shared copy is, e.g. ``""`` for the first language, ``"../hi/"``).

    Short names: Material's (``main.css``, ``palette.css``, ``bundle.js``), the theme's own by
    file name (``meetings.css``, ``search.js``, ``noto-sans-thai-400.woff2``) and ``favicon``.
    """
    urls = {short: prefix + path for short, path in material_assets(material_dir).items()}
    if theme_dir is not None:
        urls |= {source.rpartition("/")[2]: prefix + published for source, published in theme_assets(theme_dir).items()}
    urls["favicon"] = prefix + "assets/images/favicon.png"
    return urls
