"""SlowlyChangingSubsetSequence: the checker against enumerating every sequence of small instances."""

from __future__ import annotations

import random
from itertools import combinations, product

import rlve_gym

ENV = rlve_gym.make("SlowlyChangingSubsetSequence")


def satisfies(inst, sequence):
    if any(set(s) & set(f) for s, f in zip(sequence, inst["forbidden"], strict=True)):
        return False
    return all(
        inst["set_size"] - len(set(a) & set(b)) <= inst["max_new"]
        for a, b in zip(sequence, sequence[1:], strict=False)
    )


def test_checker_accepts_exactly_the_valid_sequences():
    checked = 0
    rng = random.Random(5)
    for sizes in ({"numbers": 4, "sets": 3}, {"numbers": 5, "sets": 3}):
        for _ in range(10):
            inst = ENV.generate_instance(rng, sizes)
            subsets = list(combinations(range(1, inst["numbers"] + 1), inst["set_size"]))
            m = len(inst["forbidden"])
            if len(subsets) ** m > 5000:
                continue
            valid = 0
            for sequence in product(subsets, repeat=m):
                text = "\n".join(" ".join(map(str, reversed(s))) for s in sequence)
                ok = satisfies(inst, sequence)
                assert ENV.check(inst, ENV.parse(text, inst), None).correct == ok
                valid += ok
            assert valid >= 1
            checked += 1
    assert checked >= 5


def test_planted_sequence_is_valid_at_high_levels():
    for seed in range(10):
        inst = ENV.generate(difficulty=20, seed=seed).instance
        assert satisfies(inst, inst["planted"])
        assert all(len(f) >= 1 for f in inst["forbidden"])


def test_wrong_answers_have_reasons():
    problem = ENV.generate(difficulty=3, seed=2)
    inst = problem.instance
    rows = [list(s) for s in inst["planted"]]
    rows[0][0] = inst["forbidden"][0][0]
    text = "\n".join(" ".join(map(str, r)) for r in rows)
    assert "forbidden" in ENV.verify(problem, f"<answer>{text}</answer>").reason
    assert not ENV.verify(problem, "<answer>1 2</answer>").format_ok


def test_one_set_repeated_never_works():
    """Regression: a single set avoiding every step's forbidden numbers existed on 47% of level-0
    instances (written M times, it is a blind answer)."""
    for d in (0, 1, 3, 8):
        for seed in range(80):
            inst = ENV.generate(difficulty=d, seed=seed).instance
            banned = {x for f in inst["forbidden"] for x in f}
            free = [x for x in range(1, inst["numbers"] + 1) if x not in banned]
            assert len(free) < inst["set_size"]
            assert satisfies(inst, inst["planted"])
