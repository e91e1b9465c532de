"""``rlve-gym serve``: an OpenEnv server with the curriculum on the server side, driven by
``openenv-core``'s own clients over loopback: groups share one problem and are recorded once,
the curriculum follows the verdicts, its state survives a restart and a kill, sessions are
isolated, and every bad request gets a 4xx JSON reason while the server keeps serving."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import subprocess
import sys
import textwrap
import threading
import time

import pytest

pytest.importorskip("openenv", reason="needs the [serve] extra: pip install -e '.[serve]'")

import httpx  # noqa: E402
import uvicorn  # noqa: E402
from openenv.core import GenericEnvClient  # noqa: E402

import rlve_gym  # noqa: E402
from rlve_gym.errors import ConfigError  # noqa: E402
from rlve_gym.problem import Verdict  # noqa: E402
from rlve_gym.server import (  # noqa: E402
    CurriculumService,
    RequestError,
    RlveAction,
    RlveEnvClient,
    ServeSettings,
    create_app,
)

ENVS = ["Multiplication", "ShortestPath"]
GROUP = 4
# one all-correct group at the frontier promotes it: m = min_prompts x group_size = 4 samples
CURRICULUM = {"min_prompts": 1, "group_size": GROUP, "window": 1}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def running_server(**options):
    """A real uvicorn server on a free loopback port, in a thread of this process."""
    settings = ServeSettings(**{"envs": ENVS, "curriculum": CURRICULUM, **options})
    app = create_app(settings)
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}", app.state.service
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        app.state.service.close()


@pytest.fixture(scope="module")
def server():
    with running_server() as (url, service):
        yield url, service


def reference_response(observation) -> str:
    """The right answer, computed on the client side from the public (env, difficulty, seed)."""
    get = observation.get if isinstance(observation, dict) else observation.__getattribute__
    problem = rlve_gym.make(get("env_name")).generate(get("difficulty"), get("seed"))
    return problem.reference_response()


def groups_recorded(url: str) -> int:
    return httpx.get(f"{url}/curriculum").json()["server"]["groups_recorded"]


# ---------------------------------------------------------------------------------------------
# the protocol, through openenv-core's clients


def test_generic_openenv_client_resets_and_steps_over_websocket(server):
    url, _ = server
    with GenericEnvClient(base_url=url).sync() as env:
        first = env.reset()
        observation = first.observation
        assert first.done is False and first.reward is None
        assert observation["prompt"] and observation["env_name"] in ENVS
        assert observation["problem_id"].startswith(observation["env_name"] + "/")
        result = env.step({"response": reference_response(observation)})
        assert result.done is True and result.reward == 1.0
        assert result.observation["verdict"]["correct"] is True
        assert result.observation["episode_id"] == observation["episode_id"]
        state = env.state()
        assert state["step_count"] == 1 and state["episode_id"] == observation["episode_id"]
        assert set(state["server"]["frontiers"]) == set(ENVS)


def test_typed_client_returns_rlve_observations(server):
    url, _ = server
    with RlveEnvClient(base_url=url).sync() as env:
        first = env.reset(env_name="Multiplication", difficulty=2, seed=7)
        assert first.observation.problem_id == "Multiplication/v0/d2/s7"
        wrong = env.step(RlveAction(response="<answer>not a number</answer>"))
        assert wrong.reward == 0.0 and wrong.observation.verdict["format_ok"] is False
        assert "not an integer" in wrong.observation.verdict["reason"]


def test_observations_never_carry_the_reference_answer(server):
    url, _ = server
    with GenericEnvClient(base_url=url).sync() as env:
        for seed in range(4):
            observation = env.reset(env_name="ShortestPath", difficulty=3, seed=seed).observation
            answer = rlve_gym.make("ShortestPath").generate(3, seed).answer
            assert "answer" not in observation and "instance" not in observation
            others = {k: v for k, v in observation.items() if k != "prompt"}
            assert answer not in json.dumps(others)
            result = env.step({"response": "<answer>0</answer>"})
            assert answer not in json.dumps(result.observation)


def test_stateless_http_reset_then_step_with_the_episode_id(server):
    url, _ = server
    reset = httpx.post(f"{url}/reset", json={"env_name": "Multiplication", "seed": 3})
    assert reset.status_code == 200, reset.text
    observation = reset.json()["observation"]
    step = httpx.post(
        f"{url}/step",
        json={
            "action": {
                "response": reference_response(observation),
                "episode_id": observation["episode_id"],
            }
        },
    )
    assert step.status_code == 200, step.text
    assert step.json()["reward"] == 1.0 and step.json()["done"] is True
    assert httpx.get(f"{url}/schema").json()["action"]["required"] == ["response"]
    assert httpx.get(f"{url}/metadata").json()["name"] == "rlve-gym"


# ---------------------------------------------------------------------------------------------
# GRPO groups and the curriculum


def test_group_members_share_one_problem_and_the_group_is_recorded_once():
    with running_server() as (url, _):

        async def member(index: int, group_id: str) -> tuple:
            async with RlveEnvClient(base_url=url) as env:
                first = await env.reset(group_id=group_id, group_size=GROUP)
                await asyncio.sleep(0.05 * index)  # steps arrive one after another
                response = reference_response(first.observation) if index % 2 else "<answer>x"
                result = await env.step(response)
                return first.observation, result

        async def two_groups():
            return await asyncio.gather(
                *(member(i, "step0-a") for i in range(GROUP)),
                *(member(i, "step0-b") for i in range(GROUP)),
            )

        before = groups_recorded(url)
        results = asyncio.run(two_groups())
        for members in (results[:GROUP], results[GROUP:]):
            assert len({first.problem_id for first, _ in members}) == 1
            assert sorted(first.member for first, _ in members) == list(range(GROUP))
            assert sum(result.observation.group_recorded for _, result in members) == 1
            assert [result.reward for _, result in members] == [0.0, 1.0, 0.0, 1.0]
        assert results[0][0].problem_id != results[GROUP][0].problem_id
        assert groups_recorded(url) == before + 2


def test_one_connection_can_hold_a_whole_group(server):
    url, _ = server
    before = groups_recorded(url)
    with GenericEnvClient(base_url=url).sync() as env:
        members = [env.reset(group_id="one-connection", group_size=3).observation for _ in range(3)]
        assert len({m["problem_id"] for m in members}) == 1
        with pytest.raises(RuntimeError, match="group_full"):
            env.reset(group_id="one-connection")
        recorded = [
            env.step(
                {"response": reference_response(m), "episode_id": m["episode_id"]}
            ).observation["group_recorded"]
            for m in members
        ]
    assert recorded == [False, False, True]
    assert groups_recorded(url) == before + 1


def test_curriculum_moves_up_when_the_frontier_is_solved_and_not_otherwise():
    with running_server() as (url, service):
        with GenericEnvClient(base_url=url).sync() as env:
            for responses_right in (False, True):
                members = [
                    env.reset(
                        env_name="Multiplication", group_id=f"g{responses_right}", group_size=GROUP
                    ).observation
                    for _ in range(GROUP)
                ]
                assert {m["difficulty"] for m in members} == {
                    service.curriculum.frontier("Multiplication")
                }
                for m in members:
                    text = reference_response(m) if responses_right else "<answer>-1</answer>"
                    env.step({"response": text, "episode_id": m["episode_id"]})
                frontier = httpx.get(f"{url}/curriculum").json()["server"]["frontiers"]
                assert frontier["Multiplication"] == (1 if responses_right else 0)
        metrics = httpx.get(f"{url}/curriculum").json()["metrics"]
        assert metrics["curriculum/Multiplication/groups_recorded"] == 2.0
        assert metrics["curriculum/Multiplication/difficulty"] == 1.0


def test_shaped_reward_punishes_a_missing_answer_most():
    service = CurriculumService(envs=ENVS, reward="shaped")
    with service:
        rewards = []
        for response in ("no answer at all", "<answer>-1</answer>", None):
            observation = service.reset(None, env_name="Multiplication", seed=5)
            text = response if response is not None else reference_response(observation)
            rewards.append(service.step(None, text, observation["episode_id"])["reward"])
    assert rewards == [-1.0, -0.5, 1.0]


def test_internal_verifier_error_gets_no_reward_and_is_not_recorded(monkeypatch):
    with CurriculumService(envs=ENVS) as service:
        broken = Verdict(False, False, 0.0, "internal verifier error: RuntimeError: boom")
        monkeypatch.setattr(service.compute, "verify", lambda *args: broken)
        observation = service.reset(None, env_name="Multiplication")
        result = service.step(None, "<answer>1</answer>", observation["episode_id"])
        assert result["reward"] is None and result["group_recorded"] is False
        assert service.summary()["groups_recorded"] == 0
        assert service.summary()["internal_errors"] == 1


def test_generator_failure_is_a_500_for_that_reset_only(monkeypatch):
    with CurriculumService(envs=ENVS) as service:

        def broken(*args):
            raise RuntimeError("generator bug")

        monkeypatch.setattr(service.compute, "generate", broken)
        with pytest.raises(RequestError, match="generator bug") as failure:
            service.reset(None, group_id="doomed", group_size=2)
        assert failure.value.status == 500
        monkeypatch.undo()
        observation = service.reset(None, group_id="doomed", group_size=2)  # a fresh group
        assert observation["member"] == 0 and service.summary()["pending_episodes"] == 1


def test_record_false_keeps_a_verdict_out_of_the_curriculum():
    with CurriculumService(envs=ENVS) as service:
        observation = service.reset(None, env_name="Multiplication", record=False)
        result = service.step(None, reference_response(observation), observation["episode_id"])
        assert result["reward"] == 1.0 and result["group_recorded"] is False
        assert service.metrics()["curriculum/Multiplication/groups_recorded"] == 0.0


def test_expired_group_is_recorded_with_the_verdicts_it_has():
    with CurriculumService(envs=ENVS, episode_timeout_s=0.3) as service:
        members = [service.reset(None, group_id="slow", group_size=GROUP) for _ in range(GROUP)]
        for m in members[:2]:
            service.step(None, reference_response(m), m["episode_id"])
        assert service.summary()["groups_recorded"] == 0
        time.sleep(0.4)
        service.reset(None)  # any request sweeps expired groups
        summary = service.summary()
        assert summary["groups_recorded"] == 1 and summary["episodes_expired"] == 2
        metrics = service.metrics()
        assert metrics[f"curriculum/{members[0]['env_name']}/groups_recorded"] == 1.0
        with pytest.raises(RequestError, match="unknown_episode"):
            service.step(None, "<answer>1</answer>", members[2]["episode_id"])


def test_worker_processes_generate_and_verify():
    with CurriculumService(envs=ENVS, workers=1) as service:
        observation = service.reset(None, env_name="ShortestPath", difficulty=2, seed=1)
        assert observation["prompt"] == rlve_gym.make("ShortestPath").generate(2, 1).prompt
        result = service.step(None, reference_response(observation), observation["episode_id"])
        assert result["reward"] == 1.0


# ---------------------------------------------------------------------------------------------
# state on disk


def _play_group(service: CurriculumService, right: bool, name: str) -> None:
    members = [
        service.reset(None, env_name="Multiplication", group_id=name, group_size=GROUP)
        for _ in range(GROUP)
    ]
    for m in members:
        service.step(None, reference_response(m) if right else "<answer>x", m["episode_id"])


def test_state_survives_a_restart(tmp_path):
    options = {"envs": ENVS, "curriculum": CURRICULUM, "state_dir": tmp_path}
    with CurriculumService(**options) as first:
        _play_group(first, True, "a")
        _play_group(first, False, "b")
        drawn = first.reset(None)["problem_id"]
        frontiers, metrics = first.curriculum.frontiers(), first.metrics()
    assert frontiers["Multiplication"] == 1
    with CurriculumService(**options) as second:
        assert second.curriculum.frontiers() == frontiers
        assert second.metrics() == metrics
        assert second.summary()["groups_restored"] == 2
        assert second.reset(None)["problem_id"] != drawn  # the draw counter came back too


def test_killed_server_loses_only_the_groups_in_flight(tmp_path):
    """A process that dies by SIGKILL between snapshots: the journal brings back every group
    it recorded; the half-stepped group in flight is the only loss."""
    script = textwrap.dedent(
        f"""
        import json, os, signal
        import rlve_gym
        from rlve_gym.server import CurriculumService

        def right(m):
            return rlve_gym.make(m["env_name"]).generate(m["difficulty"], m["seed"]).reference_response()

        service = CurriculumService(envs={ENVS!r}, curriculum={CURRICULUM!r},
                                    state_dir={str(tmp_path)!r}, save_every=1000)
        for i, correct in enumerate([True, False, True]):
            members = [service.reset(None, env_name="Multiplication", group_id=f"done{{i}}",
                                     group_size={GROUP}) for _ in range({GROUP})]
            for m in members:
                service.step(None, right(m) if correct else "<answer>x", m["episode_id"])
        members = [service.reset(None, group_id="in-flight", group_size={GROUP})
                   for _ in range({GROUP})]
        service.step(None, right(members[0]), members[0]["episode_id"])
        print(json.dumps(service.metrics()), flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == -9, run.stderr
    before_kill = json.loads(run.stdout.strip().splitlines()[-1])
    with CurriculumService(envs=ENVS, curriculum=CURRICULUM, state_dir=tmp_path) as restored:
        assert restored.summary()["groups_restored"] == 3
        after = restored.metrics()
        for key in before_kill:
            if not key.endswith("problems_served") and not key.endswith("weight"):
                assert after[key] == before_kill[key], key
        assert restored.curriculum.frontier("Multiplication") == 2


def test_two_servers_cannot_share_a_state_dir(tmp_path):
    with CurriculumService(envs=ENVS, state_dir=tmp_path):
        with pytest.raises(ConfigError, match="another rlve-gym server"):
            CurriculumService(envs=ENVS, state_dir=tmp_path)


def test_state_saved_for_other_environments_is_refused_with_a_reason(tmp_path):
    with CurriculumService(envs=ENVS, state_dir=tmp_path):
        pass
    with pytest.raises(ConfigError, match="saved with 1 environments this server does not host"):
        CurriculumService(envs=["Multiplication"], state_dir=tmp_path)


def test_environments_added_since_the_snapshot_start_fresh(tmp_path):
    options = {"curriculum": CURRICULUM, "state_dir": tmp_path}
    with CurriculumService(envs=["Multiplication"], **options) as first:
        _play_group(first, True, "a")
    with CurriculumService(envs=ENVS, **options) as second:
        assert second.curriculum.frontiers() == {"Multiplication": 1, "ShortestPath": 0}
        assert second.summary()["groups_restored"] == 1


# ---------------------------------------------------------------------------------------------
# isolation and bad input


def test_sessions_are_isolated(server):
    url, _ = server
    with GenericEnvClient(base_url=url).sync() as a, GenericEnvClient(base_url=url).sync() as b:
        mine = a.reset(env_name="Multiplication", seed=11).observation
        theirs = b.reset(env_name="Multiplication", seed=12).observation
        with pytest.raises(RuntimeError, match="wrong_session"):
            b.step({"response": "<answer>1</answer>", "episode_id": mine["episode_id"]})
        http = httpx.post(
            f"{url}/step",
            json={"action": {"response": "<answer>1</answer>", "episode_id": mine["episode_id"]}},
        )
        assert http.status_code == 409 and http.json()["error"] == "wrong_session"
        assert b.step({"response": reference_response(theirs)}).reward == 1.0
        assert a.step({"response": reference_response(mine)}).reward == 1.0
    # a closed session's unfinished episode can be stepped by whoever holds its id
    with GenericEnvClient(base_url=url).sync() as a:
        left = a.reset(env_name="Multiplication", seed=13).observation
    time.sleep(0.2)
    late = httpx.post(
        f"{url}/step",
        json={"action": {"response": reference_response(left), "episode_id": left["episode_id"]}},
    )
    assert late.status_code == 200 and late.json()["reward"] == 1.0


BAD_REQUESTS = [
    ("/reset", {"env_name": "Knapsak"}, 404, "unknown_environment"),
    ("/reset", {"env_name": "Multiplication", "difficulty": -1}, 400, "invalid_request"),
    ("/reset", {"env_name": "Multiplication", "difficulty": "hard"}, 400, "invalid_request"),
    ("/reset", {"env_name": "Multiplication", "difficulty": 10**6}, 400, "invalid_request"),
    ("/reset", {"difficulty": 3}, 400, "invalid_request"),
    ("/reset", {"seed": -5}, 422, None),
    ("/reset", {"group_id": ["a"]}, 400, "invalid_request"),
    ("/reset", {"group_id": "x", "group_size": 0}, 400, "invalid_request"),
    ("/reset", {"colour": "blue"}, 400, "invalid_request"),
    ("/reset", [1, 2], 422, None),
    ("/reset", b"{not json", 422, None),
    ("/step", {}, 422, None),
    ("/step", {"action": {"text": "hi"}}, 422, None),
    ("/step", {"action": {"response": 42, "episode_id": "x"}}, 422, None),
    ("/step", {"action": {"response": "<answer>1</answer>"}}, 409, "no_episode"),
    (
        "/step",
        {"action": {"response": "hi", "episode_id": "no-such-episode"}},
        404,
        "unknown_episode",
    ),
    (
        "/step",
        {"action": {"response": "x" * 500_000, "episode_id": "e"}},
        413,
        "response_too_large",
    ),
    ("/step", b"{" + b" " * 3_000_000 + b"}", 413, "body_too_large"),
    ("/step", b'{"action": {"response": "\xff\xfe"}}', 400, None),
]


@pytest.mark.parametrize(("path", "body", "status", "code"), BAD_REQUESTS)
def test_bad_requests_get_a_4xx_json_reason(server, path, body, status, code):
    url, _ = server
    if isinstance(body, bytes):
        reply = httpx.post(
            f"{url}{path}", content=body, headers={"content-type": "application/json"}
        )
    else:
        reply = httpx.post(f"{url}{path}", json=body)
    assert reply.status_code == status, reply.text[:300]
    payload = reply.json()
    assert payload["detail"], payload
    if code is not None:
        assert payload["error"] == code
        assert len(payload["detail"]) > 20  # a sentence, not just a code
    assert httpx.get(f"{url}/health").json()["status"] == "healthy"


def test_second_step_and_group_conflicts_are_409(server):
    url, _ = server
    observation = httpx.post(f"{url}/reset", json={"env_name": "Multiplication"}).json()[
        "observation"
    ]
    action = {"response": "<answer>1</answer>", "episode_id": observation["episode_id"]}
    assert httpx.post(f"{url}/step", json={"action": action}).status_code == 200
    again = httpx.post(f"{url}/step", json={"action": action})
    assert again.status_code == 409 and again.json()["error"] == "episode_finished"
    httpx.post(f"{url}/reset", json={"group_id": "sized", "group_size": 2})
    other = httpx.post(f"{url}/reset", json={"group_id": "sized", "group_size": 3})
    assert other.status_code == 409 and "group_size 2" in other.json()["detail"]
    taken = httpx.post(f"{url}/reset", json={"episode_id": "mine"})
    assert taken.status_code == 200
    taken = httpx.post(f"{url}/reset", json={"episode_id": "mine"})
    assert taken.status_code == 409 and taken.json()["error"] == "episode_id_taken"


def test_websocket_errors_keep_the_session_usable(server):
    url, _ = server
    with GenericEnvClient(base_url=url).sync() as env:
        with pytest.raises(RuntimeError, match="no_episode"):
            env.step({"response": "<answer>1</answer>"})
        with pytest.raises(RuntimeError, match="unknown_environment"):
            env.reset(env_name="NoSuchEnvironment")
        with pytest.raises(RuntimeError, match="VALIDATION_ERROR"):
            env.step({"answer": "wrong field"})
        observation = env.reset().observation
        assert env.step({"response": reference_response(observation)}).reward == 1.0


def test_hostile_responses_are_refused_or_judged(server):
    url, _ = server
    junk = bytes(range(256)).decode("latin-1") * 40 + "\ud800<answer>\udfff\x00</answer>"
    near_limit = "<think>" + "9" * 390_000 + "</think><answer>" + "7" * 5000 + "</answer>"
    with GenericEnvClient(base_url=url).sync() as env:
        env.reset(env_name="Multiplication")
        with pytest.raises(RuntimeError, match="response_too_large"):
            env.step({"response": "x" * 1_000_000})  # 1 MB: refused, the episode stays open
        judged = env.step({"response": junk})
        assert judged.reward == 0.0 and judged.observation["verdict"]["correct"] is False
        env.reset(env_name="ShortestPath", difficulty=2)
        judged = env.step({"response": near_limit})
        assert judged.reward == 0.0 and judged.observation["verdict"]["reason"]
    big = httpx.post(
        f"{url}/step", json={"action": {"response": "x" * 1_000_000, "episode_id": "e"}}
    )
    assert big.status_code == 413
    assert httpx.get(f"{url}/health").json()["status"] == "healthy"


# ---------------------------------------------------------------------------------------------
# command line and import weight


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--envs", "Multiplicaton"], "did you mean 'Multiplication'"),
        (["--reward", "dense"], "reward"),
        (["--curriculum", "no-such-file.yaml"], "no such file"),
        (["--workers", "-1"], "workers"),
        (["--max-response-chars", "0"], "max_response_chars"),
        (["--log-level", "loud"], "--log-level"),
    ],
)
def test_cli_serve_rejects_bad_options_in_one_line(args, message, tmp_path):
    from typer.testing import CliRunner

    from rlve_gym.cli.app import app

    result = CliRunner().invoke(app, ["serve", "--state-dir", str(tmp_path), *args])
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())


