#!/bin/sh
# /usr/bin/facilitator-app: the installed one-folder application under /opt.
exec /opt/facilitator-app/facilitator-app "$@"
