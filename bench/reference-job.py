#!/usr/bin/env python3
"""How fast this machine is right now, for reading import figures taken at different times.

Builds the 13 case indexes of an imported database again, in a copy, with Python's own SQLite and
no Java: the part of an import that no change to Duty Desk can make faster. On the 2-core machine
it takes about 1.0 s in a quiet window and 1.2-1.7 s in a busy one.

    bench/reference-job.py /tmp/i.db
"""
import os
import shutil
import sqlite3
import sys
import tempfile
import time

if len(sys.argv) != 2:
    sys.exit("usage: bench/reference-job.py IMPORTED.db")
with tempfile.TemporaryDirectory() as tmp:
    copy = os.path.join(tmp, "copy.db")
    shutil.copy(sys.argv[1], copy)
    c = sqlite3.connect(copy, isolation_level=None)
    c.execute("PRAGMA journal_mode = OFF")
    c.execute("PRAGMA synchronous = OFF")
    c.execute("PRAGMA cache_size = -262144")
    indexes = c.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases'"
                        " AND sql IS NOT NULL").fetchall()
    c.execute("BEGIN")
    for name, _ in indexes:
        c.execute('DROP INDEX "%s"' % name.replace('"', '""'))
    c.execute("SELECT count(*) FROM cases WHERE coalesce(pnc, 1)").fetchall()   # the table in cache
    start = time.time()
    for _, sql in indexes:
        c.execute(sql)
    print("reference job: %d case indexes in %.2f s" % (len(indexes), time.time() - start))
    c.execute("COMMIT")
    c.close()
