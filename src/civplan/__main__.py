"""``python -m civplan``: the same as the ``civplan`` command."""

from civplan.cli import main

raise SystemExit(main())
