"""`python -m extraction ...`: see extraction/cli.py."""

import sys

from .cli import main

sys.exit(main())
