"""The package version, in a module of its own so that internals can read it without importing
the package root (which would close an import cycle through the SDK)."""

__version__ = "0.1.0"
