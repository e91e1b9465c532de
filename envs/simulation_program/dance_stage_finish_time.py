"""DanceStageFinishTime: when does the last dancer finish if K dance at once, in label order?

N dancers, numbered 1..N, have positive integer dance durations. The stage holds K dancers at a
time. At time 0 dancers 1..K start; whenever a dancer finishes at time t, the waiting dancer with
the smallest number starts at time t (if several finish at the same moment, that many waiting
dancers start then). The solver gives the time at which the last dancer finishes: one integer,
so the answer is unique and checked exactly (no partial credit). The reference keeps the K finish
times in a min-heap (O(N log K)); the tests replay the show one time unit at a time.

Difficulty schedule (durations drawn from [1, max_duration], K from [2, 2 + N // 4]):

    d              0   1   2   3  ...  10  ...  20  ...  d
    dancers       12  13  14  15  ...  22  ...  32  ...  12 + d
    max_duration  50  54  58  62  ...  90  ... 130  ...  50 + 4d

One more dancer per level makes the event sequence longer; longer durations make the time
arithmetic longer. Level 0 already has 12 dancers with durations up to 50, so the finish time
spreads over a hundred values (with 10 dancers up to 30, one value was right on 5.5%) and no single guess is often right.
"""

from __future__ import annotations

import heapq

from rlve_gym import Environment
from rlve_gym.answers import parse_int


def last_finish_time(durations: list[int], slots: int) -> int:
    """Finish time of the last dancer: each newcomer takes the slot that frees up first."""
    finish = list(durations[:slots])
    heapq.heapify(finish)
    for duration in durations[slots:]:
        heapq.heappush(finish, heapq.heappop(finish) + duration)
    return max(finish)


class DanceStageFinishTime(Environment):
    description = "Time the last of N dancers finishes when K dance at once and newcomers enter in label order"
    answer_kind = "single_int"
    answer_example = "-5"
    catalog_name = "CowDanceShow"

    def schedule(self, difficulty):
        return {"dancers": 12 + difficulty, "max_duration": 50 + 4 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["dancers"]
        durations = [rng.randint(1, sizes["max_duration"]) for _ in range(n)]
        return {"durations": durations, "slots": rng.randint(2, 2 + n // 4)}

    def solve(self, instance):
        return last_finish_time(instance["durations"], instance["slots"])

    def render(self, instance):
        durations, k = instance["durations"], instance["slots"]
        n = len(durations)
        listing = ", ".join(f"d[{i}]={t}" for i, t in enumerate(durations, start=1))
        return (
            f"There are {n} dancers, numbered 1 to {n}. Dancer i dances for d[i] time units:\n"
            f"{listing}\n\n"
            f"The stage holds at most {k} dancers at a time. At time 0, dancers 1 to {k} start "
            "dancing. Whenever a dancer finishes (at time t, that is, d[i] time units after "
            "starting), they leave the stage and the waiting dancer with the smallest number "
            "immediately starts dancing at time t. If several dancers finish at the same time, "
            "the same number of waiting dancers (the smallest-numbered ones) start at that time. "
            "Every dancer dances exactly once.\n"
            "For example, with d = 3, 1, 2 and a stage for 2 dancers: dancers 1 and 2 start at "
            "time 0, dancer 2 finishes at time 1 and dancer 3 starts then, and both remaining "
            "dancers finish at time 3.\n\n"
            "At what time does the last dancer finish? Answer with one integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)
