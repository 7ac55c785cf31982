"""Shared pytest fixtures. Each block below belongs to one area; keep them separate."""

from __future__ import annotations

import netguard
import pytest

# ---------------------------------------------------------------------------- no network
# geoviz is offline by default: any test that reaches beyond this machine is a bug, and must
# fail loudly rather than pass or hang depending on the network. Loopback (Playwright, local
# servers) and Unix sockets are allowed. The guard is an audit hook installed as the test session
# starts, so it also covers module- and session-scoped fixtures (a monkeypatching autouse fixture
# is only set up after them) and cannot be undone by a test.

NetworkBlocked = netguard.NetworkBlocked
netguard.install()


# ---------------------------------------------------------------------------- model values
# A small hand-built incident (invented wording) for tests of export and the CLI that must not
# depend on the pipeline.


def make_incident():
    from shapely.geometry import LineString, Point, Polygon

    from geoviz.model import Evidence, IncidentMap, MapFeature, SourceInfo

    said = Evidence("a.txt", 10, 52, "The jet left Baku for Grozny <early> & late.")
    near = Evidence("b.txt", 0, 40, "It came down 3 km from Aktau.")
    features = (
        MapFeature("origin", "Baku", Point(49.8671, 40.4093), (said,), ("a.txt",), "Origin: Baku",
                   kind="city", order=0),
        MapFeature("crash_site", "near Aktau", Point(51.123456789, 43.6512344), (near,),
                   ("a.txt", "b.txt"), "Crash site, ~3 km from Aktau", kind="airport",
                   uncertainty_km=3.0, order=2, alternatives=("Grozny",)),
        MapFeature("flown_route", "Baku to Aktau", LineString([(49.8671, 40.4093), (51.1234, 43.6512)]),
                   (said,), ("a.txt",), inferred=True, order=1,
                   segments=((LineString([(49.8671, 40.4093), (51.1234, 43.6512)]), True),)),
        MapFeature("area", "Caspian Sea", Polygon([(47, 37), (54, 37), (54, 47), (47, 37)]), (said,),
                   ("a.txt",), kind="sea"),
    )
    return IncidentMap(
        title="Test incident", summary="A made-up flight for tests.", features=features,
        bounds=(40.4093, 47.0, 47.0, 54.0),
        sources=(SourceInfo("a.txt", "First report", "in/a.txt"), SourceInfo("b.txt", "Second", "in/b.txt")),
    )


@pytest.fixture
def incident():
    return make_incident()


# ---------------------------------------------------------------------------- render
# A fictional incident (a regional jet from Split to Bari, diverted to Dubrovnik and
# crashing near Cavtat; invented wording) and the same map with hostile text in every
# field, for tests of the HTML page.

XSS_PAYLOADS: tuple[str, ...] = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "javascript:alert(1)",
    '"><b>x',
    "${alert(1)}`</script>",
    "{{ 7*7 }}{% if true %}jinja{% endif %}",
)


def _ev(source: str, text: str, start: int = 0):
    from geoviz.model import Evidence

    return Evidence(source=source, start=start, end=start + len(text), text=text)


