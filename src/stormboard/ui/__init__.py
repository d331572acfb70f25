"""The PySide6 face of Stormboard."""
