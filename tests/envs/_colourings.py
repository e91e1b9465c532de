"""Exhaustive colouring helpers for the colouring environments' tests: every partition of the
vertices into colour classes, as restricted growth strings (vertex 0 gets colour 0, each next
vertex an old colour or the next new one)."""

from __future__ import annotations

from collections import Counter


def all_colourings(n):
    colors = [0] * n

    def extend(v, top):
        if v == n:
            yield list(colors)
            return
        for c in range(top + 2):
            colors[v] = c
            yield from extend(v + 1, max(top, c))

    if n == 0:
        yield []
        return
    yield from extend(1, 0)


def is_proper(colors, edges):
    return all(colors[u] != colors[v] for u, v in edges)


def is_complete(colors, edges):
    k = len(set(colors))
    pairs = {tuple(sorted((colors[u], colors[v]))) for u, v in edges}
    return len(pairs) == k * (k - 1) // 2


def is_harmonious(colors, edges):
    pairs = Counter(tuple(sorted((colors[u], colors[v]))) for u, v in edges)
    return all(c == 1 for c in pairs.values())


def non_positive_colour_verdict(env, problem, bad):
    """The verdict on the reference colouring with its first colour replaced by ``bad`` (a
    non-positive token such as "0" or "-1"): the colouring prompts ask for positive integers."""
    colours = problem.answer.split()
    colours[0] = bad
    return env.verify(problem, "<answer>" + " ".join(colours) + "</answer>")
