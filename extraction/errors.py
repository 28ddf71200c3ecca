"""Typed errors, raised where a problem is found and turned into a clear message at the edge."""


class MonitorError(Exception):
    """Base class for every error this project raises on purpose."""


class RuleError(MonitorError):
    """A rules data file (gazetteer, lexicon) is missing, empty or malformed."""


class SettingsError(MonitorError):
    """A setting has an invalid value."""


class InputError(MonitorError):
    """An input file or argument cannot be used."""


class StoreError(MonitorError):
    """The incident store cannot be opened, migrated or written."""
