"""Exhaustive subset helpers for the vertex-set environments' tests."""

from __future__ import annotations

import itertools


def all_subsets(n):
    for size in range(n + 1):
        yield from itertools.combinations(range(n), size)


def is_cover(subset, edges):
    chosen = set(subset)
    return all(u in chosen or v in chosen for u, v in edges)


def is_dominating(subset, n, edges):
    dominated = set(subset)
    for u, v in edges:
        if u in subset or v in subset:
            dominated |= {u, v}
    return len(dominated) == n
