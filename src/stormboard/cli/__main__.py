"""``python -m stormboard.cli``: the same as the ``stormboard`` console script."""

from . import main

raise SystemExit(main())
