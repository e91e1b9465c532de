"""BeanSplittingGameWinner: who wins the bean-splitting game on a row of bottles.

Bottles 1..n stand in a row, bottle i holding p_i beans. Alice and Bob alternate, Alice first; a
move picks bottles i < j <= k (j = k allowed) with bottle i non-empty, takes one bean out of
bottle i and puts one bean into bottle j and one into bottle k. A player who cannot move loses
(every bean is in the last bottle). The answer is the winner under optimal play, Alice or Bob.

Solution: every bean is an independent game, so a position is the XOR of the Grundy values of
its beans. A bean in bottle i has value G(i) = mex{G(j) XOR G(k) : i < j <= k <= n} (G(n) = 0),
and two beans in the same bottle cancel, so Alice wins exactly when the XOR of G(i) over bottles
with an odd number of beans is non-zero. The tests check this against a full game-tree search.

Instances draw the bean counts at random and then change the parities of a few bottles (found by
elimination over the Grundy values) so that the total XOR is zero (Bob wins) or non-zero (Alice
wins) by a fair coin.

Difficulty schedule:

    d           0   1   2   3  ...  10  ...  20  ...  d
    bottles     4   5   6   7  ...  14  ...  24  ...  4 + d
    max_beans   5   6   6   7  ...  10  ...  15  ...  5 + d // 2

Level 0 has 4 bottles (Grundy values 0, 1, 2, 4 from the back): fewer make the outcome a matter
of counting parities. Each added bottle adds a Grundy value that needs all later ones.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.games import PLAYERS, WinnerQuestion
from rlve_gym.sequences import xor_subset


def bean_grundy_values(bottles: int) -> list[int]:
    """G(i) for bottles 0..n-1 (0-based): mex over XORs of pairs of later bottles."""
    values = [0] * bottles
    for i in range(bottles - 2, -1, -1):
        later = values[i + 1 :]
        reachable = {a ^ b for x, a in enumerate(later) for b in later[x:]}
        value = 0
        while value in reachable:
            value += 1
        values[i] = value
    return values


def position_value(beans: list[int], grundy: list[int]) -> int:
    total = 0
    for count, value in zip(beans, grundy, strict=True):
        if count % 2:
            total ^= value
    return total


class BeanSplittingGameWinner(WinnerQuestion, Environment):
    description = (
        "Winner of the bean-splitting game (a bean leaves a bottle and two beans enter later "
        "bottles)"
    )
    catalog_name = "SplittingGame"

    def schedule(self, difficulty):
        return {"bottles": 4 + difficulty, "max_beans": 5 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        n, max_beans = sizes["bottles"], sizes["max_beans"]
        grundy = bean_grundy_values(n)
        beans = [rng.randint(0, max_beans) for _ in range(n)]
        value = position_value(beans, grundy)
        alice_wins = rng.random() < 0.5
        if alice_wins and value == 0:
            flips = [rng.randrange(n - 1)]  # every bottle but the last has a non-zero value
        elif not alice_wins and value != 0:
            flips = xor_subset(grundy, value) or []  # the value is a XOR of Grundy values
        else:
            flips = []
        for i in flips:
            beans[i] += 1 if beans[i] < max_beans else -1
        return {"beans": beans}

    def solve(self, instance):
        beans = instance["beans"]
        value = position_value(beans, bean_grundy_values(len(beans)))
        return PLAYERS[0] if value else PLAYERS[1]

    def render(self, instance):
        beans = instance["beans"]
        listing = ", ".join(f"bottle {i}: {b}" for i, b in enumerate(beans, start=1))
        return (
            f"There are {len(beans)} bottles in a row, numbered 1 to {len(beans)}. The numbers of "
            f"beans in them are: {listing}.\n\n"
            "Alice and Bob take turns, Alice first. On a turn, the player chooses three bottle "
            "numbers i < j <= k (j and k may be the same bottle) such that bottle i holds at "
            "least one bean, takes one bean out of bottle i, puts one bean into bottle j and one "
            "bean into bottle k. (So the total number of beans grows by one.) A player who "
            "cannot make a move loses.\n"
            "For example, with 3 bottles holding 1, 0, 0 beans, the first player can move to "
            "0, 2, 0 or 0, 1, 1 or 0, 0, 2.\n\n"
            "Both players play optimally. Who wins? Answer with the name only: Alice or Bob."
        )
