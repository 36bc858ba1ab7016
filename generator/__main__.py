"""``python -m generator build|serve|check|extract``: see ``generator.cli``."""

import sys

try:
    from generator.cli import main
except KeyboardInterrupt:  # Ctrl-C while Python loads MkDocs and the generator: nothing has started
    print("interrupted: site/ is unchanged", file=sys.stderr)
    raise SystemExit(130) from None

raise SystemExit(main())
