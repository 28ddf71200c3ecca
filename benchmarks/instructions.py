"""Work per article as an instruction count, the speed figure a noisy machine cannot blur.

    python -m benchmarks.instructions [N]      # default 200 articles of the benchmark corpus

Runs the extractor under valgrind's cachegrind (no cache simulation) twice: one pass over N
synthetic articles, then two passes. The difference is one steady-state pass (rules loaded,
caches warm); the script prints it in instructions and per article. Wall-clock throughput on
this 2-core machine moves by 15 to 30 % between windows; this count moves by well under 1 %.
Needs `valgrind` on the PATH (Debian: `apt-get install valgrind`).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _passes(n: int, passes: int) -> None:
    """In this process: extract the first `n` articles of the benchmark corpus `passes` times."""
    from .bench import _extract_one, _load_extract
    from .corpus import make_corpus

    extract = _load_extract()
    corpus = make_corpus(n, "2024")
    for _ in range(passes):
        for article in corpus:
            _extract_one(extract, article)


def _count(n: int, passes: int) -> int:
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
           sys.executable, "-m", "benchmarks.instructions", "--run", str(n), str(passes)]
    env = dict(os.environ, PYTHONHASHSEED="0")
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stderr
    m = _REFS.search(out)
    if m is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{out[-2000:]}")
    return int(m.group(1).replace(",", ""))


def main(argv: list[str]) -> int:
    if argv[:1] == ["--run"]:
        _passes(int(argv[1]), int(argv[2]))
        return 0
    n = int(argv[0]) if argv else 200
    if shutil.which("valgrind") is None:
        print("benchmarks.instructions: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    one, two = _count(n, 1), _count(n, 2)
    steady = two - one
    print(f"articles            {n}")
    print(f"one pass, cold      {one / 1e9:.3f} G instructions")
    print(f"one pass, steady    {steady / 1e9:.3f} G instructions")
    print(f"per article         {steady / n / 1e6:.2f} M instructions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
