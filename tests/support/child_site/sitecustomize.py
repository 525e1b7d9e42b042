"""Run at the start of every Python a test starts (this folder is on its PYTHONPATH): refuse
what the frozen build leaves out, as the test process does (``tests/support/left_out.py``),
then run the ``sitecustomize`` this one hides, if the interpreter has one further on its path."""

import os
import sys

if os.environ.get("FACILITATOR_APP_TESTS_REFUSE"):
    from tests.support.left_out import REFUSE_ENV, install

    install(tuple(os.environ[REFUSE_ENV].split(",")))


def _run_the_hidden_one() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    for folder in sys.path:
        candidate = os.path.join(folder or os.curdir, "sitecustomize.py")
        if os.path.abspath(folder or os.curdir) != here and os.path.isfile(candidate):
            with open(candidate, encoding="utf-8") as source:
                exec(compile(source.read(), candidate, "exec"), {"__name__": "sitecustomize",
                                                                  "__file__": candidate})
            return


_run_the_hidden_one()
