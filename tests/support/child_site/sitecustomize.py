"""Run at the start of every Python a test starts (this folder is on its PYTHONPATH): refuse
what the frozen build leaves out, as the test process does (``tests/support/left_out.py``)."""

import os

if os.environ.get("FACILITATOR_APP_TESTS_REFUSE"):
    from tests.support.left_out import REFUSE_ENV, install

    install(tuple(os.environ[REFUSE_ENV].split(",")))
