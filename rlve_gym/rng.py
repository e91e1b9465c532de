"""Stable, process-independent seeding.

Every problem gets its own ``random.Random`` built from a hash of (environment name, version,
difficulty, seed). Nothing here touches the global ``random`` or ``numpy.random`` state, so
problems never depend on each other or on anything else running in the process, and
``PYTHONHASHSEED`` plays no part.
"""

from __future__ import annotations

import hashlib
import random

import numpy as np


def stable_hash(*parts: object) -> int:
    """A 64-bit hash of the parts' ``repr``-free string forms, identical in every process."""
    text = "\x1f".join(str(p) for p in parts)
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")


def problem_rng(env_name: str, version: int, difficulty: int, seed: int) -> random.Random:
    """The local generator an environment draws one problem from."""
    return random.Random(stable_hash("rlve", env_name, version, difficulty, seed))


def numpy_rng(rng: random.Random) -> np.random.Generator:
    """A numpy Generator derived from ``rng``, for vectorised sampling inside a generator."""
    return np.random.Generator(np.random.PCG64(rng.getrandbits(128)))
