"""geoviz's named errors, in the manner of ``geopy.exc``.

The CLI turns any :class:`GeovizError` into one line on stderr and a non-zero exit.
"""

from __future__ import annotations


class GeovizError(Exception):
    """Every error geoviz raises on purpose inherits from this."""


class SourceError(GeovizError):
    """A source could not be read: missing, unreadable, binary, empty or too large."""


class NoSourcesError(SourceError):
    """No readable source was given or found."""


class NoPlacesError(GeovizError):
    """The sources were read but name no place geoviz can map: there is nothing to draw."""


class GazetteerError(GeovizError):
    """The offline gazetteer's data is missing or damaged."""


class GeocoderUnavailable(GazetteerError):
    """An online geocoder failed; callers fall back to the offline gazetteer."""


class OutputError(GeovizError):
    """An output file could not be written."""


class EvaluationError(GeovizError):
    """Ground-truth or corpus files for ``geoviz eval`` are missing or malformed."""


class GeovizWarning(UserWarning):
    """Something the user should know that does not stop the work (e.g. an online geocoder
    fell back to the offline gazetteer). The CLI prints each as one ``warning:`` line."""
