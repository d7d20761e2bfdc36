"""The machine's Noto CJK faces for ReportLab, which embeds TrueType outlines only: the face is
cut down to the characters printed and its CFF curves turned into quadratic ones (fontTools)."""

from __future__ import annotations

from pathlib import Path

NOTO = Path("/usr/share/fonts/opentype/noto")
#: index of the simplified Chinese face in each Noto CJK collection (fc-list :lang=zh)
FACES = {
    "serif": (NOTO / "NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC"),
    "sans": (NOTO / "NotoSansCJK-Bold.ttc", "Noto Sans CJK SC"),
}


def _face_number(path: Path, family: str) -> int:
    from fontTools.ttLib import TTCollection

    for k, font in enumerate(TTCollection(str(path), lazy=True).fonts):
        if font["name"].getDebugName(1) == family:
            return k
    raise LookupError(f"{family} is not in {path}")


def truetype(face: str, chars: str, out: Path) -> Path:
    """``face`` ('serif' or 'sans') cut to ``chars``, with TrueType outlines, saved to ``out``."""
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    path, family = FACES[face]
    font = TTFont(str(path), fontNumber=_face_number(path, family))
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.desubroutinize = True
    sub = subset.Subsetter(options)
    sub.populate(text=chars)
    sub.subset(font)
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        glyphs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 1 if attr == "maxZones" else 0)
    maxp.maxPoints = maxp.maxContours = maxp.maxCompositePoints = 0
    maxp.maxCompositeContours = maxp.maxComponentDepth = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(str(out))
    return out
