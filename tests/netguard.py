"""No network in tests, through a Python audit hook (PEP 578).

An audit hook sees every ``socket.connect``, ``sendto`` and name lookup in the process, whoever
makes it and whenever: in module- and session-scoped fixtures (which run before any
function-scoped monkeypatch), in libraries that kept their own reference to ``socket.getaddrinfo``,
in threads. It cannot be removed, which is what a guard wants. Subprocesses install it with
``python -c "import netguard; netguard.install(); ..."`` (see :func:`python_guarded`).
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from typing import Any

_LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", ""})
_LOOKUPS = frozenset({"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                      "socket.gethostbyaddr"})
_SENDS = frozenset({"socket.connect", "socket.sendto", "socket.sendmsg"})


class NetworkBlocked(RuntimeError):
    """A test tried to reach the network."""


def is_local(host: object) -> bool:
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


def install(*, loopback: bool = True) -> None:
    """Refuse connections and lookups beyond this machine; with ``loopback=False``, refuse every
    IP connection and lookup (for code that must not open a socket at all). Unix sockets pass."""

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event in _SENDS:
            sock, address = args[0], args[1]
            if getattr(sock, "family", None) == getattr(socket, "AF_UNIX", None) or address is None:
                return
            host = address[0] if isinstance(address, tuple) else address
        elif event in _LOOKUPS:
            host = args[0]
            if host is None:
                return
        else:
            return
        if not (loopback and is_local(host)):
            raise NetworkBlocked(f"tests must not use the network ({event} {host!r})")

    sys.addaudithook(hook)


def python_guarded(code: str, *, loopback: bool = False) -> list[str]:
    """``python -c`` arguments that run ``code`` with the guard installed first (strict by
    default); the caller puts this folder on ``PYTHONPATH`` or runs from it."""
    return [sys.executable, "-c", f"import netguard; netguard.install(loopback={loopback}); {code}"]
