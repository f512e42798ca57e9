"""`pln lobby log` and `pln lobby map`, from the command line."""

from __future__ import annotations

import json

import pytest

from tests.conftest import golden, run

LOG = "lobby/total-spbu.yaml"
TODAY = "2017-10-09"


def ok(result):
    assert result.exit_code == 0, result.output
    return result


@pytest.mark.parametrize("lang", ["en", "id"])
def test_map_of_the_example(runner, workspace, lang):
    result = ok(run(runner, "lobby", "map", "total-spbu", "--today", TODAY, "--lang", lang))
    golden(f"lobby/total-spbu.{lang}.txt", result.output)


def test_map_json_has_the_contract_keys(runner, workspace):
    data = json.loads(ok(run(runner, "lobby", "map", "total-spbu", "-f", "json", "--today", TODAY)).output)
    assert list(data)[:3] == ["partner", "people", "priority"] and data["partner"] == "total-spbu"
    keys = ["name", "lobby_class", "influence", "stance_start", "stance", "steps_done", "last_contact", "next"]
    assert all(list(p)[: len(keys)] == keys for p in data["people"])
    budi = next(p for p in data["people"] if p["name"] == "Budi Santoso")
    assert {k: budi[k] for k in keys} == {
        "name": "Budi Santoso", "lobby_class": "key_contact", "influence": 5, "stance_start": "skeptical", "stance": "neutral",
        "steps_done": ["know", "inform", "deliver", "impress"], "last_contact": "2017-10-03",
        "next": {"date": "2017-10-13", "action": "Visit two stations with him to check the banner before launch"},
    }
    assert [{k: p[k] for k in ("name", "next_step")} for p in data["priority"]] == [
        {"name": "Budi Santoso", "next_step": "self"}, {"name": "Dewi Lestari", "next_step": "inform"},
    ]
    assert data["grid"]["5"]["neutral"] == ["Budi Santoso"] and data["coverage"] == {"key_people": 3, "on_side": 1}


def test_map_without_a_log_uses_the_partner_file(runner, workspace):
    data = json.loads(ok(run(runner, "lobby", "map", "uber", "-f", "json", "--today", TODAY)).output)
    assert [(p["name"], p["stance"], p["steps_done"], p["next"]) for p in data["people"]] == [
        ("Kevin Halim", "neutral", [], None), ("Anisa Rahman", "skeptical", [], None),
    ]
    # never contacted: influence 4 before 3, and "know" comes first
    assert [(p["name"], p["next_step"]) for p in data["priority"]] == [("Anisa Rahman", "know"), ("Kevin Halim", "know")]
    markdown = ok(run(runner, "lobby", "map", "uber", "-f", "markdown", "--today", TODAY)).output
    assert markdown.startswith("# Lobby map: Uber Indonesia") and "| Anisa Rahman " in markdown
    assert "- Anisa Rahman: skeptical (partner file) → no contact yet" in markdown


def test_log_appends_a_contact_and_moves_the_stance(runner, workspace):
    before = (workspace / LOG).read_text()
    result = ok(run(runner, "lobby", "log", "total-spbu", "--person", "dewi lestari", "--step", "inform", "--channel", "email",
                    "--stance", "supportive", "--note", "Sent the billing schedule: she agrees", "--next", "2017-10-20:Lunch after launch",
                    "--today", "2017-10-10"))
    assert "Dewi Lestari" in result.output
    after = (workspace / LOG).read_text()
    assert after.startswith(before)
    assert after[len(before):] == (
        "---\nperson: Dewi Lestari\ndate: 2017-10-10\nstep: inform\nchannel: email\nstance: supportive\n"
        'note: "Sent the billing schedule: she agrees"\nnext: {date: 2017-10-20, action: Lunch after launch}\n...\n'
    )
    data = json.loads(ok(run(runner, "lobby", "map", "total-spbu", "-f", "json", "--today", "2017-10-10")).output)
    dewi = next(p for p in data["people"] if p["name"] == "Dewi Lestari")
    assert (dewi["stance_start"], dewi["stance"], dewi["steps_done"]) == ("neutral", "supportive", ["know", "inform"])
    assert data["coverage"] == {"key_people": 3, "on_side": 2}
    assert [p["name"] for p in data["priority"]] == ["Budi Santoso"]
    assert run(runner, "check").exit_code == 0


