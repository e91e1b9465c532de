"""Round-robin results: fill in a win/draw/loss table that produces the given point totals.

N teams play each other once; a win earns 3 points, a draw 1, a loss 0. Given every team's
total, write a result table A (A[i][j] = 2, 1, 0 when team i beat, drew with, lost to team j;
A[i][i] = 0; A[i][j] + A[j][i] = 2). The generator plays a random tournament (with a random draw
rate) and publishes its totals, so a table exists; any table meeting the rules is accepted and
the checker recomputes the totals. Totals that are all N - 1 are never published (the blind
all-draw table would fit them: 29% of level-0 draws did): game 0-1 is then given another result.

Difficulty schedule (N teams; the draw rate is drawn from 0 .. 0.6):

    d     0   1   2   3   5   10   20   30   ...
    N     7   8   9  10  12   17   27   37   ...  7 + d

N grows by one per level; the table has N * N cells. N starts at 7: with 3 to 6 teams a few
tables (one win, all other games drawn; or a simple ranking) fitted a tenth to a third of the
instances, so one remembered table answered them. The draw rate stays at most 0.6 because
tournaments of nearly all draws have nearly equal totals, again fitted by one table.
"""

from __future__ import annotations

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.answers import parse_char_grid

WIN, DRAW, LOSS = "2", "1", "0"
POINTS = {WIN: 3, DRAW: 1, LOSS: 0}


def totals(table: list[str]) -> list[int]:
    return [
        sum(POINTS[cell] for j, cell in enumerate(row) if j != i) for i, row in enumerate(table)
    ]


class RoundRobinResultTable(Environment):
    description = "Build a round-robin win/draw/loss table that gives every team its stated points"
    answer_kind = "grid"
    multiple_valid_answers = True
    answer_example = "02\n20"
    catalog_name = "RoundRobin"

    def schedule(self, difficulty):
        return {"teams": 7 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["teams"]
        draw_rate = 0.6 * rng.random()
        rows = [["0"] * n for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                result = DRAW if rng.random() < draw_rate else rng.choice((WIN, LOSS))
                rows[i][j] = result
                rows[j][i] = str(2 - int(result))
        if all(total == n - 1 for total in totals(["".join(row) for row in rows])):
            # every total is N - 1, so the blind all-draw table would fit: redo game 0-1
            rows[0][1] = WIN if rows[0][1] == DRAW else DRAW
            rows[1][0] = str(2 - int(rows[0][1]))
        table = ["".join(row) for row in rows]
        return {"points": totals(table), "planted": table}

    def solve(self, instance):
        return list(instance["planted"])

    def format_answer(self, answer):
        return "\n".join(answer)

    def render(self, instance):
        points = instance["points"]
        n = len(points)
        listing = " ".join(f"W[{i}]={p}" for i, p in enumerate(points))
        return (
            f"{n} teams, numbered 0 to {n - 1}, played a round-robin tournament: every pair of teams "
            "met exactly once. A win is worth 3 points, a draw 1 point and a loss 0 points. The final "
            f"point totals were:\n{listing}\n\n"
            f"Reconstruct possible results as an {n} x {n} table A of digits:\n"
            "- A[i][j] = 2 if team i beat team j, 1 if they drew, 0 if team i lost to team j;\n"
            "- A[i][i] = 0, and A[i][j] + A[j][i] = 2 for i != j (the two entries describe the same "
            "game);\n"
            "- team i's points, 3 * (number of 2s in row i) + (number of 1s in row i), equal W[i].\n"
            "Several tables may fit; any one is accepted.\n"
            f"Answer with {n} lines of {n} digits each (no spaces), line i being A[i][0] A[i][1] ... "
            f"A[i][{n - 1}]; for two teams where team 0 beat team 1 the table would be 02 on the "
            "first line and 20 on the second."
        )

    def parse(self, text, instance):
        n = len(instance["points"])
        return parse_char_grid(text, n, n, "012")

    def check(self, instance, answer, reference):
        n = len(answer)
        for i in range(n):
            if answer[i][i] != "0":
                return Verdict.wrong(f"A[{i}][{i}] must be 0")
            for j in range(i + 1, n):
                if int(answer[i][j]) + int(answer[j][i]) != 2:
                    return Verdict.wrong(
                        f"A[{i}][{j}] and A[{j}][{i}] do not describe one game (sum is not 2)"
                    )
        got = totals(answer)
        off = [i for i in range(n) if got[i] != instance["points"][i]]
        if off:
            return Verdict.wrong(
                f"team {off[0]} gets {got[off[0]]} points, not {instance['points'][off[0]]}"
            )
        return Verdict.right()

    def near_misses(self, problem: Problem) -> list[str]:
        table = [list(row) for row in self.solve(problem.instance)]
        redone = [list(row) for row in table]
        # turn the game 0-1 into another result: both totals change
        redone[0][1] = DRAW if table[0][1] != DRAW else WIN
        redone[1][0] = str(2 - int(redone[0][1]))
        one_sided = [list(row) for row in table]
        one_sided[0][1] = WIN if table[0][1] != WIN else LOSS
        diagonal = [list(row) for row in table]
        diagonal[0][0] = DRAW
        return ["\n".join("".join(r) for r in t) for t in (redone, one_sided, diagonal)]
