"""One script per typesetter for benchmarks/bench_peers.py: each is run as a whole process that
reads the same table (``rows.json``: header row first) and writes ``out.pdf``."""
