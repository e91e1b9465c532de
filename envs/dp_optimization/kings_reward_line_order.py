"""KingsRewardLineOrder: line up ministers behind the king so the largest reward is smallest.

The king and N ministers each hold a left-hand number A (1 to 3) and a right-hand number B (1 to
100). The king stands first and the ministers line up behind him in an order the solver chooses;
each minister is rewarded floor(P / B) coins, where P is the product of the left-hand numbers of
everyone in front of him (the king included) and B his own right-hand number. The answer is the
order of the ministers, and every order whose largest reward equals the optimum is correct;
there are often several, since only the ministers whose reward is near the largest matter.
The optimum is stored at generation. Scores are binary.

Exchanging two neighbours shows that ordering the ministers by A * B ascending is optimal (the
floor is monotone, so it keeps the comparison), which is the reference solver: a sort and N
big-integer products.

Difficulty schedule:

    d            0   1   2   3  ...  10  ...  20  ...  d
    ministers   20  22  24  26  ...  40  ...  60  ...  20 + 2d

The hand ranges are chosen so that the answer is not decided by the end of the line alone: with
left-hand numbers up to 10 the product explodes, the last minister always gets the largest
reward, and any order with a suitable minister last is optimal (a random order then wins about
4% of the time at 24 ministers). With small left-hand numbers and right-hand numbers up to 100,
rewards of many positions compete, and a random order of 20 ministers is optimal about 1.5% of
the time (other seeds' answers, tried as constants, about 3%). Longer lines give more orders and much longer products.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import permutation_problem, random_permutation

#: left-hand numbers are integers from 1 to MAX_LEFT, right-hand numbers from 1 to MAX_RIGHT
MAX_LEFT = 3
MAX_RIGHT = 100


def largest_reward(king_left: int, left: list[int], right: list[int], order: list[int]) -> int:
    """Largest reward when the 1-based ministers stand behind the king in ``order``."""
    product, largest = king_left, 0
    for m in order:
        largest = max(largest, product // right[m - 1])
        product *= left[m - 1]
    return largest


class KingsRewardLineOrder(Environment):
    description = "Order of ministers behind the king minimising the largest prefix-product reward"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 1 3"
    catalog_name = "KingSorting"

    def schedule(self, difficulty):
        return {"ministers": 20 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["ministers"]
        left = [rng.randint(1, MAX_LEFT) for _ in range(n)]
        right = [rng.randint(1, MAX_RIGHT) for _ in range(n)]
        king = [rng.randint(1, MAX_LEFT), rng.randint(1, MAX_RIGHT)]
        instance = {"king": king, "left": left, "right": right}
        order = self.solve(instance)
        instance["best_largest"] = str(largest_reward(king[0], left, right, order))
        return instance

    def solve(self, instance):
        left, right = instance["left"], instance["right"]
        return sorted(range(1, len(left) + 1), key=lambda m: left[m - 1] * right[m - 1])

    def render(self, instance):
        king, left, right = instance["king"], instance["left"], instance["right"]
        n = len(left)
        rows = "\n".join(
            f"minister {m}: left {a}, right {b}"
            for m, (a, b) in enumerate(zip(left, right), start=1)
        )
        return (
            f"A king and {n} ministers each write a positive integer on their left hand and one "
            "on their right hand.\n"
            f"king: left {king[0]}, right {king[1]}\n{rows}\n\n"
            "The king stands at the front of a line and the ministers stand behind him in an "
            "order you choose. Each minister then receives floor(P / R) gold coins, where P is "
            "the product of the left-hand numbers of everybody standing in front of him (the "
            "king included) and R is the minister's own right-hand number. Arrange the "
            "ministers so that the largest number of coins received by any minister is as "
            "small as possible (the king himself receives nothing).\n"
            f"Answer with the minister numbers in line order, from the one right behind the "
            f"king to the last one, separated by spaces (a permutation of 1 to {n}). If several "
            "orders reach the smallest possible largest reward, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["left"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        problem = permutation_problem(answer, len(instance["left"]))
        if problem:
            return Verdict.wrong(problem)
        value = largest_reward(instance["king"][0], instance["left"], instance["right"], answer)
        if value == int(instance["best_largest"]):
            return Verdict.right()
        return Verdict.wrong("valid order, but its largest reward is not the smallest possible")

    def random_answer(self, problem, rng, other):
        return " ".join(map(str, random_permutation(rng, len(problem.instance["left"]))))

    def near_misses(self, problem):
        instance = problem.instance
        order = [int(t) for t in problem.answer.split()]
        left, right = instance["left"], instance["right"]
        best = int(instance["best_largest"])
        misses = [
            " ".join(map(str, order[:-1])),  # a minister missing
            " ".join(map(str, order[:-1] + [order[0]])),  # a minister twice
            " ".join(map(str, order[:-1] + [len(order) + 1])),  # no such minister
        ]
        for candidate in (order[::-1], order[-1:] + order[:-1]):  # worse orders, if they are
            if largest_reward(instance["king"][0], left, right, candidate) > best:
                misses.append(" ".join(map(str, candidate)))
        return misses
