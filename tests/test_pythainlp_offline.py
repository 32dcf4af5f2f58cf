"""pythainlp stays offline, read-only and inside our data folder."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import json, os
import app  # must come first: it pins pythainlp's settings
from pythainlp.tokenize import word_tokenize
from pythainlp.tools import get_pythainlp_data_path, is_offline_mode, is_read_only_mode
words = word_tokenize("การประเมินคุณธรรมและความโปร่งใส", engine="newmm")
print(json.dumps({"words": words, "data": get_pythainlp_data_path(),
                  "offline": is_offline_mode(), "read_only": is_read_only_mode()}, ensure_ascii=False))
"""


def test_pythainlp_is_pinned_offline_and_read_only(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "itadata"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHAINLP")}
    env.update(HOME=str(home), ITA_DESK_DATA=str(data), PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["words"][:2] == ["การประเมิน", "คุณธรรม"]
    assert result["offline"] and result["read_only"]
    assert Path(result["data"]).resolve().is_relative_to(data.resolve())
    assert list(home.iterdir()) == []  # nothing written to the user's home
