"""Campaign logs: the plan and its events, with line:column Problems and the deal log's stream rules."""

from __future__ import annotations

import multiprocessing
from datetime import date
from pathlib import Path

import pytest

from pln_cli.load.append import AppendRefused, append_document
from pln_cli.load.campaigns import (
    CAMPAIGN_LOG,
    approval_document,
    load_campaign,
    mention_document,
    metrics_document,
    parse_campaign_bytes,
    plan_document,
    post_document,
    render_post,
)
from pln_cli.model.campaign import Snapshot

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "campaigns" / "voucher-flight-fanfest.yaml"

PLAN = """\
# hand-written comment that must survive
campaign: race
product: jd_voucher
start: 2018-03-01
end: 2018-04-26
channels: [instagram, facebook]
link: https://www.jd.id/promo/fanfest
wheel:
  tracking: {owner: Sari}
...
"""
APPROVED = PLAN + "---\nevent: approval\nby: Rina\ndate: 2018-02-27\nchannels: [facebook]\n...\n"


def parse(text: str, name: str = "race"):
    return parse_campaign_bytes(Path(f"/ws/campaigns/{name}.yaml"), text.encode("utf-8"))


def codes(entry) -> list[tuple[str, int | None, int | None, str]]:
    return [(p.code, p.line, p.column, p.severity) for p in entry.problems]


def test_the_example_loads_without_a_problem():
    entry = load_campaign(EXAMPLE)
    assert entry.problems == []
    c = entry.campaign
    assert (c.id, len(c.approvals), len(c.posts), len(c.snapshots), len(c.mentions)) == ("voucher-flight-fanfest", 1, 5, 10, 5)
    assert c.plan.wheel.targets()["engagement_rate"] == 0.03


def test_a_torn_tail_is_an_error_and_the_complete_documents_still_load():
    text = APPROVED + "---\nevent: post\npost: p1\ndate: 2018-03-01\nchannel: facebook\n...\n---\nevent: post\npost: p2\n"
    entry = parse(text)
    assert codes(entry) == [("torn-write", 23, 1, "error")]
    assert entry.problems[0].hint.render("en").startswith("check the last event by hand")
    assert [p.post for p in entry.campaign.posts] == ["p1"]
    assert [p.code for p in CAMPAIGN_LOG.refuse(entry)] == ["torn-write"]


def test_not_a_campaign_file():
    assert codes(parse("deal: x\n...\n")) == [("campaign-header", 1, 1, "error")]


@pytest.mark.parametrize(
    "event,expected",
    [
        ("event: poster\ndate: 2018-03-01\n", ("campaign-event", 18, 8, "error")),
        ("post: p1\ndate: 2018-03-01\n", ("campaign-document", 18, 1, "error")),
        ("event: post\npost: p2\ndate: 2018-03-01\nchannel: facebook\n", ("post-number", 19, 7, "error")),
        ("event: post\npost: 1\ndate: 2018-03-01\nchannel: facebook\n", ("post-id", 19, 7, "error")),
        ("event: post\npost: p1\ndate: 2018-03-01\nchannel: insta\n", ("choice", 21, 10, "error")),
        ("event: metrics\npost: p9\ndate: 2018-03-01\nreach: 10\n", ("unknown-post", 19, 7, "error")),
        ("event: metrics\npost: p9\ndate: 2018-03-01\nreach: 12k\n", ("count", 21, 8, "error")),
        ("event: mention\ndate: 2018-03-01\nwhere: IG\nsentiment: angry\n", ("choice", 21, 12, "error")),
        ("event: mention\ndate: 2018-03-01\nwhere: IG\nsentiment: positive\nreplied: maybe\n", ("choice", 22, 10, "error")),
    ],
)
def test_bad_events_are_problems_at_line_and_column(event, expected):
    entry = parse(APPROVED + "---\n" + event + "...\n")
    assert codes(entry) == [expected]
    assert entry.campaign is None


