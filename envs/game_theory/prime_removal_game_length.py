"""PrimeRemovalGameLength: game length of the take-a-prime game, for several starting piles.

A pile holds N stones. Two players alternate, the first player first; a move removes a prime
number of stones (2, 3, 5, 7, ...; at most the number left). A player who cannot move (0 or 1
stone left) loses. A player who can force a win plays to win in as few moves as possible, and a
player who must lose plays to make the game last as long as possible. For each of several
starting sizes N the answer is the total number of moves (both players') until the first player
wins, or -1 when the first player loses. The answer is the list of these results, in order; it is
right only when every entry is (no partial credit).

Solution: over n = 0, 1, 2, ..., a position is won when some prime move reaches a lost position,
and its length is the least (length of such a position) + 1; a lost position's length is the
largest (length of the reached position) + 1 over all moves, and 0 with no move. This costs
O(N * pi(N)) and runs compiled with Numba. The tests compare it with a plain minimax that ranks
outcomes (quick wins, then slow wins, then slow losses, then quick losses).

The task asks for several starting sizes at once because a single one has too few likely answers
(1, 3 and 5 cover most winning sizes and about a fifth of the sizes lose), so a guess would be
right far too often; the catalog's single number becomes one number per query.

Difficulty schedule:

    d           0    1    2    3  ...   10  ...   20  ...  d
    queries     6    6    6    6  ...    8  ...   11  ...  6 + d // 4
    max_stones 100  111  124  139 ...  300  ...  700  ...  100 + 10 d + d^2

Level 0 asks about 6 piles of up to 100 stones: about half of the small piles are won in a single
move (a prime, or a prime plus one), so fewer or smaller piles make "1 1 1 1" right too often. Larger piles have longer optimal games and more primes to weigh at every step.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.kernels.number_theory import primes_up_to


@njit(cache=True)
def _game_lengths(limit: int, primes: np.ndarray) -> np.ndarray:
    """For n <= limit: the optimal game length from n when the mover wins, else -1."""
    won = np.zeros(limit + 1, dtype=np.bool_)
    moves = np.zeros(limit + 1, dtype=np.int64)
    for n in range(limit + 1):
        best_win = -1
        longest_loss = 0
        for p in primes:
            if p > n:
                break
            rest = n - p
            if not won[rest]:
                if best_win < 0 or moves[rest] + 1 < best_win:
                    best_win = moves[rest] + 1
            elif moves[rest] + 1 > longest_loss:
                longest_loss = moves[rest] + 1
        if best_win >= 0:
            won[n] = True
            moves[n] = best_win
        else:
            moves[n] = longest_loss
    result = np.empty(limit + 1, dtype=np.int64)
    for n in range(limit + 1):
        result[n] = moves[n] if won[n] else -1
    return result


def game_results(starts: list[int]) -> list[int]:
    """For every starting size: total moves until the first player wins, or -1."""
    limit = max(starts)
    table = _game_lengths(limit, np.array(primes_up_to(limit) or [2], dtype=np.int64))
    return [int(table[n]) for n in starts]


class PrimeRemovalGameLength(Environment):
    description = (
        "Total moves until the first player wins (or -1) in a remove-a-prime game with optimal "
        "win-fast / lose-slow play, for several starting piles"
    )
    answer_kind = "int_list"
    answer_example = "0 0"
    catalog_name = "TakingPrimeGame"

    def schedule(self, difficulty):
        return {
            "queries": 6 + difficulty // 4,
            "max_stones": 100 + 10 * difficulty + difficulty * difficulty,
        }

    def generate_instance(self, rng, sizes):
        starts = rng.sample(range(2, sizes["max_stones"] + 1), sizes["queries"])
        return {"starts": starts}

    def solve(self, instance):
        return game_results(instance["starts"])

    def render(self, instance):
        starts = instance["starts"]
        return (
            "A pile holds N stones. Two players take turns, the first player moving first. On a "
            "turn, the player removes a prime number of stones from the pile (2, 3, 5, 7, 11, ...; "
            "never more than the number left). A player who cannot move (because 0 or 1 stone is "
            "left) loses.\n"
            "Both players play optimally, in this sense: a player who can force a win plays so "
            "as to win in as few moves as possible, and a player who cannot avoid losing plays so "
            "as to make the game last as many moves as possible.\n"
            "For example, with N = 4 the first player removes 3 stones and wins after 1 move in "
            "total.\n\n"
            f"Answer for each of these {len(starts)} starting sizes, in this order: "
            f"N = {', '.join(map(str, starts))}.\n"
            "For each N give the total number of moves made by both players until the first "
            "player wins, or -1 if the first player loses. Answer with the numbers separated by "
            "spaces, one per starting size (for example 0 0 for two sizes)."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_digits=9, length=len(instance["starts"]))

    def check(self, instance, answer, reference):
        wrong = sum(a != r for a, r in zip(answer, reference, strict=True))
        if not wrong:
            return Verdict.right()
        return Verdict.wrong(f"{wrong} of the {len(answer)} results are wrong")
