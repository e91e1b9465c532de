"""FibonacciTrainPassengers: the closed form against a station-by-station simulation."""

from __future__ import annotations

import pytest

import rlve_gym

ENV = rlve_gym.make("FibonacciTrainPassengers")


def simulate(first, second, stations):
    """Loads after stations 1..stations-1, boarding and alighting one station at a time."""
    boarded = [first, second]
    loads = [first, first]  # station 2: X on, X off
    for _ in range(3, stations):
        on = boarded[-1] + boarded[-2]
        off = boarded[-1]
        boarded.append(on)
        loads.append(loads[-1] + on - off)
    return loads


def solve_by_search(instance):
    """Try every X until the load after station N - 1 equals M (it grows with X)."""
    a, n, m, k = instance["a"], instance["n"], instance["m"], instance["k"]
    x = 0
    while True:
        loads = simulate(a, x, n)
        if loads[-1] == m:
            return loads[k - 1]
        assert loads[-1] < m, "M is not reachable for any X"
        x += 1


@pytest.mark.parametrize("difficulty", (0, 1, 2, 3, 6, 10))
def test_solver_matches_simulation_with_search_over_x(difficulty):
    for seed in range(30):
        problem = ENV.generate(difficulty, seed)
        assert int(problem.answer) == solve_by_search(problem.instance)


def test_queried_station_needs_x_and_is_not_the_last():
    for seed in range(100):
        inst = ENV.generate(0, seed).instance
        assert 4 <= inst["k"] <= inst["n"] - 2


def test_hand_worked_case():
    # a = 5, X = 2: boardings 5 2 7 9 16, loads 5 5 10 12 19 (stations 1..5), then all off at 6
    assert simulate(5, 2, 6) == [5, 5, 10, 12, 19]
    assert ENV.solve({"a": 5, "n": 6, "m": 19, "k": 4}) == 12


def test_malformed_answers():
    problem = ENV.generate(2, 1)
    for text in ("", "12 passengers", "1.0", "9" * 80):
        v = ENV.verify(problem, f"<answer>{text}</answer>")
        assert not v.correct and not v.format_ok