def test_plan_problems_point_at_the_value():
    entry = parse(PLAN.replace("end: 2018-04-26", "end: 2018-02-01"))
    assert codes(entry) == [("campaign-period", 5, 6, "error")]
    entry = parse(PLAN.replace("wheel:\n", "wheel:\n  measurement: {targets: {reache: 5}}\n"))
    (problem,) = entry.problems
    assert (problem.code, problem.line, problem.column) == ("unknown-field", 9, 27)
    assert problem.hint.render("en") == 'did you mean "reach"?'
    assert codes(parse(PLAN, name="other")) == [("id-mismatch", 2, 11, "error")]
    assert codes(parse(PLAN.replace("channels: [instagram, facebook]", "channels: []"))) == [("too-short", 6, 11, "error")]
    assert codes(parse(PLAN.replace("product: jd_voucher", "product: jd_pulsa_x"))) == [("choice", 3, 10, "error")]


def test_odd_dates_and_unapproved_posts_are_warnings_with_positions():
    text = APPROVED + (
        "---\nevent: post\npost: p1\ndate: 2018-05-01\nchannel: instagram\n...\n"
        "---\nevent: metrics\npost: p1\ndate: 2018-04-30\nreach: 5\n...\n"
    )
    entry = parse(text)
    assert codes(entry) == [("post-date", 20, 7, "warning"), ("unapproved-channel", 21, 10, "warning"), ("snapshot-date", 26, 7, "warning")]
    assert entry.campaign is not None


def test_a_new_plan_has_five_spokes_and_an_unfilled_one_stays_missing():
    text = plan_document("fanfest", "jd_voucher", date(2018, 3, 1), date(2018, 4, 26), ["instagram", "facebook"],
                         title="FanFest: win tickets", offer="happy-fresh-2018q1", link="https://www.jd.id/promo",
                         wheel={"tracking": {"listen": ["#jdid"], "owner": "Sari"}}, lang="id")
    for spoke in ("tracking", "distribution", "content", "engagement", "measurement"):
        assert f"  {spoke}:" in text
    assert "# Isi: apa yang kami inginkan" in text
    entry = parse(text, name="fanfest")
    assert entry.problems == []
    plan = entry.campaign.plan
    assert plan.wheel.planned() == {"tracking": True, "distribution": False, "content": False, "engagement": False, "measurement": False}
    assert (plan.title, plan.cadence_days, plan.wheel.tracking.listen) == ("FanFest: win tickets", 14, ("#jdid",))


def test_every_event_document_reads_back_as_written():
    text = APPROVED
    text += approval_document("Budi: Head of Marketing", date(2018, 3, 2), ["facebook", "instagram"], "yes, after the numbers")
    text += post_document("p1", date(2018, 3, 3), "instagram", kind="reel", text="Menang tiket #FanFest!\nSerius.", code="0123",
                          link="https://x.id/p?a=1&utm_source=instagram#top", note="- dash first")
    text += metrics_document(Snapshot(post="p1", date=date(2018, 3, 5), reach=12000, reply_minutes=45, redemptions=0))
    text += mention_document(date(2018, 3, 6), "Twitter: @someone", "negative", "no", "no")
    entry = parse(text)
    assert entry.problems == []
    approval, post, snapshot, mention = entry.campaign.events[1:]
    assert (approval.by, approval.channels, approval.note) == ("Budi: Head of Marketing", ("facebook", "instagram"), "yes, after the numbers")
    assert (post.text, post.code, post.link, post.note) == ("Menang tiket #FanFest!\nSerius.", "0123", "https://x.id/p?a=1&utm_source=instagram#top", "- dash first")
    assert snapshot.counts() == {"reach": 12000, "reply_minutes": 45, "redemptions": 0}
    assert (mention.where, mention.replied, mention.note) == ("Twitter: @someone", "no", "no")


# --- appending --------------------------------------------------------------------


@pytest.fixture
def log(tmp_path) -> Path:
    (tmp_path / "campaigns").mkdir()
    path = tmp_path / "campaigns" / "race.yaml"
    path.write_text(APPROVED)
    return path


