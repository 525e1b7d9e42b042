"""The facilitator's local store: one crash-safe SQLite file per installation.

Public entry point: :class:`~facilitator_app.storage.local_store.LocalStore`. Functions here
return frozen dataclasses from :mod:`facilitator_app.domain`, never live ORM objects.
"""

from facilitator_app.storage.local_store import LocalStore

__all__ = ["LocalStore"]
