"""FourValueSequenceWithDistinctGroups: a sequence over {0, 1, 2, 3} whose neighbours form
allowed pairs and whose listed groups of positions hold pairwise different values.

Two neighbouring elements must form one of the pairs 0-1, 0-3 or 1-2 (in either order); every
other pair (equal values, 0-2, 1-3, 2-3) is banned. On top of that, each of the given groups of
2 to 4 positions must hold pairwise different values. Any sequence meeting every rule is correct
(there are usually several); the checker tests each rule. Scores are binary.

The groups are read off a hidden sequence: a random walk on the allowed pairs that uses all four
values (each group picks distinct values and one position holding each), so a solution always
exists. The allowed pairs always join an even and an odd value, so the parities of the elements
alternate along the sequence; a group of two positions at odd distance is then automatically
different and is never drawn. There is at least one group per position, and groups are added
(up to three per position) until each of 256 random walks on the allowed pairs breaks one: a
random valid walk (what ``random_answer`` draws) then meets all groups well under 1% of the time,
and a fixed sequence fits few instances.

Difficulty schedule:

    d          0   1   2   3  ...  10  ...  20  ...  d
    length    12  13  14  15  ...  22  ...  32  ...  12 + d
    groups    12  13  14  15  ...  22  ...  32  ...  12 + d  (at least; see above)

Level 0 has length 12: at length 10 one fixed sequence (another instance's solution) still fitted
5% of the instances, at 8 random valid walks met every group a few percent of the time.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

FIRST_LENGTH = 12
#: values each value may sit next to
NEIGHBOURS = {0: (1, 3), 1: (0, 2), 2: (1,), 3: (0,)}
ALLOWED_PAIRS = frozenset((a, b) for a, nexts in NEIGHBOURS.items() for b in nexts)
REDRAWS = 50
#: random valid walks that must all break some group (more groups are added until they do)
PROBES = 256
MAX_GROUPS_PER_POSITION = 3
DRAWS_PER_GROUP = 20


def random_walk(rng, length: int) -> list[int]:
    """A sequence whose neighbours all form allowed pairs, each step uniform among them."""
    values = [rng.randrange(4)]
    for _ in range(length - 1):
        values.append(rng.choice(NEIGHBOURS[values[-1]]))
    return values


def first_broken_rule(values: list[int], groups: list[list[int]]) -> str | None:
    """Why ``values`` breaks a rule (1-based positions in the text), or None."""
    for i, v in enumerate(values):
        if v not in NEIGHBOURS:
            return f"the value {v} at position {i + 1} is not 0, 1, 2 or 3"
    for i in range(len(values) - 1):
        if (values[i], values[i + 1]) not in ALLOWED_PAIRS:
            return f"positions {i + 1} and {i + 2} hold the banned pair {values[i]} {values[i + 1]}"
    for k, group in enumerate(groups, start=1):
        if len({values[p - 1] for p in group}) < len(group):
            return f"group {k} has two equal values"
    return None


class FourValueSequenceWithDistinctGroups(Environment):
    description = "A 0-3 sequence with allowed neighbour pairs and all-different position groups"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 1 2 1 0 3"
    catalog_name = "RangeFourSequenceConstruction"

    def schedule(self, difficulty):
        return {"length": FIRST_LENGTH + difficulty, "groups": FIRST_LENGTH + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        for _ in range(REDRAWS):
            hidden = random_walk(rng, n)
            if len(set(hidden)) == 4:
                break
        else:  # (practically never reached) a walk through all four values
            hidden = [(3, 0, 1, 2, 1, 0)[i % 6] for i in range(n)]
        where = {v: [i + 1 for i in range(n) if hidden[i] == v] for v in range(4)}
        groups: list[list[int]] = []
        unbroken = [random_walk(rng, n) for _ in range(PROBES)]  # probes meeting every group
        for _ in range(DRAWS_PER_GROUP * MAX_GROUPS_PER_POSITION * n):  # bounded: small n may
            # run out of distinct groups
            if len(groups) >= sizes["groups"] and (
                not unbroken or len(groups) >= MAX_GROUPS_PER_POSITION * n
            ):
                break
            size = rng.randint(2, 4)
            group = sorted(rng.choice(where[v]) for v in rng.sample(range(4), size))
            if size == 2 and (group[1] - group[0]) % 2:
                continue  # values at odd distance always differ in parity
            if group not in groups:
                groups.append(group)
                unbroken = [p for p in unbroken if len({p[i - 1] for i in group}) == size]
        for group in groups:
            rng.shuffle(group)
        return {"length": n, "groups": groups, "planted": hidden}

    def solve(self, instance):
        return instance["planted"]

    def render(self, instance):
        n = instance["length"]
        lines = "\n".join(
            f"group {k}: positions {', '.join(map(str, g))}"
            for k, g in enumerate(instance["groups"], start=1)
        )
        return (
            f"Find a sequence of {n} integers s_1, ..., s_{n}, each 0, 1, 2 or 3, such that:\n"
            "- every two neighbours s_i, s_(i+1) form one of the pairs 0 1, 0 3 or 1 2 (in "
            "either order); so neighbours are never equal and never 0 2, 1 3 or 2 3 in either "
            "order;\n"
            "- in each of the following groups, the values at the listed positions are pairwise "
            "different (positions are numbered from 1):\n"
            f"{lines}\n\n"
            f"A solution exists. Answer with s_1 ... s_{n} separated by spaces (for example "
            "0 1 2 1 0 3 for a sequence of length 6). If several sequences work, any one of them "
            "is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=instance["length"], max_digits=3)

    def check(self, instance, answer, reference):
        why = first_broken_rule(answer, instance["groups"])
        return Verdict.wrong(why) if why else Verdict.right()

    def random_answer(self, problem, rng, other):
        return " ".join(map(str, random_walk(rng, problem.instance["length"])))

    def near_misses(self, problem):
        instance = problem.instance
        values = [int(t) for t in problem.answer.split()]
        misses = [
            " ".join(map(str, [4] + values[1:])),  # a value out of range
            " ".join(map(str, [values[1]] + values[1:])),  # equal neighbours
            " ".join(map(str, values[:-1])),  # too short
        ]
        for i in range(len(values)):  # change one element, keeping the neighbour rule
            for v in range(4):
                changed = values[:i] + [v] + values[i + 1 :]
                if v != values[i] and first_broken_rule(changed, []) is None:
                    if first_broken_rule(changed, instance["groups"]):
                        misses.append(" ".join(map(str, changed)))
                        return misses
        return misses
