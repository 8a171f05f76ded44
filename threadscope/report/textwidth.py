"""How wide a label is drawn, without a browser: the measure the report's
SVG drawings lay their labels out by (see :mod:`threadscope.report_svg`).

:func:`text_width` adds up advance widths from a per-character table of the
sans-serif fonts the report's font stack lands on (DejaVu Sans, Liberation
Sans = Arial, Roboto, Noto Sans, Cantarell; each character at the widest of
them, regular and bold). Segoe UI and San Francisco are narrower than DejaVu
Sans, so a label measured here is at least as wide as any browser draws it.
East Asian wide and fullwidth characters (``unicodedata.east_asian_width``)
count one em, emoji 1.25 em (a ZWJ sequence, a flag or a keycap being one
emoji), combining marks and format characters nothing, other scripts a
typical width for their Unicode block. :func:`fit` shortens a label with an
ellipsis between character clusters.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

FONT = 12.0            # label size in user units (report.css: .svg-wrap svg text)
AXIS_FONT = 11.0       # the timeline's axis (report.css: .tl-axis text)
ASCENT, DESCENT = 0.95, 0.25   # a line's extent above and below the baseline, in em (Latin, CJK, emoji)
HALO = 1.5             # the background-coloured outline around labels (report.css: stroke-width 3px)
EDGE = 1.0             # room kept between a label's box and the drawing's edge
EMOJI_EM = 1.25        # Noto Color Emoji advances 1.245 em; Apple's and Segoe's emoji are narrower
WIDE_EM = 1.0          # CJK ideographs, kana, hangul, fullwidth forms
HALF_EM = 0.5          # halfwidth katakana and hangul
OTHER_EM = 1.0         # a character of no table and no block below
# Typical advance in em of a letter in the Noto Sans font of each script
# (bold: x1.1; a spacing vowel sign: x0.6); joined or stacked forms are narrower.
BLOCK_EM = ((0x0530, 0x058F, 0.77), (0x0590, 0x05FF, 0.65), (0x0600, 0x06FF, 0.90), (0x0700, 0x074F, 0.93),
            (0x0780, 0x07BF, 0.68), (0x0900, 0x097F, 0.75), (0x0980, 0x09FF, 0.72), (0x0A00, 0x0A7F, 0.67),
            (0x0A80, 0x0AFF, 0.75), (0x0B00, 0x0B7F, 0.76), (0x0B80, 0x0BFF, 1.00), (0x0C00, 0x0C7F, 0.78),
            (0x0C80, 0x0CFF, 0.81), (0x0D00, 0x0D7F, 1.10), (0x0D80, 0x0DFF, 1.03), (0x0E00, 0x0E7F, 0.63),
            (0x0E80, 0x0EFF, 0.71), (0x1000, 0x109F, 0.90), (0x10A0, 0x10FF, 0.81), (0x1200, 0x137F, 0.78),
            (0x1780, 0x17FF, 0.74))
# Advance widths of U+0020-017F (Latin), U+0370-04FF (Greek, Cyrillic), U+2000-206F
# (punctuation) and U+20A0-20C0 (currency): one character per code point, its
# width rounded up to 1/32 em as an index into _DIGITS; "." = no font has it.
# Made with fontTools from the fonts named in the module docstring.
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+/"
_REGULAR = (
    (0x0020, "bdfrlwp9ddirbebellllllllllbbrrrixmmopmkppbimiupqmqomkomwmmmdedrigklilkcll99j9wlkllehdljrjjhlilr....."
             "............................bdllnlikjwgkr.wigrddglmbgdgkwwwkmmmmmmwommmmbbbbppqqqqqrqoooommlkkkkkkwi"
             "kkkk9999klkkkkkrklllljljmkmkmkoioioioiplplmkmkmkmkmkplplplplplunb9b9b9b9b9rii9mjji9i9icicibplplplrpl"
             "qkqkqkzxoeoeoemhmhmhmhkdkdkdololololololwrmjmmhmhmhc"),
    (0x0370, "ljsl99pl..jiiibi....jjnbqsf.r.srcmminmmpqbmmuplqpm.lkmqmrqbmmilckmljkiilkcjjliiknljlkkojprckkkrlkknr"
             "nosmqkljjhmmsmurpmqkmkpknkkimli9qkkklnuolnnn"),
    (0x0400, "mmsknmbbizzsnplpmmmkpmzlppnpupqpmoklsmpnzzrtmnzokkjhnktillklplkllijjsjmkuvnqkirkkkkhih999ttlkljlurpm"
             "votqCxsoBwlistqkpmpmEAvpCxurnik.......qmmkllkhmjliztlinknknksrpmxtzutnnikjkjkjmjuqnknknlvovobztnkpmp"
             "mpmnkupbmkmkwwlkqkqkztlimjplplqkqkqkniljljljnkkhtqmjmjmj"),
    (0x2000, "hxhxb96lb74.....eellwwiibbbbhhhhijjjgmwb.......8JUbhl9fkdddrhhgqqeAgfddvoojlllibqijwqrjqrrbqrbb8...."
             "............"),
    (0x20A0, "tllllwqFzwqllmlGloomplkolllqqmnj."),
)
_BOLD = (
    (0x0020, "cfhrnxsaffirdedennnnnnnnnnddrrrkwppormmrrdiplwrsospomqpApoofefrigmnjnmennbbmbynmnngkgnlulljninr....."
             "............................cfnnnnilkwjlr.wigrffgondgfjlyyykppppppzommmmddddrrsssssrsqqqqooommmmmmyj"
             "mmmmbbbbmnmmmmmrmnnnnlnlpmpmpmojojojojrnrnmmmmmmmmmmrnrnrnrnrnwqdbdbdbdbdbsmibpmmlblblglilcrnrnrnwrn"
             "smsmsmCApgpgpgokokokokmgmgmgqnqnqnqnqnqnAuoloojojoje"),
    (0x0370, "njxraaro..jjiidi....jjqdsxj.t.wtepplpmorsdppwrlsro.mmosptsdominemmnmmijnmenlomjmqnjplmqlrsemmmsploow"
             "orwosmojmhnmunzrrnuoolqmpnmjonjbsllonowrnnon"),
    (0x0400, "mmtlooddiBBtrrprpppltmEnrrrrwrsroompwpuqEHvypoCpmnlhqmwjoomosnmnnjjlwlomyAptljwlmmnhjkbbbwvomolnztro"
             "xrwrIAsoExnizysmsnsnHCzsJCztojl.......vqpkonlhmiqmEwnjpmrmrmxrvqAsFxvsojmjololplAxqoqmqnxqxqdEwplvqr"
             "nvqqmAudpmpmzymmsmsmEwnjplrorosmsmsmojplplplqmlhytmiplpl"),
    (0x2000, "hxhxb96nd74.....eenlwwiiddddmmmmijllgmxc.......8LZbioelsoeewljgrreAgfffxrrjlllidrijwrrmxssdssdd8...."
             "............"),
    (0x20A0, "unnnnyrNDAunnonJnoonsnnonnnssnnj."),
)


def _table(parts) -> dict[int, float]:
    return {start + i: _DIGITS.index(c) / 32 for start, s in parts for i, c in enumerate(s) if c != "."}


_ADVANCE = (_table(_REGULAR), _table(_BOLD))


def _emoji(cp: int) -> bool:
    # pictographs, dingbats, misc symbols and technical, arrows-and-stars: drawn
    # from a colour emoji font when the text font has no glyph for them
    return 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or 0x2300 <= cp <= 0x23FF or 0x2B00 <= cp <= 0x2BFF


def _flag_letter(cp: int) -> bool:
    return 0x1F1E6 <= cp <= 0x1F1FF


def _clusters(text: str) -> list[str]:
    """What a font draws as one glyph: a character with its combining marks,
    variation selectors and skin tones, a ZWJ sequence, a pair of flag letters.
    Truncation cuts between clusters only."""
    out: list[str] = []
    join = False
    for ch in text:
        cp = ord(ch)
        if out and (join or unicodedata.category(ch) in ("Mn", "Me", "Cf") or 0x1F3FB <= cp <= 0x1F3FF
                    or (_flag_letter(cp) and len(out[-1]) == 1 and _flag_letter(ord(out[-1])))):
            out[-1] += ch
        else:
            out.append(ch)
        join = cp == 0x200D
    return out


@lru_cache(maxsize=8192)
def _char_em(ch: str, bold: bool) -> float:
    cp = ord(ch)
    table = _ADVANCE[bold]
    if cp in table:
        return table[cp]
    if ch.isspace():
        return table[0x20]
    category = unicodedata.category(ch)
    if category in ("Mn", "Me", "Cf", "Cc"):
        return 0.0
    width = unicodedata.east_asian_width(ch)
    if width in ("W", "F"):
        return WIDE_EM
    if width == "H":
        return HALF_EM
    base = unicodedata.normalize("NFD", ch)[0]
    if base != ch and ord(base) in table:
        return table[ord(base)]
    for lo, hi, em in BLOCK_EM:
        if lo <= cp <= hi:
            return em * (1.1 if bold else 1.0) * (0.6 if category == "Mc" else 1.0)
    return OTHER_EM


def _cluster_em(cluster: str, bold: bool) -> float:
    cp = ord(cluster[0])
    if _emoji(cp) or _flag_letter(cp) or "\ufe0f" in cluster or "\u20e3" in cluster:
        return EMOJI_EM
    return _char_em(cluster[0], bold)


def clean(text: str) -> str:
    """A label as SVG shows it: runs of white space are one space."""
    return " ".join(str(text).split())


def text_width(text: str, size: float = FONT, bold: bool = False) -> float:
    """Width of one line of ``text`` at ``size`` user units: never less than
    the report's sans fonts draw it (see the module docstring)."""
    return size * sum(_cluster_em(c, bold) for c in _clusters(clean(text)))


def fit(text: str, width: float, size: float = FONT, bold: bool = False) -> str:
    """``text``, or as much of it as fits in ``width`` followed by an ellipsis
    ("" when not even that fits)."""
    text = clean(text)
    if text_width(text, size, bold) <= width:
        return text
    used, out = text_width("…", size, bold), ""
    for c in _clusters(text):
        w = size * _cluster_em(c, bold)
        if used + w > width:
            break
        out, used = out + c, used + w
    return out.rstrip() + "…" if used <= width else ""


def text_box(x: float, y: float, width: float, anchor: str = "start", size: float = FONT) -> tuple:
    """(x0, y0, x1, y1) of a label of measured ``width`` whose baseline starts,
    ends or is centred (``anchor``) at (x, y), its halo included."""
    left = x - (width if anchor == "end" else width / 2 if anchor == "middle" else 0)
    return (left - HALO, y - ASCENT * size - HALO, left + width + HALO, y + DESCENT * size + HALO)


def label_box(text: str, x: float, y: float, anchor: str, size: float = FONT, bold: bool = False) -> tuple:
    return text_box(x, y, text_width(text, size, bold), anchor, size)


def overlap(a: tuple, b: tuple) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])
