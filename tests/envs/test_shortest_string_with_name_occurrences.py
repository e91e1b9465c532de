"""ShortestStringWithNameOccurrences: the (min, +) matrix power against a letter-by-letter
automaton search and, for tiny cases, against trying every string."""

from __future__ import annotations

import itertools
import random

import pytest

import rlve_gym
from rlve_gym.envs.string.shortest_string_with_name_occurrences import overlap, shortest_length

ENV = rlve_gym.make("ShortestStringWithNameOccurrences")


def occurrences_in(text, names):
    return sum(text.startswith(name, i) for name in names for i in range(len(text)))


def shortest_by_automaton(names, wanted, alphabet="abc"):
    """Most occurrences reachable at each length, the state being the longest suffix of the text
    so far that begins some name; the first length reaching ``wanted`` is the answer."""
    prefixes = {name[:k] for name in names for k in range(len(name) + 1)}
    best = {"": 0}
    length = 0
    while max(best.values()) < wanted:
        length += 1
        following = {}
        for state, count in best.items():
            for c in alphabet:
                text = state + c
                new = next(text[k:] for k in range(len(text) + 1) if text[k:] in prefixes)
                gained = sum(new.endswith(name) for name in names)
                following[new] = max(following.get(new, -1), count + gained)
        best = following
    return length


def shortest_by_trying_every_string(names, wanted, alphabet="ab"):
    for length in itertools.count(1):
        for letters in itertools.product(alphabet, repeat=length):
            if occurrences_in("".join(letters), names) >= wanted:
                return length


def test_overlaps():
    assert overlap("aba", "aba") == 1
    assert overlap("abab", "abab") == 2
    assert overlap("aab", "abb") == 2
    assert overlap("abc", "cab") == 1
    assert overlap("abc", "bca") == 2


@pytest.mark.parametrize(
    "names", (["ab"], ["aba"], ["ab", "ba"], ["aab", "abb"], ["abb", "bab", "baa"])
)
def test_tiny_cases_match_trying_every_string(names):
    for wanted in range(1, 5):
        expected = shortest_by_trying_every_string(names, wanted)
        assert shortest_length(names, wanted) == expected
        assert shortest_by_automaton(names, wanted, "ab") == expected


def test_generated_instances_match_the_automaton():
    for seed in range(60):
        sizes = {"names": 2 + seed % 4, "max_len": 4 + seed % 3, "max_m": 30}
        instance = ENV.generate_instance(random.Random(seed), sizes)
        names, wanted = instance["names"], instance["occurrences"]
        assert all(a == b or a not in b for a in names for b in names)
        assert ENV.solve(instance) == shortest_by_automaton(names, wanted)


def test_generated_problems_match_the_automaton():
    for seed in range(8):
        problem = ENV.generate(2, seed)
        inst = problem.instance
        assert int(problem.answer) == shortest_by_automaton(inst["names"], inst["occurrences"])


def test_fallback_names_are_distinct_and_not_nested(monkeypatch):
    from rlve_gym.envs.string import shortest_string_with_name_occurrences as module

    monkeypatch.setattr(module, "TRIES", 0)
    instance = ENV.generate_instance(random.Random(1), {"names": 6, "max_len": 5, "max_m": 20})
    names = instance["names"]
    assert len(set(names)) == 6 and all(len(n) == 5 and len(set(n)) > 1 for n in names)


def test_wrong_and_malformed_answers():
    problem = ENV.generate(1, 3)
    right = int(problem.answer)
    assert ENV.verify(problem, f"<answer>{right}</answer>").correct
    assert not ENV.verify(problem, f"<answer>{right - 1}</answer>").correct
    for text in ("", "ten", "1,2"):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
