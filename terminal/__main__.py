"""`python -m terminal` is the same as `store-terminal`."""

import sys

from terminal.cli import main

sys.exit(main())