def test_the_first_contact_creates_the_log(runner, workspace):
    path = workspace / "lobby" / "uber.yaml"
    ok(run(runner, "lobby", "log", "uber", "--person", "Anisa Rahman", "--step", "know", "--date", "2018-02-01", "--today", "2018-02-02"))
    ok(run(runner, "lobby", "log", "uber", "--person", "Anisa Rahman", "--step", "inform", "--stance", "neutral", "--today", "2018-02-05"))
    assert path.read_text() == (
        "person: Anisa Rahman\ndate: 2018-02-01\nstep: know\n...\n"
        "---\nperson: Anisa Rahman\ndate: 2018-02-05\nstep: inform\nstance: neutral\n...\n"
    )
    assert run(runner, "check").exit_code == 0


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["--person", "Budi Santosa", "--step", "self"], 1, '"Budi Santosa" is not one of the people of total-spbu; did you mean "Budi Santoso"?'),
        (["--person", "Budi", "--step", "self"], 1, 'did you mean "Budi Santoso"?'),
        (["--person", "Joko Widodo", "--step", "self"], 1, "(known: Rina Hartono, Budi Santoso, Dewi Lestari)"),
        (["--person", "Budi Santoso", "--step", "lunch"], 2, "--step 'lunch': use one of know, inform, self, deliver, impress"),
        (["--person", "Budi Santoso", "--step", "self", "--stance", "hostile"], 2, "--stance 'hostile'"),
        (["--person", "Budi Santoso", "--step", "self", "--channel", "pigeon"], 2, "--channel 'pigeon'"),
        (["--person", "Budi Santoso", "--step", "self", "--next", "tomorrow:call"], 2, "write DATE:ACTION"),
        (["--person", "Budi Santoso", "--step", "self", "--date", "2017-13-01"], 2, "YYYY-MM-DD"),
        (["--step", "self"], 2, "--person"),
    ],
)
def test_a_refused_contact_leaves_the_log_unchanged(runner, workspace, args, code, message):
    before = (workspace / LOG).read_bytes()
    result = run(runner, "lobby", "log", "total-spbu", *args, "--today", TODAY)
    assert result.exit_code == code, result.output
    assert message in result.output
    assert (workspace / LOG).read_bytes() == before


def test_an_unknown_person_is_refused_in_indonesian_too(runner, workspace):
    result = run(runner, "lobby", "log", "total-spbu", "--person", "Rina Hartanto", "--step", "deliver", "--lang", "id")
    assert result.exit_code == 1 and 'maksud Anda "Rina Hartono"?' in result.output


def test_a_torn_log_refuses_appends_and_the_map_says_so(runner, workspace):
    path = workspace / LOG
    path.write_text(path.read_text() + "---\nperson: Budi Santoso\ndate: 2017-10-1")
    before = path.read_bytes()
    result = run(runner, "lobby", "log", "total-spbu", "--person", "Budi Santoso", "--step", "self")
    assert result.exit_code == 1 and "torn-write" in result.output
    assert path.read_bytes() == before
    shown = run(runner, "lobby", "map", "total-spbu", "-f", "json", "--today", TODAY)
    assert shown.exit_code == 0 and "torn-write" in shown.stderr
    assert len(json.loads(shown.stdout)["people"]) == 3


def test_unknown_partner_is_a_usage_error(runner, workspace):
    for args in (["map", "totall"], ["log", "totall", "--person", "Budi", "--step", "know"]):
        result = run(runner, "lobby", *args)
        assert result.exit_code == 2 and "no such partner" in result.output
    assert not (workspace / "lobby" / "totall.yaml").exists()


@pytest.mark.parametrize("command", ["log", "map"])
def test_lobby_commands_have_help_and_today(runner, command):
    result = run(runner, "lobby", command, "--help")
    assert result.exit_code == 0 and "--today" in result.output