def test_posts_are_numbered_and_tagged_under_the_lock(log):
    append_document(log, CAMPAIGN_LOG, render_post(date(2018, 3, 1), "facebook", kind="image"))
    _, text = append_document(log, CAMPAIGN_LOG, render_post(date(2018, 3, 15), "facebook"))
    assert "post: p2\n" in text
    assert "utm_campaign=race&utm_content=p2" in text
    entry = load_campaign(log)
    assert entry.problems == [] and [p.post for p in entry.campaign.posts] == ["p1", "p2"]
    assert log.read_text().startswith(APPROVED)


def test_posting_on_an_unapproved_channel_leaves_the_file_byte_for_byte_unchanged(log):
    before = log.read_bytes()
    with pytest.raises(AppendRefused) as refused:
        append_document(log, CAMPAIGN_LOG, render_post(date(2018, 3, 1), "instagram"))
    (problem,) = refused.value.problems
    assert problem.code == "unapproved-channel"
    assert problem.message.render("en") == "instagram is not approved for this campaign: Rina approved only facebook on 2018-02-27"
    assert log.read_bytes() == before


def test_an_invalid_new_event_or_a_torn_log_is_refused(log):
    with pytest.raises(AppendRefused) as refused:
        append_document(log, CAMPAIGN_LOG, lambda entry: "---\nevent: metrics\npost: p7\ndate: 2018-03-01\n...\n")
    assert [(p.path, p.code, p.line) for p in refused.value.problems] == [("(new event)", "unknown-post", 3)]
    log.write_text(APPROVED + "---\nevent: mention\n")
    before = log.read_bytes()
    with pytest.raises(AppendRefused):
        append_document(log, CAMPAIGN_LOG, render_post(date(2018, 3, 1), "facebook"))
    assert log.read_bytes() == before


def _poster(path: str, count: int) -> None:
    for k in range(count):
        append_document(Path(path), CAMPAIGN_LOG, render_post(date(2018, 3, 1 + k), "facebook", text=f"writer post {k}"))


def test_four_processes_posting_lose_and_duplicate_nothing(log):
    ctx = multiprocessing.get_context("fork")
    workers = [ctx.Process(target=_poster, args=(str(log), 8)) for _ in range(4)]
    for p in workers:
        p.start()
    for p in workers:
        p.join(timeout=120)
        assert p.exitcode == 0
    entry = load_campaign(log)
    assert entry.problems == []
    assert [p.post for p in entry.campaign.posts] == [f"p{n}" for n in range(1, 33)]
    assert log.read_text().startswith(APPROVED)


def test_partner_and_offer_references_are_checked_against_the_workspace(tmp_path):
    import shutil

    from pln_cli.load.campaigns import check_campaign_refs, snapshot_from_options
    from pln_cli.load.workspace import load_workspace

    root = tmp_path / "ws"
    shutil.copytree(EXAMPLE.parents[1], root)
    workspace = load_workspace(root)
    entry = load_campaign(root / "campaigns" / "voucher-flight-fanfest.yaml")
    check_campaign_refs(entry, workspace)
    assert entry.problems == []
    text = (root / "campaigns" / "voucher-flight-fanfest.yaml").read_text()
    bad = root / "campaigns" / "voucher-flight-fanfest.yaml"
    bad.write_text(text.replace("partner: happy-fresh", "partner: happy-fres"))
    entry = load_campaign(bad)
    check_campaign_refs(entry, workspace)
    assert [(p.code, p.line, p.column) for p in entry.problems] == [("unknown-partner", 11, 10)]
    assert entry.problems[0].hint.render("en") == 'did you mean "happy-fresh"?'
    bad.write_text(text.replace("offer: happy-fresh-2018q1", "offer: uber-rides-2018"))
    entry = load_campaign(bad)
    check_campaign_refs(entry, workspace)
    assert [(p.code, p.line, p.column) for p in entry.problems] == [("offer-partner", 12, 8)]
    bad.write_text(text.replace("offer: happy-fresh-2018q1", "offer: no-such-offer"))
    entry = load_campaign(bad)
    check_campaign_refs(entry, workspace)
    assert [p.code for p in entry.problems] == ["unknown-offer"]
    snapshot = snapshot_from_options("p1", date(2018, 3, 3), {"reach": 10, "likes": None, "redemptions": 0})
    assert snapshot.counts() == {"reach": 10, "redemptions": 0}
