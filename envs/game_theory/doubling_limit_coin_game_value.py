"""DoublingLimitCoinGameValue: the first player's total in the take-from-the-top coin game.

A stack of coins with positive values is given from top to bottom. Alice and Bob alternate, Alice
first; Alice's first move takes 1 or 2 coins from the top, and afterwards a player may take any
number of coins from 1 up to twice the number the opponent took on the previous move (never more
than remain). The game ends when the stack is empty; each player maximises the total value of the
coins they took. The answer is Alice's total under optimal play (one integer; no partial credit).

Solution: best(i, k), the largest total the mover collects from the coins i.. when allowed to take
up to k, is max(best(i, k - 1), rest(i) - best(i + k, 2k)) with rest(i) the value of coins i..;
that is O(n^2) states in O(1) each (numpy-free Python is fast enough at these sizes). The tests
compare it with a plain game-tree search over every legal take.

Difficulty schedule:

    d            0    1    2    3  ...   10  ...   20  ...  d
    coins       10   11   12   13  ...   20  ...   30  ...  10 + d
    max_value   30   32   34   36  ...   50  ...   70  ...  30 + 2 d

Level 0 has 10 coins: with fewer, the moves are nearly forced and a guess near half the total is
too often right. Each added coin lengthens the game by about a move and widens every choice.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int


def first_player_total(coins: list[int]) -> int:
    """Alice's total under optimal play, by the O(n^2) DP over (first coin left, take limit)."""
    n = len(coins)
    rest = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        rest[i] = rest[i + 1] + coins[i]
    # best[i][k]: the mover's best total from coins i.. with a take limit k (k capped at n - i)
    best = [[0] * (n + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row = best[i]
        for k in range(1, n + 1):
            take = min(k, n - i)
            if take < k:
                row[k] = row[take]
                continue
            after = i + k
            row[k] = max(row[k - 1], rest[i] - best[after][min(2 * k, n - after)])
    return best[0][min(2, n)]


class DoublingLimitCoinGameValue(Environment):
    description = (
        "Optimal total value for the first player in a take-from-the-top coin game where each "
        "move may take up to twice the previous move"
    )
    answer_kind = "single_int"
    answer_example = "-1"
    catalog_name = "CoinSquareGame"

    def schedule(self, difficulty):
        return {"coins": 10 + difficulty, "max_value": 30 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        return {"coins": [rng.randint(1, sizes["max_value"]) for _ in range(sizes["coins"])]}

    def solve(self, instance):
        return first_player_total(instance["coins"])

    def render(self, instance):
        coins = instance["coins"]
        return (
            f"A stack holds {len(coins)} coins. Their values, from the top of the stack to the "
            f"bottom, are: {' '.join(map(str, coins))}\n\n"
            "Alice and Bob take turns removing coins from the top of the stack, Alice first, and "
            "each keeps the coins they remove.\n"
            "- On her first move Alice takes 1 or 2 coins.\n"
            "- On every later move, if the previous move (by the other player) took k coins, the "
            "player takes any number of coins from 1 to 2k, but never more than the number left.\n"
            "- The game ends when the stack is empty.\n"
            "For example, if Alice first takes 2 coins, Bob may then take 1, 2, 3 or 4 coins; if "
            "Bob takes 3, Alice may take up to 6.\n\n"
            "Each player plays to make the total value of their own coins as large as possible. "
            "What is the total value of the coins Alice ends up with? Answer with a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)
