"""Shared pytest fixtures. Each block below belongs to one area; keep them separate."""

from __future__ import annotations

import ipaddress
import socket

import pytest

# ---------------------------------------------------------------------------- no network
# geoviz is offline by default: any test that reaches beyond this machine is a bug, and must
# fail loudly rather than pass or hang depending on the network.

_LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", ""})


def _is_local(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    if host.lower() in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


class NetworkBlocked(RuntimeError):
    """A test tried to reach the network."""


@pytest.fixture(autouse=True)
def _block_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Allow Unix sockets and loopback (Playwright, local servers); refuse everything else."""
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def check(sock: socket.socket, address: object) -> None:
        if sock.family == getattr(socket, "AF_UNIX", None):
            return
        host = address[0] if isinstance(address, tuple) else address
        if not _is_local(host):
            raise NetworkBlocked(f"tests must not use the network (connect to {address!r})")

    def connect(sock: socket.socket, address: object) -> None:
        check(sock, address)
        return real_connect(sock, address)

    def connect_ex(sock: socket.socket, address: object) -> int:
        check(sock, address)
        return real_connect_ex(sock, address)

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> list:
        if host is not None and not _is_local(host):
            raise NetworkBlocked(f"tests must not use the network (resolve {host!r})")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


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
