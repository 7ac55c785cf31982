"""geoviz: evidence-linked incident maps from news reports."""

__version__ = "0.1.0"
