"""The Event Storming model in pure Python: no Qt, no SQL, no files."""
