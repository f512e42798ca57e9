"""UTM-tagged post links (CAMPAIGNS.md, Post link)."""

from __future__ import annotations

from urllib.parse import quote


def _encode(value: str) -> str:
    # RFC 3986: only the unreserved characters A-Z a-z 0-9 - . _ ~ stay as
    # they are; everything else is %XX of its UTF-8 bytes.
    return quote(value, safe="")


def utm_link(link: str, channel: str, campaign: str, post: str) -> str:
    """`link` + `?utm_source=<channel>&utm_medium=social&utm_campaign=<id>&utm_content=<post>`.

    Joined with `&` when the link already has a query; a `#fragment` stays
    last.  The link itself is kept byte for byte (no normalisation).
    """
    base, hash_, fragment = link.partition("#")
    tags = "&".join(
        f"{name}={_encode(value)}"
        for name, value in (("utm_source", channel), ("utm_medium", "social"), ("utm_campaign", campaign), ("utm_content", post))
    )
    if "?" not in base:
        joiner = "?"
    elif base.endswith(("?", "&")):
        joiner = ""  # an empty query, or one already ending in a separator
    else:
        joiner = "&"
    return base + joiner + tags + (hash_ + fragment if hash_ else "")
