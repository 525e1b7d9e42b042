"""facilitator_app: capture, bundle and merge the contributions of Ministère ouvert workshops.

The package's core (everything outside ``facilitator_app.ui``) never imports Qt, so the
command line, the storage layer and the tests of both run without a display.
"""

__version__ = "0.1.0"
APP_NAME = "facilitator-app"
APP_AUTHOR = "facilitator-app"
