"""Place-name lookup: :class:`OfflineGazetteer` (default, bundled data, no network) and
:class:`GeopyGazetteer` (an online geocoder in front of it). ``import geoviz.gazetteer`` loads no
data and imports neither shapely nor geopy; the first call does the work.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from geoviz.gazetteer.base import Gazetteer
from geoviz.gazetteer.offline import OfflineGazetteer, name_key

if TYPE_CHECKING:
    from geoviz.gazetteer.online import GeopyGazetteer

__all__ = ["ATTRIBUTION", "Gazetteer", "GeopyGazetteer", "OfflineGazetteer", "default_gazetteer", "name_key"]

#: Credit for the data geoviz ships and draws; show it with maps and in --help/about text.
ATTRIBUTION = (
    "Place data: GeoNames (geonames.org), CC BY 4.0; Natural Earth (naturalearthdata.com), "
    "public domain; airportsdata (github.com/mborsetti/airportsdata), MIT; country names in other "
    "languages: iso-codes (via pycountry), LGPL-2.1."
)


@lru_cache(maxsize=1)
def default_gazetteer() -> OfflineGazetteer:
    """The bundled offline gazetteer, opened once per process."""
    return OfflineGazetteer()


def __getattr__(name: str) -> Any:
    # GeopyGazetteer imports geopy: load it only when asked for.
    if name == "GeopyGazetteer":
        from geoviz.gazetteer.online import GeopyGazetteer

        return GeopyGazetteer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
