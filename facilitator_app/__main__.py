"""``python -m facilitator_app`` is the same as the ``facilitator-app`` command."""

import sys

from facilitator_app.cli import main

sys.exit(main())