def build_fictional_incident(text: str | None = None):
    """The fictional incident. With ``text``, every string field (titles, names, labels, quoted
    sentences, source names, claims) is replaced by ``text`` plus a suffix that keeps keys distinct."""

    from shapely.geometry import LineString, Point, Polygon

    from geoviz.model import Claim, Conflict, IncidentMap, MapFeature, SourceInfo

    def t(value: str, tag: str = "") -> str:
        return value if text is None else f"{text}{tag}"

    wire, herald = t("adriatic_wire.txt", "1"), t("coastal_herald.html", "2")
    post = t("evening_post.txt", "3")
    sources = (
        SourceInfo(name=wire, title=t("Regional jet crashes near Dubrovnik after diversion"), path=wire),
        SourceInfo(name=herald, title=t("Passengers describe alarm before jet came down"), path=herald),
        SourceInfo(name=post, title=t("Investigators examine pressure fault theory"), path=post),
    )
    split, korcula, dubrovnik = (16.298, 43.5389), (17.13, 42.96), (18.2682, 42.5614)
    crash, bari = (18.215, 42.585), (16.7606, 41.1389)
    features = (
        MapFeature(
            role="origin", name=t("Split Airport"), geometry=Point(split), kind="airport", order=1,
            evidence=(_ev(wire, t("The jet left Split Airport shortly after nine in the morning."), 10),),
            sources=(wire,), label=t("Departed from Split Airport"),
        ),
        MapFeature(
            role="event", name=t("Korčula"), geometry=Point(korcula), kind="city", order=2,
            evidence=(
                _ev(herald, t("Over Korčula the crew reported a cabin pressure warning."), 40),
                _ev(post, t("A pressure warning sounded as the aircraft passed Korčula."), 12),
            ),
            sources=(herald, post), label=t("Cabin pressure warning reported over Korčula"),
        ),
        MapFeature(
            role="diversion", name=t("Dubrovnik Airport"), geometry=Point(dubrovnik), kind="airport",
            order=3, evidence=(_ev(wire, t("The pilots asked to divert to Dubrovnik."), 80),),
            sources=(wire,), label=t("Diverted to Dubrovnik Airport"),
        ),
        MapFeature(
            role="crash_site", name=t("Cavtat"), geometry=Point(crash), kind="city", order=4,
            uncertainty_km=3.0,
            evidence=(
                _ev(wire, t("It came down about three kilometres from Cavtat."), 120),
                _ev(herald, t("Witnesses in Cavtat saw the aircraft descend steeply."), 90),
                _ev(post, t("The wreckage lies in fields near Cavtat."), 60),
            ),
            sources=(wire, herald, post), label=t("Crash site, ~3 km from Cavtat"),
            alternatives=(t("Mlini"),),
        ),
        MapFeature(
            role="destination", name=t("Bari Airport"), geometry=Point(bari), kind="airport",
            evidence=(_ev(post, t("The flight was bound for Bari."), 5),), sources=(post,),
            label=t("Scheduled destination: Bari Airport"),
        ),
        MapFeature(
            role="planned_route", name=t("Split to Bari"), geometry=LineString([split, bari]),
            evidence=(_ev(post, t("The flight was bound for Bari."), 5),), sources=(post,),
            label=t("Planned route, Split to Bari"), inferred=True,
        ),
        MapFeature(
            role="flown_route", name=t("Flight path"),
            geometry=LineString([split, korcula, dubrovnik, crash]),
            evidence=(_ev(wire, t("The pilots asked to divert to Dubrovnik."), 80),),
            sources=(wire, herald), label=t("Split, Korčula, towards Dubrovnik"),
            segments=(
                (LineString([split, korcula]), False),
                (LineString([korcula, (17.7, 42.75), crash]), True),
            ),
        ),
        MapFeature(
            role="place", name=t("Zagreb"), geometry=Point(15.978, 45.815), kind="city",
            evidence=(_ev(herald, t("The airline is based in Zagreb."), 200),), sources=(herald,),
            label=t("Airline headquarters"),
        ),
        MapFeature(
            role="area", name=t("Adriatic Sea"), kind="sea",
            geometry=Polygon([(15.2, 43.2), (16.6, 42.2), (18.0, 41.6), (17.0, 42.7), (15.2, 43.2)]),
            evidence=(_ev(wire, t("The jet flew south over the Adriatic Sea."), 30),), sources=(wire,),
            label=t("Overflown"),
        ),
    )
    conflicts = (
        Conflict(topic=t("Cause"), claims=(
            Claim(topic=t("Cause"), value=t("Cabin pressure fault"), attributed_to=t("the airline"),
                  evidence=(_ev(post, t("The airline pointed to a pressure fault."), 300),), sources=(post,)),
            Claim(topic=t("Cause"), value=t("Bird strike"), attributed_to=t("a local official"),
                  evidence=(_ev(herald, t("A local official spoke of a bird strike."), 310),),
                  sources=(herald,)),
        )),
        Conflict(topic=t("People on board"), claims=(
            Claim(topic=t("People on board"), value=t("48"),
                  evidence=(_ev(wire, t("48 people were aboard."), 5),), sources=(wire,)),
            Claim(topic=t("People on board"), value=t("51"), attributed_to=t("rescuers"),
                  evidence=(_ev(herald, t("Rescuers counted 51 people."), 8),), sources=(herald,)),
        )),
    )
    return IncidentMap(
        title=t("Regional jet crashes near Dubrovnik after diverting"),
        summary=t("A fictional regional flight from Split to Bari diverted to Dubrovnik after a cabin "
                  "pressure warning and crashed about 3 km from Cavtat."),
        features=features,
        bounds=(41.0, 15.5, 46.0, 18.6),
        sources=sources,
        conflicts=conflicts,
    )


@pytest.fixture
def xss_payloads() -> tuple[str, ...]:
    return XSS_PAYLOADS


@pytest.fixture
def fictional_incident():
    """A small, fully populated fictional incident map (render tests)."""
    return build_fictional_incident()


@pytest.fixture
def hostile_incident():
    """The fictional incident with every XSS payload in every text field (render tests)."""
    return build_fictional_incident(" ".join(XSS_PAYLOADS))
