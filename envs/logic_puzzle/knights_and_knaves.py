"""KnightsAndKnaves: decide who is a knight (always tells the truth) and who is a knave (always
lies) from one statement by each islander.

Each of N islanders P1..PN makes one statement about the others, a formula built from "Pj is a
knight" / "Pj is a knave" with "and", "or", "not" and "if and only if" (nested at most two
levels; "and"/"or" join up to ``width`` parts). A knight's statement is true and a knave's is
false, so an assignment is consistent when every islander's statement has the truth value of
"the speaker is a knight". Every instance has exactly one consistent assignment, and that is
the answer (compared as a whole; scores are binary).

Generation plants a random assignment and draws each statement until its truth value under the
plant matches the speaker; the whole set is redrawn until the plant is the only consistent
assignment. Uniqueness is proven by enumeration: every statement is evaluated on all 2^N
assignments at once, bit-parallel on 2^N-bit integers (bit j of a person's column is their type
in assignment j), and the consistent assignments are the 1 bits of the AND over the islanders
of (speaker column == statement column). Within a statement, different atoms name different
islanders (until a very wide statement runs out of them), so no part is a tautology or a
contradiction. After 60 draws without a unique solution (not seen in practice), a chain that is
sure to work is used instead: one knight says "I am a knave or P_next is <type>" (only a knight
can say that, and it fixes P_next), and each next islander's true or false statement about the
one after fixes them in turn.

Difficulty schedule:

    d          0   1   2   3  ...  10  ...  18  ...  20  22  ...  d > 18
    people     7   7   7   8  ...  10  ...  13  ...  13  13  ...  13
    width      2   2   2   2  ...   2  ...   2  ...   2   3  ...  2 + (d - 18) // 4

Level 0 has 7 islanders (128 assignments; with 6, the uniqueness filter favours some assignments
enough that one fixed answer fitted 5% of the instances). The enumeration is exact but
exponential, so the number of islanders stops at 13 (8,192 assignments, about a millisecond
per draw); beyond level 18 the statements grow instead, with more parts to each "and" and "or".
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_int_list
from rlve_gym.envs.logic_puzzle._boolean_expressions import truth_table_columns

FIRST_PEOPLE = 7
MAX_PEOPLE = 13
DEPTH = 2
REDRAWS = 60
STATEMENT_DRAWS = 50

# formula nodes: ["is", person (0-based), 1 knight / 0 knave], ["not", f], ["and", [fs]],
# ["or", [fs]], ["iff", f, g]


def random_formula(rng, people: int, speaker: int, depth: int, width: int):
    """A random statement by ``speaker`` about the others: different atoms name different
    islanders while there are enough of them (so no part is a tautology like "P2 is a knight or
    P2 is a knave"); only very wide statements cycle through the islanders again."""
    others = [p for p in range(people) if p != speaker]
    pool: list[int] = []

    def person() -> int:
        if not pool:
            pool.extend(others)
            rng.shuffle(pool)
        return pool.pop()

    def draw(level: int):
        if level == 0 or rng.random() < 0.25:
            return ["is", person(), rng.randint(0, 1)]
        op = rng.choices(("and", "or", "iff", "not"), weights=(3, 3, 2, 1))[0]
        if op == "not":
            return ["not", draw(level - 1)]
        if op == "iff":
            return ["iff", draw(level - 1), draw(level - 1)]
        return [op, [draw(level - 1) for _ in range(rng.randint(2, width))]]

    return draw(depth)


def evaluate(formula, columns: list[int], full: int) -> int:
    """Truth of ``formula`` as a bitmask: bit-parallel over whatever assignments ``columns``
    encode (``full`` has every used bit set)."""
    kind = formula[0]
    if kind == "is":
        column = columns[formula[1]]
        return column if formula[2] else full ^ column
    if kind == "not":
        return full ^ evaluate(formula[1], columns, full)
    if kind == "iff":
        a, b = evaluate(formula[1], columns, full), evaluate(formula[2], columns, full)
        return full ^ (a ^ b)
    values = [evaluate(f, columns, full) for f in formula[1]]
    result = values[0]
    for v in values[1:]:
        result = result & v if kind == "and" else result | v
    return result


def consistent_assignments(statements: list) -> int:
    """Bitmask over all 2^N assignments (bit j: person k is a knight iff bit k of j is set) of
    those in which every knight's statement is true and every knave's is false."""
    people = len(statements)
    columns = truth_table_columns(people)
    full = (1 << (1 << people)) - 1
    consistent = full
    for speaker, formula in enumerate(statements):
        consistent &= full ^ (columns[speaker] ^ evaluate(formula, columns, full))
    return consistent


def holds(formula, types: list[int]) -> bool:
    return evaluate(formula, types, 1) == 1


def formula_text(formula) -> str:
    kind = formula[0]
    if kind == "is":
        return f"P{formula[1] + 1} is a {'knight' if formula[2] else 'knave'}"
    if kind == "not":
        return f"not ({formula_text(formula[1])})"
    if kind == "iff":
        return f"({formula_text(formula[1])}) if and only if ({formula_text(formula[2])})"
    return f" {kind} ".join(
        formula_text(f) if f[0] == "is" else f"({formula_text(f)})" for f in formula[1]
    )


class KnightsAndKnaves(Environment):
    description = "Who is a knight and who is a knave, from one statement by each islander"
    answer_kind = "assignment"
    answer_example = "1 0 1"
    catalog_name = "KnightsAndKnaves"

    def schedule(self, difficulty):
        return {
            "people": min(FIRST_PEOPLE + difficulty // 3, MAX_PEOPLE),
            "width": 2 + max(0, difficulty - 18) // 4,
        }

    def generate_instance(self, rng, sizes):
        n, width = sizes["people"], sizes["width"]
        for _ in range(REDRAWS):
            types = [rng.randint(0, 1) for _ in range(n)]
            statements = []
            for speaker in range(n):
                for _ in range(STATEMENT_DRAWS):
                    formula = random_formula(rng, n, speaker, DEPTH, width)
                    if holds(formula, types) == bool(types[speaker]):
                        break
                else:
                    formula = ["not", formula]
                statements.append(formula)
            if consistent_assignments(statements).bit_count() == 1:
                return {"statements": statements, "types": types}
        return self._chain(rng, n)

    @staticmethod
    def _chain(rng, n):
        """Statements that surely leave one consistent assignment (see the module docstring)."""
        types = [rng.randint(0, 1) for _ in range(n)]
        anchor = rng.randrange(n)
        types[anchor] = 1
        order = list(range(n))
        rng.shuffle(order)
        order.remove(anchor)
        order = [anchor, *order]
        statements = [None] * n
        for i, speaker in enumerate(order):
            nxt = order[(i + 1) % n]
            # a knight names the next islander's true type, a knave the false one
            about_next = ["is", nxt, types[nxt] if types[speaker] else 1 - types[nxt]]
            statements[speaker] = about_next
        statements[anchor] = ["or", [["is", anchor, 0], statements[anchor]]]
        return {"statements": statements, "types": types}

    def solve(self, instance):
        return instance["types"]

    def render(self, instance):
        statements = instance["statements"]
        n = len(statements)
        lines = "\n".join(f"P{i + 1} says: {formula_text(f)}" for i, f in enumerate(statements))
        return (
            f"On an island live knights, who always tell the truth, and knaves, who always lie. "
            f"You meet {n} islanders, P1 to P{n}; each is a knight or a knave. Each makes one "
            "statement:\n"
            f"{lines}\n\n"
            "A knight's statement is true and a knave's statement is false. (\"A and B\" is "
            'true when every part is true, "A or B" when at least one part is true, "A if '
            'and only if B" when A and B are both true or both false, and "not (A)" when A is '
            "false.) Exactly one assignment of knights and knaves fits all the statements.\n"
            f"Answer with {n} digits separated by spaces, for P1 to P{n} in order: 1 for a "
            "knight, 0 for a knave (for example 1 0 1 would mean P1 and P3 are knights and P2 is "
            "a knave)."
        )

    def parse(self, text, instance):
        values = parse_int_list(text, length=len(instance["statements"]), max_digits=3)
        if any(v not in (0, 1) for v in values):
            raise ParseError("every value must be 1 (knight) or 0 (knave)")
        return values

    def check(self, instance, answer, reference):
        if answer == instance["types"]:
            return Verdict.right()
        wrong = [
            i + 1
            for i, f in enumerate(instance["statements"])
            if holds(f, answer) != bool(answer[i])
        ]
        if wrong:
            return Verdict.wrong(
                f"P{wrong[0]}'s statement does not fit the type given to P{wrong[0]}"
            )
        return Verdict.wrong("not the expected assignment")

    def near_misses(self, problem):
        values = [int(t) for t in problem.answer.split()]
        misses = [" ".join(map(str, values[:-1]))]
        for k in (0, len(values) - 1):
            flipped = values[:]
            flipped[k] = 1 - flipped[k]
            misses.append(" ".join(map(str, flipped)))
        return misses
