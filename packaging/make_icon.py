"""Draw the program's icon (an original design: a document with a tick on a teal tile) into
packaging/icon.png and packaging/ita-desk.ico. Run again only to change the design:

    .venv/bin/python packaging/make_icon.py
"""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SIZE = 1024  # drawn large, scaled down with antialiasing
TILE = (17, 94, 89)  # deep teal
PAGE = (255, 255, 255)
LINES = (148, 163, 184)
TICK = (234, 88, 12)  # orange


def draw() -> Image.Image:
    s = SIZE
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((32, 32, s - 32, s - 32), radius=180, fill=TILE)
    # The page, with a folded corner.
    left, top, right, bottom, fold = 250, 150, 774, 874, 150
    d.polygon([(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)], fill=PAGE)
    d.polygon([(right - fold, top), (right - fold, top + fold), (right, top + fold)], fill=(203, 213, 225))
    for i, y in enumerate(range(330, 640, 78)):
        d.rounded_rectangle((left + 70, y, right - (150 if i == 0 else 70), y + 34), radius=17, fill=LINES)
    # The tick, over the lower right corner of the page.
    d.line([(470, 760), (590, 870), (820, 600)], fill=TICK, width=96, joint="curve")
    for x, y in ((470, 760), (820, 600)):
        d.ellipse((x - 48, y - 48, x + 48, y + 48), fill=TICK)
    return img


def main() -> None:
    img = draw()
    img.resize((256, 256), Image.LANCZOS).save(HERE / "icon.png")
    img.save(HERE / "ita-desk.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
