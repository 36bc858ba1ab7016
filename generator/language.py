"""Which language an article is in, and what we know of each language.

Devanagari and Thai are told apart by script, exactly; text in other scripts
goes to a statistical detector (lingua) so that the error for an unpublished
language can name it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources
from typing import Any

import yaml

# Scripts whose language we publish, and the language each one means.
_SCRIPT_LANGUAGE = {"DEVANAGARI": "hi", "THAI": "th"}


class Language(dict[str, Any]):
    """Per-language data from ``generator/lang/<code>.yml``: a key the language does not set reads as empty
    (``{}``). A dict, so that the extraction's two million lookups an article batch makes stay in C."""

    def __init__(self, code: str, data: dict[str, Any]) -> None:
        super().__init__(data)
        self.code = code

    def __missing__(self, key: str) -> Any:
        return {}

    @property
    def name(self) -> str:
        return self["name"]


@functools.cache
def get_language(code: str) -> Language:
    """The data of one supported language: ``lang/<code>.yml`` and, merged over it, the files of
    the folder ``lang/<code>/`` (one per domain, like ``numbers.yml``), every string NFC.

    >>> get_language("th")["months"]["กุมภาพันธ์"]
    2
    """
    folder = resources.files("generator").joinpath("lang")
    name = f"generator/lang/{code}.yml"
    parts = [(name, _load_yaml(folder.joinpath(f"{code}.yml").read_text("utf-8"), name))]
    extra = folder.joinpath(code)
    if extra.is_dir():
        files = [(f"generator/lang/{code}/{part.name}", part) for part in sorted(extra.iterdir(), key=lambda p: p.name)
                 if part.name.endswith(".yml")]
        parts += [(name, _load_yaml(part.read_text("utf-8"), name)) for name, part in files]
    return Language(code, with_variants(merged(parts)))


def merged(parts: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """A language's files as one record; a key set in two files is an error that names the second
    (the later would silently hide the earlier).

    >>> merged([("a.yml", {"x": 1}), ("b.yml", {"y": 2})])
    {'x': 1, 'y': 2}
    """
    data: dict[str, Any] = {}
    for name, part in parts:
        if twice := sorted(set(part) & set(data)):
            raise ValueError(f"{name}: {', '.join(twice)} already set in another of the language's files")
        data.update(part)
    return data


def with_variants(data: dict[str, Any]) -> dict[str, Any]:
    """The data with each word of its lists and of its tables' keys also in the other spellings
    ``spelling_variants`` gives (pattern, replacement): ``गये`` beside ``गए``, as older and newer
    spellings of one word are both written (the data lists one).

    >>> with_variants({"spelling_variants": [["(?<=[क-ह])ए", "ये"]], "stops": ["गए", "की"], "t": {"हुए": 1}})["stops"]
    ['गए', 'की', 'गये']
    """
    rules = [(re.compile(pattern), replacement) for pattern, replacement in data.get("spelling_variants") or []]
    if not rules:
        return data

    def variants(word: str) -> list[str]:
        out = [word]
        for pattern, replacement in rules:
            out += [v for v in (pattern.sub(replacement, w) for w in out) if v not in out]
        return out[1:]

    for key, value in data.items():
        if key == "spelling_variants":
            continue
        if isinstance(value, list) and all(isinstance(w, str) for w in value):
            data[key] = value + [v for w in value for v in variants(w) if v not in value]
        elif isinstance(value, dict) and all(isinstance(w, str) for w in value):
            data[key] = value | {v: value[w] for w in value for v in variants(w) if v not in value}
    return data


def _load_yaml(text: str, name: str) -> dict[str, Any]:
    """The data of one language file; a key set twice in it is an error that names the file and the second
    line (YAML would keep the later value and silently drop the earlier).

    >>> _load_yaml("a: 1\\nb: [2]\\na: 3\\n", "x.yml")
    Traceback (most recent call last):
    ValueError: x.yml:3: a already set on line 1
    """
    seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if key := re.match(r"([A-Za-z_]\w*):", line):
            if key[1] in seen:
                raise ValueError(f"{name}:{number}: {key[1]} already set on line {seen[key[1]]}")
            seen[key[1]] = number
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 10x faster
    data = yaml.load(unicodedata.normalize("NFC", text), Loader=loader)
    return data or {}


def supported_languages() -> list[str]:
    """Codes with a data file.

    >>> supported_languages()
    ['hi', 'th']
    """
    files = resources.files("generator").joinpath("lang").iterdir()
    return sorted(f.name[:-4] for f in files if f.name.endswith(".yml"))


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``: by script for Devanagari and Thai, else by lingua.

    >>> detect_language("บ่ายวันที่ 27 กุมภาพันธ์ 1,549 ราย"), detect_language("27 फरवरी की दोपहर")
    ('th', 'hi')
    """
    counts: dict[str, int] = {}
    for ch in text[:20000]:
        if ch.isalpha():
            script = _script(ch)
            counts[script] = counts.get(script, 0) + 1
            if counts[script] >= 500:
                break  # plenty to decide on
    if not counts:
        return "und"
    script = max(counts, key=lambda name: counts[name])
    if script in _SCRIPT_LANGUAGE:
        return _SCRIPT_LANGUAGE[script]
    return _detect_statistically(text[:5000])


def _script(ch: str) -> str:
    code = ord(ch)
    if 0x0900 <= code <= 0x097F:
        return "DEVANAGARI"
    if 0x0E00 <= code <= 0x0E7F:
        return "THAI"
    return unicodedata.name(ch, "UNKNOWN").split(" ")[0]


def _detect_statistically(text: str) -> str:
    language = _detector().detect_language_of(text)
    return language.iso_code_639_1.name.lower() if language else "und"


@functools.cache
def _detector():
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()
