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
so the optimum is not simply the average. Generation finds the optimum by path reversal in a
Numba kernel (hand a win along matches from a player with the most wins to one with two fewer
until no such path exists), and the reference winners come from one maximum flow at that
bound. Level 0 starts at four players: with three, one fixed list of winners was optimal on 12% of the seeds.
Of up to six draws, the first on which no blind orientation (first listed player wins every
match, second wins, 14 random) is optimal is kept, else the one with the fewest such hits
(blind orientations were optimal on about 20% of d <= 3 seeds).
"""

from __future__ import annotations

import numpy as np
from numba import njit

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


@njit(cache=True)
def _relieved_maximum(n, us, vs):
    """Smallest possible maximum wins, by path reversal: start with every first player winning;
    while some player with the maximum k wins reaches, through matches it won (handing the win
    over), a player with at most k - 2 wins, flip the matches along that path. When no such path
    exists the set S reachable from the maximal players only wins matches inside S, all its
    players have k - 1 or more wins and one has k, so S holds more than (k - 1)|S| matches and
    every orientation gives someone in S k wins: k is optimal."""
    m = us.shape[0]
    winner = us.copy()
    load = np.zeros(n, dtype=np.int64)
    degree = np.zeros(n + 1, dtype=np.int64)
    for e in range(m):
        load[us[e]] += 1
        degree[us[e] + 1] += 1
        degree[vs[e] + 1] += 1
    start = np.cumsum(degree)
    incident = np.empty(2 * m, dtype=np.int64)
    fill = start[:-1].copy()
    for e in range(m):
        incident[fill[us[e]]] = e
        fill[us[e]] += 1
        incident[fill[vs[e]]] = e
        fill[vs[e]] += 1
    via = np.empty(n, dtype=np.int64)
    queue = np.empty(n, dtype=np.int64)
    while True:
        top = load.max()
        via[:] = -2
        tail = 0
        for p in range(n):
            if load[p] == top:
                via[p] = -1
                queue[tail] = p
                tail += 1
        target = -1
        head = 0
        while head < tail and target < 0:
            p = queue[head]
            head += 1
            for k in range(start[p], start[p + 1]):
                e = incident[k]
                if winner[e] != p:
                    continue
                q = us[e] + vs[e] - p
                if via[q] != -2:
                    continue
                via[q] = e
                if load[q] <= top - 2:
                    target = q
                    break
                queue[tail] = q
                tail += 1
        if target < 0:
            return top
        load[target] += 1
        q = target
        while via[q] >= 0:
            e = via[q]
            p = us[e] + vs[e] - q
            winner[e] = q
            q = p
        load[q] -= 1


def fewest_wins_bound(n: int, matches: list[list[int]]) -> int:
    """The optimum of ``fewest_max_wins`` without the flows (generation needs only the number)."""
    table = np.asarray(matches, dtype=np.int64).reshape(-1, 2)
    return int(_relieved_maximum(n, table[:, 0].copy(), table[:, 1].copy()))


def coin_flips(rng, count: int) -> np.ndarray:
    """``count`` draws of ``rng.choice`` on two-element lists (0 or 1), consuming exactly the
    generator state that many ``rng.choice`` calls would: each call takes 32-bit words, keeps the
    top two bits and redraws when they read 2 or 3. Words are fetched in batches no larger than
    the draws still needed, so no word past the last accepted one is taken."""
    out = np.empty(count, dtype=np.int64)
    filled = 0
    while filled < count:
        need = count - filled
        words = np.frombuffer(rng.getrandbits(32 * need).to_bytes(4 * need, "little"), "<u4")
        kept = (words >> 30)[words >> 30 < 2]
        out[filled : filled + kept.shape[0]] = kept
        filled += kept.shape[0]
    return out


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
            optimum = fewest_wins_bound(n, matches)
            table = np.asarray(matches, dtype=np.int64)
            m = table.shape[0]
            sides = np.empty((2 + BLIND_SAMPLES, m), dtype=np.int64)
            sides[0], sides[1] = 0, 1
            sides[2:] = coin_flips(rng, BLIND_SAMPLES * m).reshape(BLIND_SAMPLES, m)
            blind = table[np.arange(m), sides]  # one row of winners per blind orientation
            rows = np.arange(sides.shape[0])[:, None] * n
            wins = np.bincount((blind + rows).ravel(), minlength=sides.shape[0] * n)
            hits = int((wins.reshape(-1, n).max(axis=1) == optimum).sum())
            if best is None or hits < best[0]:
                best = (hits, matches, optimum)
            if hits == 0:
                break
        _, matches, optimum = best
        return {"n": n, "matches": matches, "optimum": optimum}

    def solve(self, instance):
        # the generator stored the optimum: one flow at that bound gives the winners the binary
        # search of ``fewest_max_wins`` ends with (its last flow is at the same bound)
        return orient_with_bound(instance["n"], instance["matches"], instance["optimum"])

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
