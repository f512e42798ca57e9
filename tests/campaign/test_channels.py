"""Requested vs approved channels, who decided, and the refusal to post elsewhere."""

from __future__ import annotations

from pln_cli.campaign.channels import channel_status, check_post_channel
from pln_cli.model.campaign import split_channels
from tests.campaign.conftest import approval, build


def test_the_example_mismatch_with_who_decided(example):
    status = channel_status(example)
    assert status.to_json() == {
        "requested": ["instagram", "facebook"],
        "approved": ["facebook"],
        "mismatch": ["instagram"],
        "approval": {"by": "Rina (Marketing)", "date": "2018-01-29", "note": "Instagram budget is reserved for the Lebaran campaign"},
    }


def test_before_any_approval_approved_is_null_and_mismatch_empty():
    assert channel_status(build([])).to_json() == {
        "requested": ["instagram", "facebook"], "approved": None, "mismatch": [], "approval": None,
    }


def test_the_latest_approval_counts_by_date_then_file_order():
    c = build([
        approval("2018-03-05", "facebook", "instagram", by="Rina"),
        approval("2018-03-01", "facebook", by="Budi"),  # written later, dated earlier
    ])
    assert channel_status(c).approval.by == "Rina" and channel_status(c).mismatch == ()
    c = c.with_events(*build([approval("2018-03-05", "instagram", by="Sari")]).events)
    status = channel_status(c)
    assert (status.approval.by, status.approved, status.mismatch) == ("Sari", ("instagram",), ("facebook",))


def test_posting_on_an_unapproved_channel_is_refused_with_a_message():
    c = build([approval("2018-01-29", "facebook", by="Rina (Marketing)")])
    check = check_post_channel(c, "instagram")
    assert not check.allowed and check.warning is None
    assert check.refusal.render("en") == "instagram is not approved for this campaign: Rina (Marketing) approved only facebook on 2018-01-29"
    assert check.refusal.render("id") == "instagram tidak disetujui untuk kampanye ini: Rina (Marketing) hanya menyetujui facebook pada 2018-01-29"
    assert check_post_channel(c, "facebook").allowed


def test_without_approval_posting_is_allowed_with_a_warning():
    check = check_post_channel(build([]), "instagram")
    assert check.allowed and check.warning.key == "campaign.channel_no_approval"


def test_an_empty_approval_approves_nothing():
    c = build([approval("2018-01-29")])
    assert channel_status(c).mismatch == ("instagram", "facebook")
    assert not check_post_channel(c, "facebook").allowed


def test_channels_from_the_command_line():
    assert split_channels("Facebook, instagram,facebook") == (("facebook", "instagram"), None)
    channels, problem = split_channels("facebook,insta")
    assert channels == () and problem.render("en").startswith('"insta" is not a channel')
