"""The package version, in a module of its own so that any layer may print
it without importing the package's public API (which sits on top)."""
__version__ = "0.1.0"
