"""The tokens a paragraph's figures are labelled over: glosses in parentheses left out (``ผู้ดูแลผู้สูงอายุ
(Caregiver) แล้ว``), so that the words on either side read as one phrase, and words joined by a hyphen or
dotted into an abbreviation read as one word (``लगभग-गरीब``, ``पीएच.डी.``). Each is made once per
paragraph and maps the figure's token indexes onto the new list. Used by ``labels.find_label``.
"""

from __future__ import annotations

from generator.numerals import Token


def unglossed(tokens: list[Token], first: int, last: int) -> tuple[list[Token], int, int]:
    """The tokens without glosses in parentheses (``ผู้ดูแลผู้สูงอายุ (Caregiver) แล้ว``, ``वाणिज्यिक (एटी एण्ड
    सी) हानियां``: words, no number), so that the words on either side read as one phrase, and where the
    figure's tokens are then. A paragraph's figures are labelled over the same tokens: made once."""
    if not (_UNGLOSSED and _UNGLOSSED[0] is tokens):
        _UNGLOSSED[:] = [tokens, *_without_glosses(tokens)]
    out, index = _UNGLOSSED[1], _UNGLOSSED[2]
    if first not in index or last not in index:
        return tokens, first, last  # the figure is in a gloss's place: read it as it is
    return out, index[first], index[last]


_UNGLOSSED: list = []
_GLOSS_TOKENS = 12


def _without_glosses(tokens: list[Token]) -> tuple[list[Token], dict[int, int]]:
    """The tokens without their glosses, and each kept token's new index."""
    out: list[Token] = []
    index: dict[int, int] = {}
    k = 0
    while k < len(tokens):
        if tokens[k].text == "(":
            close = next((j for j in range(k + 1, min(len(tokens), k + _GLOSS_TOKENS)) if tokens[j].text in "()"), k)
            inside = tokens[k + 1:close] if tokens[close].text == ")" else []
            if inside and all(t.kind in {"word", "space"} for t in inside) and not any("\n" in t.text for t in inside):
                k = close + 1
                if out and out[-1].kind == "space" and k < len(tokens) and tokens[k].kind == "space":
                    out.pop()  # "จุดความร้อน (Hotspot) ในพื้นที่": the words around it join as they would without it
                    index[k] = len(out)
                    k += 1
                continue
        index[k] = len(out)
        out.append(tokens[k])
        k += 1
    return out, index


def hyphenated(tokens: list[Token], first: int, last: int) -> tuple[list[Token], int, int]:
    """Words joined by a hyphen as one word (``लगभग-गरीब परिवार``, ``घर-घर``), an abbreviation's
    dotted pieces too (``पीएच.डी. में 98``), and where the
    figure's tokens are then; the figure's own words are not joined (``पांच-छह``). A paragraph's
    figures are labelled one after the other over the same tokens: its joined list is made once."""
    if not (_JOINED and _JOINED[0] is tokens):
        _JOINED[:] = [tokens, _joined(tokens, ())]
    out, index, joined = _JOINED[1]
    if first in joined or last in joined:
        out, index, _ = _joined(tokens, (first, last))
    return out, index[first], index[last]


def _abbreviated(before: Token, tokens: list[Token], k: int) -> bool:
    """Whether the dot ``tokens[k]`` is inside an abbreviation (``पीएच.डी.``, ``म.प्र.``): short pieces on either side."""
    return len(before.text.rstrip(".").rsplit(".", 1)[-1]) <= _PIECE and k + 1 < len(tokens) and len(tokens[k + 1].text) <= _PIECE


def _adjacent(tokens: list[Token], k: int, text: str | None = None, kind: str | None = None) -> bool:
    """Whether the token after ``k`` follows it with no space, and is ``text`` (or of ``kind``)."""
    return k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end and tokens[k + 1].text == (text or tokens[k + 1].text) \
        and tokens[k + 1].kind == (kind or tokens[k + 1].kind)


_PIECE = 4  # the longest piece of a dotted abbreviation (एससी in बी.एससी.)
_JOINED: list = []  # the last paragraph's tokens (kept, so that they are not another list's) and their join


def _joined(tokens: list[Token], figure: tuple[int, ...]) -> tuple[list[Token], dict[int, int], set[int]]:
    out: list[Token] = []
    index: dict[int, int] = {}
    joined: set[int] = set()
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if (out and tok.kind == "punct" and (tok.text in "-–" or tok.text == "." and _abbreviated(out[-1], tokens, k))
                and out[-1].kind == "word" and out[-1].end == tok.start
                and k + 1 < len(tokens) and tokens[k + 1].kind == "word" and tokens[k + 1].start == tok.end
                and k - 1 not in figure and k + 1 not in figure):
            before, upto = out[-1], k + 1
            if tok.text == "." and _adjacent(tokens, upto, ".") and not _adjacent(tokens, upto + 1, kind="word"):
                upto += 1  # the abbreviation's closing dot (not one before a third piece: "टी.एच.आर.")
            out[-1] = Token(before.start, tokens[upto].end, before.text + "".join(t.text for t in tokens[k:upto + 1]), "word")
            joined.update(j for j, at in index.items() if at == len(out) - 1)
            joined.update(range(k, upto + 1))
            index.update(dict.fromkeys(range(k, upto + 1), len(out) - 1))
            k = upto + 1
            continue
        index[k] = len(out)
        out.append(tok)
        k += 1
    return out, index, joined


def coded_name(tokens: list[Token], k: int | None) -> str:
    """``जोन-6``: the name a word and a number joined by a hyphen make, ending at token ``k`` (the number), or nothing."""
    if k is None or k < 2 or tokens[k].kind != "num" or tokens[k - 2].kind != "word" \
            or not _adjacent(tokens, k - 2, "-") or not _adjacent(tokens, k - 1, kind="num"):
        return ""
    return f"{tokens[k - 2].text}-{tokens[k].text}"
