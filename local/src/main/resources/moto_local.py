"""moto's server for the local runner, with one change: a DynamoDB transaction snapshots only the
table's item index for rollback instead of deep-copying the whole table. moto's deep copy makes
every TransactWriteItems cost O(table size), which turns a ten-day simulation into an hour.
Our transactions only Put and Delete whole items (never Update), so restoring the item index is
an exact rollback."""
import copy
import sys
from collections import defaultdict

import moto.dynamodb.models as dynamodb_models
from moto.dynamodb.models.table import Table

_deepcopy = copy.deepcopy


def _snapshot(value, memo=None):
    if isinstance(value, Table):
        clone = copy.copy(value)
        clone.items = defaultdict(dict)
        for hash_key, entry in value.items.items():
            clone.items[hash_key] = dict(entry) if isinstance(entry, dict) else entry
        return clone
    return _deepcopy(value) if memo is None else _deepcopy(value, memo)


class _Copy:
    deepcopy = staticmethod(_snapshot)
    copy = staticmethod(copy.copy)


dynamodb_models.copy = _Copy

from moto.server import main  # noqa: E402

sys.argv = ["moto_server"] + sys.argv[1:]
main()
