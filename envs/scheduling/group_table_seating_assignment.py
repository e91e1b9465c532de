"""GroupTableSeatingAssignment: seat groups at tables so that no table holds two members of one
group and no table is over capacity.

M groups have R[i] members each and N tables seat up to C[j] people each. The solver gives, for
every group, the tables its members sit at: R[i] different table numbers (two members of one
group never share a table), with no table receiving more than C[j] people. Every such seating is
correct and the checker counts it out. Scores are binary.

Instances are planted: each group picks R[i] random different tables and each capacity is the
number of people that plan puts there, so the capacities add up exactly to the number of people
(no seat to spare) and a seating always exists. The reference solves it as a maximum flow
(source -> group with capacity R[i], group -> table with capacity 1, table -> sink with capacity
C[j]); the tests compare with the greedy that seats the largest groups first at the emptiest
tables and with exhaustive search on tiny cases.

Difficulty schedule (group sizes drawn from [2, tables - 1]):

    d         0   1   2   3   4  ...  10  ...  20  ...  d
    groups    6   7   8   9  10  ...  16  ...  26  ...  6 + d
    tables    6   6   7   7   8  ...  11  ...  16  ...  6 + d // 2

More groups and tables mean more people to place under tighter interactions. Level 0 has 6
groups at 6 tables: with fewer, a random choice of tables per group fits the capacities too often.
"""

from __future__ import annotations

import re

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_int_list
from rlve_gym.kernels.flows import FlowNetwork


def flow_seating(sizes: list[int], capacities: list[int]) -> list[list[int]] | None:
    """1-based tables for each group's members by maximum flow, or None if no seating exists."""
    m, n = len(sizes), len(capacities)
    source, sink = m + n, m + n + 1
    net = FlowNetwork(m + n + 2)
    arcs = {}
    for g, r in enumerate(sizes):
        net.add_arc(source, g, r)
        for t in range(n):
            arcs[g, t] = net.add_arc(g, m + t, 1)
    for t, c in enumerate(capacities):
        net.add_arc(m + t, sink, c)
    if net.max_flow(source, sink) < sum(sizes):
        return None
    return [[t + 1 for t in range(n) if net.flow_on(arcs[g, t])] for g in range(m)]


class GroupTableSeatingAssignment(Environment):
    description = "Tables for every group's members so that no table holds two of a group or exceeds its capacity"
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "1 3; 2 3 4"
    catalog_name = "RoundTableAssignment"

    def schedule(self, difficulty):
        return {"groups": 6 + difficulty, "tables": 6 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        m, n = sizes["groups"], sizes["tables"]
        group_sizes = [rng.randint(2, n - 1) for _ in range(m)]
        capacities = [0] * n
        for r in group_sizes:
            for t in rng.sample(range(n), r):
                capacities[t] += 1
        return {"sizes": group_sizes, "capacities": capacities}

    def solve(self, instance):
        return flow_seating(instance["sizes"], instance["capacities"])

    def format_answer(self, answer):
        return "; ".join(" ".join(map(str, tables)) for tables in answer)

    def render(self, instance):
        sizes, caps = instance["sizes"], instance["capacities"]
        m, n = len(sizes), len(caps)
        group_text = " ".join(f"R[{i}]={r}" for i, r in enumerate(sizes, start=1))
        table_text = " ".join(f"C[{j}]={c}" for j, c in enumerate(caps, start=1))
        return (
            f"There are {m} groups of people and {n} tables.\n"
            f"Group i has R[i] members: {group_text}\n"
            f"Table j seats at most C[j] people: {table_text}\n\n"
            "Seat every person at a table so that no table has two members of the same group "
            "and no table gets more people than it seats.\n"
            f"Answer with {m} parts separated by semicolons (or on separate lines), one per "
            "group in order: part i lists the R[i] table numbers where the members of group i "
            "sit, separated by spaces (they must all be different). For example 1 3; 2 3 4 "
            "seats group 1 at tables 1 and 3 and group 2 at tables 2, 3 and 4. Any valid "
            "seating is accepted."
        )

    def parse(self, text, instance):
        sizes = instance["sizes"]
        n = len(instance["capacities"])
        if len(text) > 8 * (sum(sizes) + len(sizes)) + 64:
            raise ParseError("the answer is far too long")
        parts = [p for p in re.split(r"[;\n]", text) if p.strip()]
        if len(parts) != len(sizes):
            raise ParseError(f"expected {len(sizes)} groups, got {len(parts)}")
        return [parse_int_list(p, max_items=n + 1, max_digits=6) for p in parts]

    def check(self, instance, answer, reference):
        sizes, caps = instance["sizes"], instance["capacities"]
        n = len(caps)
        seated = [0] * n
        for g, tables in enumerate(answer, start=1):
            if len(tables) != sizes[g - 1]:
                return Verdict.wrong(f"group {g} has {sizes[g - 1]} members, not {len(tables)}")
            if any(not 1 <= t <= n for t in tables):
                return Verdict.wrong(f"group {g} names a table outside 1..{n}")
            if len(set(tables)) != len(tables):
                return Verdict.wrong(f"two members of group {g} share a table")
            for t in tables:
                seated[t - 1] += 1
        for t, (count, cap) in enumerate(zip(seated, caps, strict=True), start=1):
            if count > cap:
                return Verdict.wrong(f"table {t} gets {count} people but seats only {cap}")
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["capacities"])
        groups = [rng.sample(range(1, n + 1), r) for r in problem.instance["sizes"]]
        return self.format_answer(groups)

    def near_misses(self, problem):
        inst = problem.instance
        seating = self.parse(problem.answer, inst)
        n = len(inst["capacities"])
        first = seating[0]
        free = [t for t in range(1, n + 1) if t not in first]
        candidates = [
            [first[:-1] + [first[0]]] + seating[1:],  # two members at one table
            [first[:-1] + [free[0]]] + seating[1:],  # a table over capacity (no seat to spare)
            seating[:-1] + [seating[-1][:-1]],  # a member left out
        ]
        misses = [self.format_answer(c) for c in candidates]
        return [m for m in misses if not self.check(inst, self.parse(m, inst), None).correct]
