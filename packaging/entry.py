"""The frozen application's entry point: the same as ``facilitator-app`` and
``python -m facilitator_app``."""

import sys

from facilitator_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
