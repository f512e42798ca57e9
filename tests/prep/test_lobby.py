"""The lobby map: current stance, steps, next action, grid, priority, suggestions."""

from __future__ import annotations

from datetime import date

from pln_cli.model.lobby import Contact
from pln_cli.prep.lobby import (
    lobby_map,
    parse_next,
    refuse_contact,
    suggest_person,
    to_json,
)
from tests.prep.conftest import partner_model


def contact(person: str, day: str, step: str, **fields) -> Contact:
    return Contact.model_validate({"person": person, "date": day, "step": step, **fields})


def test_current_stance_is_the_latest_by_date_then_file_order():
    contacts = [
        contact("Budi Santoso", "2017-09-20", "deliver", stance="neutral"),
        contact("Budi Santoso", "2017-09-05", "know", stance="opposed"),  # written later, dated earlier
        contact("Budi Santoso", "2017-09-20", "inform", stance="supportive"),  # same date, later in the file
        contact("Budi Santoso", "2017-09-25", "impress"),  # names no stance
    ]
    budi = lobby_map(partner_model(), contacts).people[1]
    assert budi.name == "Budi Santoso"
    assert budi.stance_start == "skeptical" and budi.stance == "supportive"
    assert [s for _, s in budi.history] == ["opposed", "neutral", "supportive"]
    assert budi.steps_done == ("know", "inform", "deliver", "impress")
    assert budi.last_contact == date(2017, 9, 25) and budi.next_step == "self"


def test_without_contacts_the_partner_file_decides():
    rina = lobby_map(partner_model()).people[0]
    assert (rina.stance_start, rina.stance, rina.steps_done, rina.last_contact, rina.next) == ("supportive", "supportive", (), None, None)


def test_next_is_that_of_the_latest_contact():
    contacts = [
        contact("Dewi Lestari", "2017-09-14", "know", next={"date": "2017-10-10", "action": "Send the billing schedule"}),
        contact("Dewi Lestari", "2017-09-01", "know", next={"date": "2017-09-05", "action": "old"}),
    ]
    assert lobby_map(partner_model(), contacts).people[2].next.action == "Send the billing schedule"
    contacts.append(contact("Dewi Lestari", "2017-10-01", "inform"))
    assert lobby_map(partner_model(), contacts).people[2].next is None


def test_priority_order():
    people = [
        {"name": "Ana", "influence": 4, "stance": "neutral"},
        {"name": "Bea", "influence": 4, "stance": "opposed"},
        {"name": "Cid", "influence": 5, "stance": "neutral"},
        {"name": "Dan", "influence": 4, "stance": "skeptical"},
        {"name": "Eva", "influence": 4, "stance": "skeptical"},
        {"name": "Fay", "influence": 4, "stance": "skeptical"},
        {"name": "Gus", "influence": 4, "stance": "skeptical"},
        {"name": "Hal", "influence": 2, "stance": "opposed"},  # influence too low
        {"name": "Ida", "influence": 5, "stance": "supportive"},  # already on side
        {"name": "Jon", "influence": 3},  # stance unknown
        {"name": "Kit", "influence": 3, "stance": "champion"},
    ]
    contacts = [
        contact("Dan", "2017-09-10", "know"),
        contact("Eva", "2017-09-01", "know"),
        contact("Eva", "2017-09-02", "inform"),
        contact("Kit", "2017-09-01", "know", stance="opposed"),  # now opposed: in priority
        contact("Ida", "2017-09-01", "know", stance="skeptical"),
    ]
    lmap = lobby_map(partner_model(people=people), contacts)
    order = [(p.name, p.next_step) for p in lmap.priority]
    # influence 5 first (Ida now skeptical before Cid neutral); then 4: opposed, skeptical
    # (never contacted first: Fay, Gus by name; then oldest contact: Eva, Dan), neutral; then 3.
    assert order == [
        ("Ida", "inform"), ("Cid", "know"),
        ("Bea", "know"), ("Fay", "know"), ("Gus", "know"), ("Eva", "self"), ("Dan", "inform"), ("Ana", "know"),
        ("Kit", "inform"),
    ]
    assert lmap.unplaced == ("Jon",)


def test_next_step_is_none_when_all_five_are_done():
    contacts = [contact("Budi Santoso", "2017-09-01", step) for step in ("impress", "deliver", "self", "inform", "know")]
    lmap = lobby_map(partner_model(), contacts)
    assert lmap.people[1].steps_done == ("know", "inform", "self", "deliver", "impress")
    assert to_json(lmap)["priority"][0] == {"name": "Budi Santoso", "next_step": None, "influence": 5, "stance": "skeptical", "last_contact": "2017-09-01"}


def test_grid_and_coverage():
    lmap = lobby_map(partner_model(), [contact("Dewi Lestari", "2017-09-14", "know", stance="champion")])
    assert [row.influence for row in lmap.grid] == [5, 4, 3, 2, 1]
    assert lmap.grid[0].cells == ((), ("Budi Santoso",), (), (), ())
    assert lmap.grid[2].cells == ((), (), (), (), ("Dewi Lestari",))
    assert lmap.unplaced == ("Joko Susilo",)
    assert (lmap.coverage.key_people, lmap.coverage.on_side) == (3, 2)


def test_json_keys():
    lmap = lobby_map(partner_model(), [contact("budi santoso", "2017-09-05", "know", stance="skeptical",
                                               next={"date": "2017-09-10", "action": "Send the histogram"}),
                                       contact("Somebody Else", "2017-09-05", "know")])
    data = to_json(lmap)
    assert list(data)[:3] == ["partner", "people", "priority"]
    budi = data["people"][1]
    assert list(budi)[:8] == ["name", "lobby_class", "influence", "stance_start", "stance", "steps_done", "last_contact", "next"]
    assert budi["next"] == {"date": "2017-09-10", "action": "Send the histogram"}
    assert [{k: p[k] for k in ("name", "next_step")} for p in data["priority"]] == [
        {"name": "Budi Santoso", "next_step": "inform"}, {"name": "Dewi Lestari", "next_step": "know"},
    ]
    assert data["unknown"] == ["Somebody Else"]


def test_unknown_person_is_refused_with_the_closest_name():
    partner = partner_model()
    assert refuse_contact(partner, "Budi Santoso") is None
    assert refuse_contact(partner, "BUDI  SANTOSO") is None
    refusal = refuse_contact(partner, "Budi Santosa")
    assert refusal.key == "lobby.person.unknown_suggest" and refusal.params["suggestion"] == "Budi Santoso"
    assert suggest_person(partner, "Dewi") == "Dewi Lestari"
    assert suggest_person(partner, "Xavier Q") is None
    assert refuse_contact(partner, "Xavier Q").render("en") == (
        '"Xavier Q" is not one of the people of total-spbu (known: Rina Hartono, Budi Santoso, Dewi Lestari, Joko Susilo)'
    )


def test_parse_next_option():
    action, problem = parse_next("2017-09-10:Send the Q3 spend histogram: both tabs")
    assert problem is None and action.date == date(2017, 9, 10) and action.action == "Send the Q3 spend histogram: both tabs"
    for bad in ("2017-09-10", "tomorrow:call", "2017-09-10:  "):
        assert parse_next(bad) == (None, parse_next(bad)[1]) and parse_next(bad)[1].key == "lobby.next.invalid"
