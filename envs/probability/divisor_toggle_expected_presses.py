"""DivisorToggleExpectedPresses: expected number of switch presses in a divisor-toggling light game
played at random until a short finish is possible, times N!, modulo a prime.

N lights, numbered 1..N, are on or off; switch i toggles every light whose number divides i.
Switches are pressed uniformly at random, one per move, until the lights can be turned all off
with at most K presses; from then on a shortest such sequence is pressed. The answer is E * N!,
where E is the expected total number of presses; it is an integer, asked modulo a prime.

Solver. Switch i toggles light i and lights below it only, so every light pattern is switched
off by exactly one set of switches (found greedily from light N down: press switch i when light
i is on, after the higher switches have been applied), and the fewest presses equal the size s
of that set. A press flips one switch's membership in the set: with probability s / N it removes
a needed switch (s - 1), otherwise it adds one (s + 1). So with f(s) the expected presses to get
from s to s - 1, f(N) = 1 and f(s) = (N + (N - s) f(s + 1)) / s, and E = K + f(K + 1) + ... +
f(s0) for the starting size s0 > K. The denominators divide s (s + 1) ... (N - 1), so E * N! is an
integer. O(N log N) for the greedy, O(N) for the recurrence. The tests check this against the
Markov chain over all 2^N light patterns (shortest finishes by breadth-first search), solved
with exact fractions.

Instances: every light is on with a probability drawn per instance from [0.2, 0.8]; the starting
size s0 is at least 2 (redrawn a bounded number of times, then two lights are set so that it
is) and K is uniform in [0, s0 - 1], so the random phase always happens (with s0 <= K the answer
would simply be s0 * N!). The prime is drawn from ``COUNTING_PRIMES``.

Difficulty schedule (N uniform in [min_lights, max_lights]):

    d            0   1   2   3  ...  10  ...  20  ...  d
    min_lights   6   7   8   9  ...  16  ...  26  ...  6 + d
    max_lights  12  14  16  18  ...  32  ...  52  ...  12 + 2d

The answer depends only on N, the size of the switch set and K, so a single N per level would
leave few distinct answers (one residue came up on 8% of the instances); N is drawn from a
range. Level 0 has 6 to 12 lights: the switch set has to be found and the recurrence unrolled a
few times. Both ends grow every level, so both get longer.
"""

from __future__ import annotations

from rlve_gym.kernels.combinatorics import FactorialTable, choose_prime
from rlve_gym.modular import modulus_sentence

from ._modular_expectation import ModularFractionEnvironment

#: light patterns drawn before forcing one whose switch set has at least two switches
REDRAWS = 20


def needed_switches(lights: str) -> list[int]:
    """The switches (1-based) whose presses turn all lights off: greedy from the highest light."""
    state = [0] + [int(ch) for ch in lights]
    n = len(lights)
    pressed = []
    for i in range(n, 0, -1):
        if state[i]:
            pressed.append(i)
            for divisor in range(1, int(i**0.5) + 1):
                if i % divisor == 0:
                    state[divisor] ^= 1
                    if divisor * divisor != i:
                        state[i // divisor] ^= 1
    return sorted(pressed)


def expected_presses_times_factorial(n: int, start: int, finish: int, prime: int) -> int:
    """E * n! modulo ``prime`` for a switch set of size ``start`` and short finish ``finish``."""
    if start <= finish:
        return start * FactorialTable(n, prime).fact[n] % prime
    inverses = [0, 1] + [0] * (n - 1)
    for i in range(2, n + 1):
        inverses[i] = (prime - (prime // i) * inverses[prime % i] % prime) % prime
    step_down = 1  # f(n)
    total = 1 if start == n else 0
    for s in range(n - 1, finish, -1):
        step_down = (n + (n - s) * step_down) % prime * inverses[s] % prime
        if s <= start:
            total += step_down
    total += finish
    return total % prime * FactorialTable(n, prime).fact[n] % prime


class DivisorToggleExpectedPresses(ModularFractionEnvironment):
    description = (
        "Expected presses (times N!) in a divisor-toggling light game played at random until a "
        "finish in at most K presses is possible, modulo a prime"
    )
    catalog_name = "DivisorFlipExpectation"

    def schedule(self, difficulty):
        return {"min_lights": 6 + difficulty, "max_lights": 12 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = rng.randint(sizes["min_lights"], sizes["max_lights"])
        share = rng.uniform(0.2, 0.8)
        for _ in range(REDRAWS):
            lights = "".join("1" if rng.random() < share else "0" for _ in range(n))
            if len(needed_switches(lights)) >= 2:
                break
        else:
            lights = "0" * (n - 2) + "11"  # switches n - 1 and n, or a set containing them
        start = len(needed_switches(lights))
        return {
            "lights": lights,
            "finish": rng.randint(0, start - 1),
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        lights = instance["lights"]
        start = len(needed_switches(lights))
        return expected_presses_times_factorial(
            len(lights), start, instance["finish"], instance["modulus"]
        )

    def render(self, instance):
        lights, k = instance["lights"], instance["finish"]
        n = len(lights)
        return (
            f"There are {n} lights, numbered 1 to {n}, and {n} switches, numbered 1 to {n}. "
            f"Pressing switch i toggles (turns on if off, off if on) every light whose number "
            f"divides i; for example, switch 6 toggles lights 1, 2, 3 and 6. The lights start as "
            f"follows, the j-th character being light j (1 = on, 0 = off):\n{lights}\n\n"
            "A game is played in moves. Before every move (including the first), if the lights "
            f"can be turned all off with at most {k} press{'' if k == 1 else 'es'}, the player does so with as few "
            "presses as possible and the game ends. Otherwise the player presses one of the "
            f"{n} switches chosen uniformly at random (independently each move) and continues. "
            "Every press, random or final, counts.\n"
            f"Let E be the expected total number of presses. E * {n}! is an integer; what is it?\n"
            f"For example, with 1 light that is on and 0 final presses allowed, the player presses "
            "switch 1 at random once, so E = 1 and E * 1! = 1.\n"
            f"{modulus_sentence(instance['modulus'], f'number E * {n}!')}\n"
            "Answer with a single integer."
        )
