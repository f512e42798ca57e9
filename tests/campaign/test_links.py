"""UTM-tagged post links, as CAMPAIGNS.md spells them."""

from __future__ import annotations

import pytest

from pln_cli.campaign.links import utm_link

TAGS = "utm_source=facebook&utm_medium=social&utm_campaign=voucher-flight-fanfest&utm_content=p2"


@pytest.mark.parametrize(
    "link,expected",
    [
        ("https://www.jd.id/promo/fanfest", f"https://www.jd.id/promo/fanfest?{TAGS}"),
        ("https://www.jd.id/promo?id=7", f"https://www.jd.id/promo?id=7&{TAGS}"),
        ("https://www.jd.id/promo#rules", f"https://www.jd.id/promo?{TAGS}#rules"),
        ("https://www.jd.id/promo?id=7#rules", f"https://www.jd.id/promo?id=7&{TAGS}#rules"),
        ("https://www.jd.id/promo?", f"https://www.jd.id/promo?{TAGS}"),
    ],
)
def test_tags_join_the_query_and_the_fragment_stays_last(link, expected):
    assert utm_link(link, "facebook", "voucher-flight-fanfest", "p2") == expected


def test_values_are_percent_encoded_as_in_rfc_3986():
    assert utm_link("https://x.id", "other", "a b&c/é~._-", "p1") == (
        "https://x.id?utm_source=other&utm_medium=social&utm_campaign=a%20b%26c%2F%C3%A9~._-&utm_content=p1"
    )
