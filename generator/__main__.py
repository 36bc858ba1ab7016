"""``python -m generator build|serve|check|extract``: see ``generator.cli``."""

from generator.cli import main

raise SystemExit(main())
