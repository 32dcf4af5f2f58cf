"""Typed reading of untrusted JSON with error messages that name the field's path in Thai.

Import must say exactly what is wrong and where ("assessments[0].item_scores[3].score: …"),
and must stop before anything is written; every accessor here raises ExchangeError.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from app import limits
from app.errors import InputError
from app.thai.dates import BE_OFFSET

# Dates of the fiscal years the files hold (BE 2500–2700), in the Gregorian years the file uses.
DATE_YEARS = (2500 - BE_OFFSET - 1, 2700 - BE_OFFSET)


class ExchangeError(InputError):
    """A problem in an exchange file; ``str()`` is the Thai message for the user."""


class Node:
    """A JSON value and its path from the document root."""

    def __init__(self, value: Any, path: str = "") -> None:
        self.value = value
        self.path = path or "(ราก)"

    def _fail(self, key: str, why: str) -> ExchangeError:
        where = f"{self.path}.{key}" if key else self.path
        return ExchangeError(f"ช่อง {where}: {why}")

    def _child_path(self, key: str | int) -> str:
        base = "" if self.path == "(ราก)" else self.path
        return f"{base}[{key}]" if isinstance(key, int) else (f"{base}.{key}" if base else key)

    def obj(self, key: str, required: bool = True) -> Node | None:
        raw = self._get(key, required)
        if raw is None:
            return None
        if not isinstance(raw, dict):
            raise self._fail(key, "ต้องเป็นวัตถุ (object)")
        return Node(raw, self._child_path(key))

    def list(self, key: str, required: bool = False) -> list[Node]:
        raw = self._get(key, required)
        if raw is None:
            return []
        if not isinstance(raw, list):
            raise self._fail(key, "ต้องเป็นรายการ (list)")
        if len(raw) > limits.EXCHANGE_MAX_ITEMS:
            raise self._fail(key, f"มี {len(raw):,} รายการ เกินที่รับได้ {limits.EXCHANGE_MAX_ITEMS:,} รายการ")
        path = self._child_path(key)
        return [Node(v, f"{path}[{i}]") for i, v in enumerate(raw)]

    def str(self, key: str, required: bool = False, default: str = "", max_len: int | None = None) -> str:
        """A string field, at most ``max_len`` characters (default: the field's limit in
        ``app.limits``, the same the editors and the database enforce)."""
        raw = self._get(key, required)
        if raw is None:
            return default
        if not isinstance(raw, str):
            raise self._fail(key, "ต้องเป็นข้อความ")
        if required and not raw.strip():
            raise self._fail(key, "ต้องไม่ว่าง")
        limit = max_len if max_len is not None else limits.text_limit(key)
        if len(raw) > limit:
            raise ExchangeError(limits.too_long_message(key, len(raw), limit, self._child_path(key)))
        return raw

    def opt_str(self, key: str) -> str | None:
        raw = self._get(key, False)
        if raw is None:
            return None
        return self.str(key)

    def str_list(self, key: str, max_len: int = limits.NAME_TEXT) -> list[str]:
        out = []
        nodes = self.list(key)
        if len(nodes) > limits.LIST_ITEMS:
            raise self._fail(key, f"มี {len(nodes):,} รายการ เกินที่รับได้ {limits.LIST_ITEMS:,} รายการ")
        for node in nodes:
            if not isinstance(node.value, str):
                raise ExchangeError(f"ช่อง {node.path}: ต้องเป็นข้อความ")
            if len(node.value) > max_len:
                raise ExchangeError(limits.too_long_message(key, len(node.value), max_len, node.path))
            out.append(node.value)
        return out

    def int(self, key: str, required: bool = False, choices: tuple[int, ...] | None = None,
            low: int | None = None, high: int | None = None) -> int | None:
        raw = self._get(key, required)
        if raw is None:
            return None
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise self._fail(key, f"ต้องเป็นจำนวนเต็ม ไม่ใช่ {raw!r}")
        if choices is not None and raw not in choices:
            raise self._fail(key, f"ต้องเป็นค่าใดค่าหนึ่งใน {', '.join(map(str, choices))} ไม่ใช่ {raw}")
        if (low is not None and raw < low) or (high is not None and raw > high):
            raise self._fail(key, f"ต้องอยู่ระหว่าง {low} ถึง {high} ไม่ใช่ {raw}")
        return raw

    def score(self, key: str) -> float | None:
        raw = self._get(key, False)
        if raw is None:
            return None
        if isinstance(raw, bool) or not isinstance(raw, (int, float)):
            raise self._fail(key, f"คะแนนต้องเป็นตัวเลข ไม่ใช่ {raw!r}")
        if not 0 <= raw <= 100:
            raise self._fail(key, f"คะแนนต้องอยู่ระหว่าง ๐ ถึง ๑๐๐ ไม่ใช่ {raw}")
        return float(raw)

    def bool(self, key: str, default: bool) -> bool:
        raw = self._get(key, False)
        if raw is None:
            return default
        if not isinstance(raw, bool):
            raise self._fail(key, "ต้องเป็น true หรือ false")
        return raw

    def date(self, key: str) -> dt.date | None:
        raw = self._get(key, False)
        if raw is None or raw == "":
            return None
        if not isinstance(raw, str):
            raise self._fail(key, "วันที่ต้องเป็นข้อความรูปแบบ YYYY-MM-DD")
        try:
            value = dt.date.fromisoformat(raw)
        except ValueError:
            raise self._fail(key, f"วันที่ “{raw}” ไม่ถูกต้อง (ต้องเป็น YYYY-MM-DD)") from None
        if DATE_YEARS[0] <= value.year - BE_OFFSET <= DATE_YEARS[1]:  # "2568-11-14": a BE year typed in
            raise self._fail(key, f"วันที่ “{raw}” ใช้ปี พ.ศ. วันที่ในไฟล์ต้องเป็นปี ค.ศ. "
                                  f"(เช่น {value.replace(year=value.year - BE_OFFSET).isoformat()})")
        if not DATE_YEARS[0] <= value.year <= DATE_YEARS[1]:
            raise self._fail(key, f"วันที่ “{raw}” อยู่นอกช่วงปี ค.ศ. {DATE_YEARS[0]}–{DATE_YEARS[1]}")
        return value

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        raw = self.str(key, default=default)
        if raw not in choices:
            raise self._fail(key, f"ต้องเป็นค่าใดค่าหนึ่งใน {', '.join(choices)} ไม่ใช่ “{raw}”")
        return raw

    def fail(self, key: str, why: str) -> ExchangeError:
        return self._fail(key, why)

    def _get(self, key: str, required: bool) -> Any:
        if not isinstance(self.value, dict):
            raise ExchangeError(f"ช่อง {self.path}: ต้องเป็นวัตถุ (object)")
        if key not in self.value or self.value[key] is None:
            if required:
                raise self._fail(key, "ขาดข้อมูลที่จำเป็น")
            return None
        return self.value[key]
