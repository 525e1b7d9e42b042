"""Bundles: the signed file a facilitator hands to the organisers after the workshop.

:mod:`~facilitator_app.bundle.writer` exports a run, :mod:`~facilitator_app.bundle.reader`
checks a file (the same code for ``verify`` and for the merge); ``docs/bundle-format.md``
describes the format.
"""

from facilitator_app.bundle.container import Limits
from facilitator_app.bundle.format import EXTENSION, FORMAT_VERSION
from facilitator_app.bundle.reader import Bundle, read_bundle, read_bundle_bytes

__all__ = ["EXTENSION", "FORMAT_VERSION", "Bundle", "Limits", "read_bundle", "read_bundle_bytes"]
