"""Benchmark: the program against other typesetters on the same Thai table, as whole processes.

    .venv/bin/python benchmarks/bench_peers.py [--rounds 7] [--peers ours,typst,...]

The table: 36 rows × 7 columns of the seeds' measure and result texts (benchmarks/bench_typeset.py's
rows), A4 landscape, Sarabun at the documents' table size, header repeated on every page. Each peer
is a script in benchmarks/peers/ run as its own process (imports, font loading and writing the PDF
included, as an officer waits for them):

- ours: the program's typesetter (app.typeset ThaiTable on ReportLab);
- reportlab: ReportLab's Paragraph(shaping=1) in a Table(splitInRow=1);
- typst: Typst 0.15 through its Python package;
- weasyprint: WeasyPrint 70 (HTML table, Pango);
- libreoffice: LibreOffice converting the same table from a DOCX (when soffice is installed; the
  DOCX is made before the clock starts, the profile is warmed once).

Typst and WeasyPrint are installed by this script into build/bench-peers (pins in
benchmarks/requirements-peers.txt), never into the program's environment. Rounds are interleaved
(each round runs every peer once, in a rotating order) and each ratio is the median over rounds of
peer/ours in that round, for wall time and for CPU time (the process and its children). Beside the
times: each PDF's Thai text quality from ../shared/tools/thai_pdf_check.py --strict (every cell is
an expected text): found/expected, pua, split_am, inword, midword, cluster.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
PEERS_DIR = ROOT / "build" / "bench-peers"
REQUIREMENTS = BENCH / "requirements-peers.txt"
# ../shared/tools/thai_pdf_check.py beside the checkout (or beside a parent folder of a worktree)
CHECK = next((p / "shared" / "tools" / "thai_pdf_check.py" for p in ROOT.parents
              if (p / "shared" / "tools" / "thai_pdf_check.py").exists()), None)
QUALITY = ("pua", "split_am", "inword", "midword", "cluster")


def ensure_peers() -> None:
    """Install the peers' packages into build/bench-peers unless the same pins are there."""
    stamp = PEERS_DIR / ".requirements.sha256"
    digest = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    shutil.rmtree(PEERS_DIR, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--target", str(PEERS_DIR),
                    "-r", str(REQUIREMENTS)], check=True)
    stamp.write_text(digest)


ROWS = 36


def table_rows() -> list[list[str]]:
    """The header and 36 rows of seven seed texts (bench_typeset.py's cells, repeated in order
    when the seeds hold fewer)."""
    sys.path.insert(0, str(BENCH))
    sys.path.insert(0, str(ROOT))
    from bench_typeset import HEADER, rows

    cells = [c for r in rows() for c in r]
    return [HEADER] + [[cells[(r * 7 + c) % len(cells)] for c in range(7)] for r in range(ROWS)]


def fontconfig(tmp: Path) -> Path:
    """A fontconfig file that adds the bundled Sarabun to the system fonts (LibreOffice, Pango)."""
    conf = tmp / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f'<dir>{ROOT / "resources" / "fonts"}</dir><cachedir>{tmp / "fc-cache"}</cachedir></fontconfig>',
        encoding="utf-8")
    return conf


class Peer:
    def __init__(self, name: str, argv: list[str], out: Path, env: dict):
        self.name, self.argv, self.out, self.env = name, argv, out, env
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def run(self) -> None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        done = subprocess.run(self.argv, env=self.env, capture_output=True, text=True)
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0 or not self.out.exists():
            raise SystemExit(f"{self.name} failed:\n{done.stderr[-2000:]}")
        self.wall.append(wall)
        self.cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)


def make_peers(names: list[str], tmp: Path, rows_json: Path) -> list[Peer]:
    py = sys.executable
    base = dict(os.environ, ITA_DESK_DATA=str(tmp / "data"), FONTCONFIG_FILE=str(fontconfig(tmp)))
    with_peers = dict(base, PYTHONPATH=str(PEERS_DIR))
    peers = []
    for name in names:
        out = tmp / f"{name}.pdf"
        script = {"ours": "ours.py", "reportlab": "reportlab_shaping.py", "typst": "typst_table.py",
                  "weasyprint": "weasyprint_table.py"}.get(name)
        if script:
            env = with_peers if name in ("typst", "weasyprint") else base
            peers.append(Peer(name, [py, str(BENCH / "peers" / script), str(rows_json), str(out)], out, env))
        elif name == "libreoffice":
            soffice = shutil.which("soffice")
            if soffice is None:
                print("libreoffice: soffice not installed, left out")
                continue
            docx = tmp / "libreoffice.docx"
            subprocess.run([py, str(BENCH / "peers" / "libreoffice_docx.py"), str(rows_json), str(docx)],
                           check=True, env=base)
            argv = [soffice, f"-env:UserInstallation={(tmp / 'lo-profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp), str(docx)]
            peer = Peer(name, argv, out, base)
            peer.run()   # the first start creates the profile: not timed
            peer.wall.clear()
            peer.cpu.clear()
            peers.append(peer)
        else:
            raise SystemExit(f"unknown peer {name}")
    return peers


def quality(pdf: Path, expect: Path) -> dict:
    if CHECK is None:
        return {"error": "shared/tools/thai_pdf_check.py not found"}
    done = subprocess.run([sys.executable, str(CHECK), str(pdf), "--expect", str(expect), "--strict", "--json"],
                          capture_output=True, text=True)
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError:
        return {"error": (done.stderr or done.stdout)[-300:]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--peers", default="ours,typst,reportlab,weasyprint,libreoffice")
    args = parser.parse_args()
    names = args.peers.split(",")
    if "ours" not in names:
        names.insert(0, "ours")
    if {"typst", "weasyprint"} & set(names):
        ensure_peers()
    tmp = Path(tempfile.mkdtemp(prefix="ita-bench-peers-"))
    try:
        rows = table_rows()
        rows_json = tmp / "rows.json"
        rows_json.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        expect = tmp / "expect.json"
        expect.write_text(json.dumps([c for r in rows for c in r if c.strip()], ensure_ascii=False), encoding="utf-8")
        peers = make_peers(names, tmp, rows_json)
        for r in range(args.rounds):
            k = r % len(peers)
            for p in peers[k:] + peers[:k]:
                p.run()
        ours = peers[0]
        print(f"table: {len(rows) - 1} rows × {len(rows[0])} columns; {args.rounds} interleaved rounds; "
              f"ratio = median over rounds of peer time / ours (above 1: ours is faster)")
        head = (f"{'peer':<12}{'pages':>6}{'wall s':>8}{'cpu s':>8}{'wall ×':>8}{'cpu ×':>8}   "
                f"{'found':>9}" + "".join(f"{q:>10}" for q in QUALITY))
        print(head)
        for p in peers:
            q = quality(p.out, expect)
            wall_ratio = statistics.median(a / b for a, b in zip(p.wall, ours.wall))
            cpu_ratio = statistics.median(a / b for a, b in zip(p.cpu, ours.cpu))
            found = f"{q.get('found', '?')}/{q.get('expected', '?')}"
            print(f"{p.name:<12}{q.get('pages', '?'):>6}{statistics.median(p.wall):>8.2f}"
                  f"{statistics.median(p.cpu):>8.2f}{wall_ratio:>8.2f}{cpu_ratio:>8.2f}   {found:>9}"
                  + "".join(f"{q.get(k, '?')!s:>10}" for k in QUALITY) + (f"  {q['error']}" if "error" in q else ""))
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
