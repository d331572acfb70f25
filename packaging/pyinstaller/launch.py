"""Entry point of the frozen bundle: the same as the ``stormboard`` console script."""

from stormboard.cli import main

raise SystemExit(main())
