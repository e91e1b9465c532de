"""MinMaxWinsOrientation: pick a winner for every match so the most wins by any player is minimal.

N players play M matches (each match is a pair of distinct players; a pair may meet more than
once). Choosing a winner for each match orients an edge; the task is to make the largest number
of wins of any player as small as possible. The reference solver binary-searches the bound K:
a maximum flow source -> match (capacity 1) -> its two players -> sink (capacity K) saturates
all matches exactly when no player needs more than K wins. Many orientations are optimal; the
checker verifies each winner plays in its match and compares the maximum with the optimum.

Difficulty schedule (N players, M matches):

    d       0    1    2    5   10   20        d
    N       4    5    6    9   14   24        4 + d
    M       8   10   13   22   38   90        N + N * (4 + (d + 1) // 3) // 4

Players grow by one per level and matches per player slowly (about 2 at d = 0, 3.5 at d = 20),
so the optimum is not simply the average; flows on about a hundred vertices are instant. Level 0
starts at four players: with three, one fixed list of winners was optimal on 12% of the seeds.
Of up to six draws, the first on which no blind orientation (first listed player wins every
match, second wins, 14 random) is optimal is kept, else the one with the fewest such hits
(blind orientations were optimal on about 20% of d <= 3 seeds).
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.graphs import format_edges
from rlve_gym.kernels.flows import FlowNetwork

ATTEMPTS = 6
BLIND_SAMPLES = 14  # random orientations tried on each draw, besides first-wins and second-wins


def orient_with_bound(n: int, matches: list[list[int]], bound: int) -> list[int] | None:
    """Winners of every match with nobody above ``bound`` wins, or None if impossible."""
    m = len(matches)
    source, sink = n + m, n + m + 1
    net = FlowNetwork(n + m + 2)
    sides = []
    for i, (u, v) in enumerate(matches):
        net.add_arc(source, n + i, 1)
        sides.append((net.add_arc(n + i, u, 1), net.add_arc(n + i, v, 1)))
    for player in range(n):
        net.add_arc(player, sink, bound)
    if net.max_flow(source, sink) < m:
        return None
    return [u if net.flow_on(a) else v for (u, v), (a, _) in zip(matches, sides, strict=True)]


def fewest_max_wins(n: int, matches: list[list[int]]) -> tuple[int, list[int]]:
    """``(smallest possible maximum wins, winners)`` by binary search on the bound."""
    low, high = (len(matches) + n - 1) // n, len(matches)
    while low < high:
        middle = (low + high) // 2
        if orient_with_bound(n, matches, middle) is None:
            low = middle + 1
        else:
            high = middle
    return low, orient_with_bound(n, matches, low)


def most_wins(n: int, winners: list[int]) -> int:
    counts = [0] * n
    for w in winners:
        counts[w] += 1
    return max(counts)


class MinMaxWinsOrientation(Environment):
    description = (
        "A winner for every match so that the largest number of wins of any player is minimal"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 2 2 1"
    catalog_name = "KosDicing"

    def schedule(self, difficulty):
        n = 4 + difficulty
        return {"players": n, "matches": n + (n * (4 + (difficulty + 1) // 3)) // 4}

    def generate_instance(self, rng, sizes):
        n = sizes["players"]
        best = None
        for _ in range(ATTEMPTS):  # keep the draw on which blind orientations do worst
            matches = [rng.sample(range(n), 2) for _ in range(sizes["matches"])]
            optimum = fewest_max_wins(n, matches)[0]
            blind = [[match[side] for match in matches] for side in (0, 1)]
            blind += [[rng.choice(match) for match in matches] for _ in range(BLIND_SAMPLES)]
            hits = sum(most_wins(n, winners) == optimum for winners in blind)
            if best is None or hits < best[0]:
                best = (hits, matches, optimum)
            if hits == 0:
                break
        _, matches, optimum = best
        return {"n": n, "matches": matches, "optimum": optimum}

    def solve(self, instance):
        return fewest_max_wins(instance["n"], instance["matches"])[1]

    def render(self, instance):
        n, matches = instance["n"], instance["matches"]
        return (
            f"{n} players, numbered 0 to {n - 1}, play {len(matches)} matches. Each line 'u v' below "
            "is one match between players u and v (the same two players may meet more than once); "
            "the matches are numbered 1 to "
            f"{len(matches)} in the order listed.\n\n{format_edges(matches)}\n\n"
            "Decide the winner of every match (one of its two players; there are no draws) so that "
            "the largest number of matches won by any single player is as small as possible. Any "
            "such choice of winners is accepted.\n"
            f"Answer with {len(matches)} integers: the winner of match 1, match 2, and so on, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_digits=6, length=len(instance["matches"]))

    def check(self, instance, answer, reference):
        for i, (winner, match) in enumerate(zip(answer, instance["matches"], strict=True)):
            if winner not in match:
                return Verdict.wrong(
                    f"match {i + 1} is between {match[0]} and {match[1]}, not won by {winner}"
                )
        most = most_wins(instance["n"], answer)
        if most != instance["optimum"]:
            return Verdict.wrong(
                f"valid winners, but some player wins {most} matches, more than necessary"
            )
        return Verdict.right()

    def near_misses(self, problem):
        matches = problem.instance["matches"]
        winners = [int(x) for x in problem.answer.split()]
        outsider = next(p for p in range(problem.instance["n"]) if p not in matches[0])
        misses = [[outsider] + winners[1:], winners[:-1]]
        # give a most-winning player one more win if some match lets us
        counts = [winners.count(p) for p in range(problem.instance["n"])]
        top = max(range(len(counts)), key=counts.__getitem__)
        for i, (u, v) in enumerate(matches):
            if top in (u, v) and winners[i] != top:
                misses.append(winners[:i] + [top] + winners[i + 1 :])
                break
        return [" ".join(map(str, m)) for m in misses]