def test_cli_serve_refuses_a_port_in_use(tmp_path):
    from typer.testing import CliRunner

    from rlve_gym.cli.app import app

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(
            app, ["serve", "--envs", "Multiplication", "--port", str(port), "--no-state"]
        )
    assert result.exit_code == 2 and "cannot listen" in result.output


def test_import_rlve_gym_does_not_load_the_server_stack():
    code = (
        "import sys, rlve_gym, rlve_gym.server, rlve_gym.cli.app; "
        "print(sorted(m for m in ('openenv', 'fastapi', 'uvicorn') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_multi_turn_episode_over_the_openenv_client():
    """An interactive environment: every step returns feedback until the episode ends; the
    finished episode's verdict reaches the curriculum like any other."""
    with running_server(envs=["HiddenNumberSearch", "Multiplication"]) as (url, service):
        env = rlve_gym.make("HiddenNumberSearch")
        with RlveEnvClient(base_url=url).sync() as client:
            first = client.reset(env_name="HiddenNumberSearch", difficulty=1, seed=3)
            observation = first.observation
            assert "guess" in observation.prompt and first.done is False
            problem = env.generate(1, 3)
            actions = json.loads(problem.answer)
            for i, action in enumerate(actions):
                result = client.step(RlveAction(response=f"<answer>{action}</answer>"))
                if i < len(actions) - 1:
                    assert result.done is False and result.observation.feedback
                    assert result.observation.turn == i + 1 and result.observation.verdict is None
            assert result.done is True and result.reward == 1.0
            assert result.observation.verdict["correct"] and "found" in result.observation.feedback
            assert result.observation.group_recorded
        metrics = service.metrics()
        assert metrics["curriculum/HiddenNumberSearch/groups_recorded"] == 1.0


def test_feedback_mode_over_the_server_pays_less_for_a_later_success():
    with CurriculumService(envs=ENVS) as service:
        observation = service.reset(None, env_name="Multiplication", difficulty=1, attempts=3)
        assert "3 attempts" in observation["prompt"]
        first = service.step(None, "<answer>0</answer>", observation["episode_id"])
        assert first["done"] is False and "Your answer is wrong" in first["feedback"]
        problem = rlve_gym.make("Multiplication").generate(1, observation["seed"])
        second = service.step(None, f"<answer>{problem.answer}</answer>", observation["episode_id"])
        assert second["done"] is True and second["reward"] == 0.5
        assert second["verdict"]["correct"] and second["group_recorded"]
        with pytest.raises(RequestError, match="attempts"):
            service.reset(None, env_name="Multiplication", attempts=0)
