"""The default build opens no socket and gives the same bytes in every process; the tests' own
network guard (``netguard``, installed by conftest) really refuses the network."""

from __future__ import annotations

import os
import socket
import subprocess
import urllib.request
from pathlib import Path

import pytest
from netguard import NetworkBlocked, python_guarded

TESTS = Path(__file__).resolve().parent
SEEDS = TESTS.parent / "seeds"
UNROUTABLE = ("192.0.2.1", 80)  # TEST-NET-1: a connection that got through would hang, not fail


# ---------------------------------------------------------------------------- the guard


def test_remote_connections_and_lookups_are_refused() -> None:
    with pytest.raises(NetworkBlocked):
        socket.create_connection(UNROUTABLE, timeout=1)
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("example.org", 443)
    with pytest.raises(NetworkBlocked):
        socket.gethostbyname("example.org")
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp, pytest.raises(NetworkBlocked):
        udp.sendto(b"\0", ("192.0.2.1", 53))  # a DNS query needs no connect()
    with pytest.raises(NetworkBlocked):
        urllib.request.urlopen("http://example.org/", timeout=1)


def test_loopback_is_allowed() -> None:
    with socket.create_server(("127.0.0.1", 0)) as server, \
            socket.create_connection(server.getsockname(), timeout=5):
        conn, _ = server.accept()
        conn.close()
    assert socket.getaddrinfo("localhost", 80)


@pytest.fixture(scope="module")
def attempt_in_a_module_fixture() -> BaseException | None:
    # Module-scoped fixtures run before any function-scoped (monkeypatching) one.
    try:
        socket.create_connection(UNROUTABLE, timeout=1).close()
    except (NetworkBlocked, OSError) as exc:
        return exc
    return None


def test_module_scoped_fixtures_are_guarded_too(attempt_in_a_module_fixture: BaseException | None) -> None:
    assert isinstance(attempt_in_a_module_fixture, NetworkBlocked)


# ---------------------------------------------------------------------------- real builds, new processes


def _build_in_process(out: Path, hash_seed: str) -> dict[str, bytes]:
    """``geoviz build seeds/`` in a fresh interpreter whose every socket connection and name
    lookup, loopback included, raises."""
    out.mkdir()
    args = ["build", str(SEEDS), "-o", str(out / "map.html"), "--geojson", str(out / "map.geojson"),
            "--kml", str(out / "map.kml")]
    env = {**os.environ, "PYTHONHASHSEED": hash_seed,
           "PYTHONPATH": os.pathsep.join(filter(None, [str(TESTS), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run(python_guarded(f"from geoviz.cli import main; main({args!r})"),
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "NetworkBlocked" not in done.stderr and "warning" not in done.stderr, done.stderr
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, bytes], dict[str, bytes]]:
    if not SEEDS.is_dir():
        pytest.skip("not a source checkout (no seeds/)")
    base = tmp_path_factory.mktemp("builds")
    return _build_in_process(base / "one", "1"), _build_in_process(base / "two", "4242")


def test_default_build_opens_no_socket(two_builds: tuple[dict[str, bytes], dict[str, bytes]]) -> None:
    one, _ = two_builds  # built under the strict guard: any socket use would have failed it
    assert set(one) == {"map.html", "map.geojson", "map.kml"}
    assert all(one.values())


def test_two_processes_write_identical_bytes(two_builds: tuple[dict[str, bytes], dict[str, bytes]]) -> None:
    one, two = two_builds
    for name in one:
        assert one[name] == two[name], f"{name} differs between processes"


def test_strict_guard_catches_a_socket_in_a_subprocess(tmp_path: Path) -> None:
    """The subprocess check can fail: the same guard refuses a loopback connection."""
    code = "import socket; socket.create_connection(('127.0.0.1', 9), timeout=1)"
    done = subprocess.run(python_guarded(code), capture_output=True, text=True, cwd=TESTS, timeout=60)
    assert done.returncode != 0 and "NetworkBlocked" in done.stderr
