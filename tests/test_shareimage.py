"""The share card's text is drawn with a font that has every glyph (no empty boxes)."""

from pathlib import Path

import pytest

from generator import shareimage

ROOT = Path(__file__).resolve().parent.parent
FONTS = {"hi": ROOT / "theme/assets/fonts/noto-sans-devanagari-400.woff2",
         "th": ROOT / "theme/assets/fonts/noto-sans-thai-400.woff2"}
LATIN = ROOT / "theme/share/noto-sans-latin-400.woff2"
TEXTS = {"hi": "₹2.5 करोड़ · 12.5% · 1,20,000 टन · “समिति” – ४५ …",
         "th": "฿1,250 ล้านบาท · ร้อยละ 8.5 · ๑๒๐ ไร่ · “คณะกรรมการ” – …"}


@pytest.mark.skipif(not shareimage.can_draw(), reason="Pillow without libraqm draws no cards")
@pytest.mark.parametrize("lang", ["hi", "th"])
def test_every_character_has_a_glyph_in_its_font(lang):
    from PIL import ImageFont

    fonts = {True: ImageFont.truetype(str(FONTS[lang]), 40), False: ImageFont.truetype(str(LATIN), 40)}
    missing = {script: bytes(font.getmask("\U0010fffd")) for script, font in fonts.items()}
    for run, script in shareimage._runs(TEXTS[lang], lang):
        for char in run.replace(" ", ""):
            assert bytes(fonts[script].getmask(char)) != missing[script], f"{char!r} ({lang}) has no glyph"
