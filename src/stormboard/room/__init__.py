"""Room mode: participants write on the wall from their own phones over the LAN (issue 11).

The shared document is a Yjs document (``pycrdt``) served over WebSocket by ``server``; the
``bridge`` keeps it and the board session in step. This is the only package allowed to open
network connections (import-linter contract "Network only in the room adapter").
"""
