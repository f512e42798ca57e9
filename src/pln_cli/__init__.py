"""pln: tools for partnership deals - Presentasi, Lobi, Negosiasi."""

__version__ = "0.1.0"
