"""Validate the shipped ITA catalogues (resources/catalogues/ita-YYYY.json) against
docs/catalogue-format.md and the per-year structure in docs/domain.md.

`catalogue_problems` returns every problem it finds as text, so a failure names what is wrong;
the mutation tests at the end prove that each rule can actually fail."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "resources" / "catalogues"
CATALOGUE_FILES = sorted(CATALOGUE_DIR.glob("ita-*.json"))

TOOLS = {"IIT": 0.3, "EIT": 0.3, "OIT": 0.4}
INDICATOR_TOOL = {1: "IIT", 2: "IIT", 3: "IIT", 4: "IIT", 5: "IIT",
                  6: "EIT", 7: "EIT", 8: "EIT", 9: "OIT", 10: "OIT"}
INDICATOR_NAMES = {
    1: "การปฏิบัติหน้าที่", 2: "การใช้งบประมาณ", 3: "การใช้อำนาจ",
    4: "การใช้ทรัพย์สินของราชการ", 5: "การแก้ไขปัญหาการทุจริต", 6: "คุณภาพการดำเนินงาน",
    7: "ประสิทธิภาพการสื่อสาร", 8: "การปรับปรุงการทำงาน", 9: "การเปิดเผยข้อมูล",
    10: "การป้องกันการทุจริต",
}
PREFIX_TOOL = {"i": "IIT", "e": "EIT", "o": "OIT"}
THEMES = {
    1: ("กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ", [1, 6]),
    2: ("การให้บริการและระบบ E-Service", [8]),
    3: ("ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ", [7, 9]),
    4: ("กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ", [4]),
    5: ("กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง", [2]),
    6: ("กระบวนการควบคุม ตรวจสอบการใช้อำนาจ และการบริหารงานบุคคล", [3]),
    7: ("กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน", [5, 10]),
}
OLD_BANDS = [("AA", 95), ("A", 85), ("B", 75), ("C", 65), ("D", 55), ("E", 50), ("F", 0)]
NEW_BANDS = [("ผ่านดีเยี่ยม", 95, 95), ("ผ่านดี", 85, 85), ("ผ่าน", 85, None), ("ไม่ผ่าน", 0, None)]

# 2568's OIT groups as listed in domain.md: group -> (indicator, first o, last o)
GROUPS_2568 = {"9.1": (9, 1, 4), "9.2": (9, 5, 11), "9.3": (9, 12, 13), "9.4": (9, 14, 16),
               "9.5": (9, 17, 20), "10.1": (10, 21, 24), "10.2": (10, 25, 28)}

# Per year: how many i, e, o items; whether EIT items are dual; the level bands; group layout.
EXPECTED = {
    # Indicator-level years: the ten indicators and that year's bands, no item wording.
    2564: {"i": 0, "e": 0, "o": 0, "dual": False, "bands": "old", "groups": None},
    2565: {"i": 0, "e": 0, "o": 0, "dual": False, "bands": "old", "groups": None},
    2566: {"i": 30, "e": 15, "o": 43, "dual": False, "bands": "old", "groups": None},
    2567: {"i": 15, "e": 9, "o": 35, "dual": False, "bands": "new", "groups": None},
    2568: {"i": 15, "e": 9, "o": 28, "dual": True, "bands": "new", "groups": GROUPS_2568},
    2569: {"i": 15, "e": 9, "o": 28, "dual": True, "bands": "new", "groups": GROUPS_2568},
}
# Items whose wording must name what the domain says they are.
KEY_ITEMS = {
    2566: {"o42": "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "o43": "การดำเนินการตามมาตรการ"},
    2567: {"o34": "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "o35": "รายงานผล"},
    2568: {"o27": "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "o28": "รายงานผล"},
    2569: {"o27": "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "o28": "รายงานผล"},
}


def _blank(value) -> bool:
    return not isinstance(value, str) or not value.strip()


def _code_number(code: str, prefix: str):
    rest = code[len(prefix):]
    return int(rest) if code.startswith(prefix) and rest.isdigit() and rest.isascii() else None


def catalogue_problems(cat: dict, year: int) -> list[str]:
    """Every way `cat` (the catalogue for fiscal year `year`) breaks the format or the domain."""
    p: list[str] = []
    if cat.get("format") != "ita-catalogue":
        p.append(f"format is {cat.get('format')!r}")
    if cat.get("format_version") != 1:
        p.append(f"format_version is {cat.get('format_version')!r}")
    if cat.get("code") != f"ITA-{year}":
        p.append(f"code is {cat.get('code')!r}")
    if cat.get("fiscal_year") != year:
        p.append(f"fiscal_year is {cat.get('fiscal_year')!r}")
    for key in ("title", "source"):
        if _blank(cat.get(key)):
            p.append(f"{key} is empty")
    if not isinstance(cat.get("provisional"), bool):
        p.append("provisional is not true/false")
    if year == 2569:
        if cat.get("provisional") is not True:
            p.append("2569 must be provisional")
        if "2568" not in str(cat.get("source")) and "๒๕๖๘" not in str(cat.get("source")):
            p.append("2569 source must say it is based on 2568")
    elif cat.get("provisional") is not False:
        p.append(f"{year} must not be provisional")

    # tools
    tools = cat.get("tools") or []
    codes = [t.get("code") for t in tools]
    if sorted(codes) != sorted(TOOLS) or len(codes) != 3:
        p.append(f"tools are {codes}")
    for t in tools:
        if t.get("code") in TOOLS and abs(float(t.get("weight", -1)) - TOOLS[t["code"]]) > 1e-9:
            p.append(f"tool {t.get('code')} weight is {t.get('weight')}")
        if _blank(t.get("name")):
            p.append(f"tool {t.get('code')} has no name")
    if abs(sum(float(t.get("weight", 0)) for t in tools) - 1.0) > 1e-9:
        p.append("tool weights do not sum to 1.0")

    # indicators
    indicators = cat.get("indicators") or []
    numbers = [i.get("number") for i in indicators]
    if numbers != list(range(1, 11)):
        p.append(f"indicators are numbered {numbers}, not 1..10")
    ind_tool = {}
    for ind in indicators:
        n = ind.get("number")
        ind_tool[n] = ind.get("tool")
        if INDICATOR_TOOL.get(n) != ind.get("tool"):
            p.append(f"indicator {n} has tool {ind.get('tool')!r}")
        if INDICATOR_NAMES.get(n) != ind.get("name"):
            p.append(f"indicator {n} is named {ind.get('name')!r}")

    # groups
    groups = cat.get("groups") or []
    group_ind = {}
    for g in groups:
        code = g.get("code")
        if code in group_ind:
            p.append(f"group {code} appears twice")
        group_ind[code] = g.get("indicator")
        if g.get("indicator") not in ind_tool:
            p.append(f"group {code} names unknown indicator {g.get('indicator')!r}")
        elif ind_tool[g["indicator"]] != "OIT":
            p.append(f"group {code} belongs to a non-OIT indicator")
        if _blank(code) or not str(code).startswith(f"{g.get('indicator')}."):
            p.append(f"group code {code!r} does not start with its indicator number")
        if _blank(g.get("name")):
            p.append(f"group {code} has no name")

    # items
    items = cat.get("items") or []
    seen = set()
    by_prefix: dict[str, list[int]] = {"i": [], "e": [], "o": []}
    for item in items:
        code = item.get("code") or ""
        if code in seen:
            p.append(f"item code {code} appears twice")
        seen.add(code)
        prefix = code[:1]
        number = _code_number(code, prefix)
        if prefix not in PREFIX_TOOL or number is None:
            p.append(f"item code {code!r} is not i/e/o followed by Arabic digits")
            continue
        by_prefix[prefix].append(number)
        ind = item.get("indicator")
        if ind not in ind_tool:
            p.append(f"item {code} names unknown indicator {ind!r}")
        elif ind_tool[ind] != PREFIX_TOOL[prefix]:
            p.append(f"item {code} is on indicator {ind}, which is not {PREFIX_TOOL[prefix]}")
        if "group" in item:
            if item["group"] not in group_ind:
                p.append(f"item {code} names unknown group {item['group']!r}")
            elif group_ind[item["group"]] != ind:
                p.append(f"item {code}: group {item['group']} is not on indicator {ind}")
        if _blank(item.get("text")):
            p.append(f"item {code} has no text")
        if "dual" in item and not isinstance(item["dual"], bool):
            p.append(f"item {code}: dual is not true/false")
        if item.get("dual") and prefix != "e":
            p.append(f"item {code} is dual but not an EIT item")

    # item counts and order, per year
    exp = EXPECTED.get(year)
    if exp is None:
        p.append(f"no expectations for year {year}")
    else:
        for prefix in "ieo":
            if by_prefix[prefix] != list(range(1, exp[prefix] + 1)):
                p.append(f"{prefix}-items are {prefix}{by_prefix[prefix][:1]}.. "
                         f"({len(by_prefix[prefix])}), expected {prefix}1..{prefix}{exp[prefix]} in order")
        order = [(item.get("code") or "?")[:1] for item in items]
        if order != sorted(order, key="ieo".find):
            p.append("items are not listed IIT, then EIT, then OIT")
        for item in items:
            code = item.get("code") or ""
            if code.startswith("e") and bool(item.get("dual")) != exp["dual"]:
                p.append(f"item {code}: dual should be {exp['dual']}")
        if exp["groups"] is not None:
            if sorted(group_ind) != sorted(exp["groups"]):
                p.append(f"groups are {sorted(group_ind)}, expected {sorted(exp['groups'])}")
            for item in items:
                n = _code_number(item.get("code") or "", "o")
                if n is None:
                    continue
                want = [g for g, (_, lo, hi) in exp["groups"].items() if lo <= n <= hi]
                if [item.get("group")] != want:
                    p.append(f"item o{n} is in group {item.get('group')!r}, expected {want}")
            for g, (ind, _, _) in exp["groups"].items():
                if g in group_ind and group_ind[g] != ind:
                    p.append(f"group {g} is on indicator {group_ind[g]}, expected {ind}")
        # an indicator with groups is scored from its groups, so all its items need one
        for item in items:
            ind = item.get("indicator")
            if ind in group_ind.values() and "group" not in item:
                p.append(f"item {item.get('code')} has no group though indicator {ind} has groups")
        by_code = {item.get("code"): item for item in items}
        for code, words in KEY_ITEMS.get(year, {}).items():
            if words not in str(by_code.get(code, {}).get("text")):
                p.append(f"item {code} should mention {words!r}")
        indicator_level = not any(exp[k] for k in "ieo")
        for ind in range(1, 11):
            if items and not any(item.get("indicator") == ind for item in items):
                p.append(f"indicator {ind} has no items")
        if indicator_level and (items or groups):
            p.append("an indicator-level year lists items or groups")
        if not indicator_level and not items:
            p.append("no items")

    # level rule
    rule = cat.get("level_rule") or {}
    if rule.get("kind") != "bands":
        p.append(f"level_rule kind is {rule.get('kind')!r}")
    bands = rule.get("bands") or []
    mins = [b.get("overall_min") for b in bands]
    if not bands or any(not isinstance(m, (int, float)) for m in mins):
        p.append(f"band minimums are {mins}")
    else:
        if any(a < b for a, b in zip(mins, mins[1:])):
            p.append(f"bands are not ordered from highest to lowest: {mins}")
        if mins[-1] != 0 or "indicator_min" in bands[-1]:
            p.append("the last band is not a catch-all (overall_min 0, no indicator_min)")
        for a, b in zip(bands, bands[1:]):
            key_a = (a.get("overall_min"), a.get("indicator_min") or 0)
            key_b = (b.get("overall_min"), b.get("indicator_min") or 0)
            if key_a <= key_b:
                p.append(f"band {b.get('label')!r} can never be reached after {a.get('label')!r}")
    labels = [b.get("label") for b in bands]
    if len(set(labels)) != len(labels) or any(_blank(x) for x in labels):
        p.append(f"band labels are {labels}")
    if exp is not None:
        if exp["bands"] == "old":
            want = [{"label": l, "overall_min": m} for l, m in OLD_BANDS]
        else:
            want = [{"label": l, "overall_min": m, **({"indicator_min": i} if i is not None else {})}
                    for l, m, i in NEW_BANDS]
        if bands != want:
            p.append(f"bands are {bands}, expected {want}")

    # themes
    themes = cat.get("themes") or []
    got = {t.get("number"): (t.get("name"), t.get("indicators")) for t in themes}
    if len(themes) != 7 or got != THEMES:
        p.append(f"themes are {got}")
    covered = sorted(i for t in themes for i in (t.get("indicators") or []))
    if covered != list(range(1, 11)):
        p.append(f"themes cover indicators {covered}, not each of 1..10 once")
    return p


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _year(path: Path) -> int:
    return int(path.stem.split("-", 1)[1])


def test_every_expected_year_is_shipped():
    assert sorted(_year(f) for f in CATALOGUE_FILES) == sorted(EXPECTED)


@pytest.mark.parametrize("path", CATALOGUE_FILES, ids=lambda f: f.name)
def test_catalogue_file_is_valid(path):
    assert catalogue_problems(_load(path), _year(path)) == []


@pytest.mark.parametrize("path", CATALOGUE_FILES, ids=lambda f: f.name)
def test_catalogue_file_is_readable_thai_json(path):
    raw = path.read_text(encoding="utf-8")
    assert "\\u0e" not in raw.lower(), "Thai text is escaped; write with ensure_ascii=False"
    assert raw.startswith("{\n") and raw.endswith("}\n")
    json.loads(raw)


def test_2568_item_wording_from_seed():
    cat = _load(CATALOGUE_DIR / "ita-2568.json")
    texts = {item["code"]: item["text"] for item in cat["items"]}
    assert texts["i2"].startswith("เจ้าหน้าที่ในหน่วยงานของท่าน มีการเลือกปฏิบัติ")
    assert texts["e9"] == "หน่วยงานมีการพัฒนาการให้บริการผ่านช่องทางออนไลน์ให้สะดวก รวดเร็ว และมีประสิทธิภาพ"
    assert texts["o10"] == "E-Service"
    assert texts["o27"] == "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"


def test_2569_is_2568_apart_from_year_references():
    a, b = _load(CATALOGUE_DIR / "ita-2568.json"), _load(CATALOGUE_DIR / "ita-2569.json")
    assert [i["code"] for i in a["items"]] == [i["code"] for i in b["items"]]
    assert a["groups"] == b["groups"]
    assert [i for i in a["items"] if i["code"][0] != "o"] == [i for i in b["items"] if i["code"][0] != "o"]


# ---- the rules can fail: break a valid catalogue in one way at a time --------------------------

def _set(path, value):
    def change(cat):
        *head, last = path
        target = cat
        for key in head:
            target = target[key]
        target[last] = value
    return change


def _drop_item(code):
    return lambda cat: cat["items"].remove(next(i for i in cat["items"] if i["code"] == code))


def _dup_item(code):
    return lambda cat: cat["items"].append(dict(next(i for i in cat["items"] if i["code"] == code)))


def _item(code, key, value):
    def change(cat):
        next(i for i in cat["items"] if i["code"] == code)[key] = value
    return change


def _del_item_key(code, key):
    return lambda cat: next(i for i in cat["items"] if i["code"] == code).pop(key)


MUTATIONS = {
    "wrong format": _set(["format"], "other"),
    "wrong version": _set(["format_version"], 2),
    "wrong code": _set(["code"], "ITA-2500"),
    "empty source": _set(["source"], " "),
    "provisional 2568": _set(["provisional"], True),
    "weights off": _set(["tools", 2, "weight"], 0.5),
    "two tools": lambda cat: cat["tools"].pop(),
    "indicator on wrong tool": _set(["indicators", 5, "tool"], "IIT"),
    "garbled indicator name": _set(["indicators", 0, "name"], "การใช้จ่าย"),
    "nine indicators": lambda cat: cat["indicators"].pop(),
    "item on unknown indicator": _item("i1", "indicator", 11),
    "IIT item on EIT indicator": _item("i1", "indicator", 6),
    "unknown group": _item("o1", "group", "9.9"),
    "group of other indicator": _item("o1", "group", "10.1"),
    "OIT item without group": _del_item_key("o5", "group"),
    "group on IIT indicator": _set(["groups", 0, "indicator"], 1),
    "duplicate code": _dup_item("e3"),
    "missing item": _drop_item("o28"),
    "Thai digit code": _item("i13", "code", "i๑๓"),
    "empty text": _item("e2", "text", ""),
    "EIT item not dual": _del_item_key("e4", "dual"),
    "IIT item dual": _item("i4", "dual", True),
    "bands out of order": lambda cat: cat["level_rule"]["bands"].reverse(),
    "no catch-all band": lambda cat: cat["level_rule"]["bands"].pop(),
    "floor rule dropped": lambda cat: cat["level_rule"]["bands"][0].pop("indicator_min"),
    "six themes": lambda cat: cat["themes"].pop(),
    "theme on wrong indicator": _set(["themes", 1, "indicators"], [7]),
}


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_validator_catches_a_broken_catalogue(name):
    cat = _load(CATALOGUE_DIR / "ita-2568.json")
    assert catalogue_problems(cat, 2568) == []
    MUTATIONS[name](cat)
    assert catalogue_problems(cat, 2568), f"'{name}' was not detected"


def test_validator_catches_2566_rules():
    cat = _load(CATALOGUE_DIR / "ita-2566.json")
    assert catalogue_problems(cat, 2566) == []
    cat["level_rule"]["bands"][0]["indicator_min"] = 95
    assert catalogue_problems(cat, 2566)
    cat = _load(CATALOGUE_DIR / "ita-2566.json")
    cat["items"] = [i for i in cat["items"] if i["code"] != "o43"]
    assert catalogue_problems(cat, 2566)
    assert catalogue_problems(_load(CATALOGUE_DIR / "ita-2566.json"), 2567)
