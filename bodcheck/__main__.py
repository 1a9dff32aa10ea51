from __future__ import annotations

import sys

from bodcheck.cli import main

sys.exit(main())
