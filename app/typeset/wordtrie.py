"""The word-break dictionary as nested plain dicts, cached on disk with ``marshal``.

pythainlp's ``Trie`` holds one slotted ``Node`` object per letter of its ~62,000 words; loading a
pickled one rebuilds each node through ``copyreg`` and took about 1 s of a report process (more
than the imports of ReportLab). The same tree as nested dicts — a letter maps to the next node, and
the key ``END`` ("": no letter is empty) marks where a word ends — loads from ``marshal`` in a
fraction of that. ``DictTrie`` answers what newmm asks of a dictionary (``prefixes``, membership,
size, iteration) exactly as ``Trie`` does, so the lines break where they did.
"""
from __future__ import annotations

import marshal
from typing import Iterable, Iterator

from pythainlp.util import Trie

END = ""  # a node's key for "a word ends here"
FORMAT = 1  # bumped when the cached layout changes


class DictTrie(Trie):
    """A ``Trie`` over nested dicts (see the module docstring), read-only: ``add`` and ``remove``
    are not for it."""

    def __init__(self, root: dict, count: int) -> None:  # Trie.__init__ is not called: no nodes
        self._root = root
        self._word_count = count

    @classmethod
    def from_words(cls, words: Iterable[str]) -> DictTrie:
        """As ``Trie(words)``: each word stripped; a repeated word counts once."""
        root: dict = {}
        count = 0
        for word in words:
            node = root
            for ch in word.strip():
                node = node.setdefault(ch, {})
            if END not in node:
                node[END] = 1
                count += 1
        return cls(root, count)

    @classmethod
    def loads(cls, data: bytes) -> DictTrie:
        fmt, count, root = marshal.loads(data)
        if fmt != FORMAT:
            raise ValueError("another cache layout")
        return cls(root, count)

    def dumps(self) -> bytes:
        return marshal.dumps((FORMAT, self._word_count, self._root))

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        res = []
        node = self._root
        i = start
        n = len(text)
        while i < n:
            node = node.get(text[i])
            if node is None:
                break
            i += 1
            if END in node:
                res.append(text[start:i])
        return res

    def __contains__(self, key: str) -> bool:
        node = self._root
        for ch in key:
            node = node.get(ch)
            if node is None:
                return False
        return END in node

    def __iter__(self) -> Iterator[str]:
        def walk(node: dict, prefix: list[str]) -> Iterator[str]:
            if END in node:  # a word before the longer ones it begins, as Trie does
                yield "".join(prefix)
            for ch, child in node.items():
                if ch != END:
                    prefix.append(ch)
                    yield from walk(child, prefix)
                    prefix.pop()

        yield from walk(self._root, [])

    def __len__(self) -> int:
        return self._word_count
