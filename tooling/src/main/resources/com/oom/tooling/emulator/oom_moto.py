"""moto's server, made fast enough for a simulated book of orders (the local runner, the tests).

moto keeps a table as a dict of items and answers every Query by sorting and walking every item
of the table, and it deep-copies the whole table before every TransactWriteItems (for rollback).
Both cost O(table size) per request, which turns a ten-day simulation into an hour. This wrapper
changes the cost, not the answers:

1. Queries get their candidates from an index kept up to date on every write: the items of one
   partition for a table Query, the items with the queried key value for a GSI Query. moto's own
   query code then filters, sorts, pages and projects those candidates exactly as before.
2. A failed transaction is undone from a log of the items its writes replaced, instead of
   putting back deep copies of whole tables taken before it.
3. Per-request costs of moto's server go: listing its package directory on disk to route a
   request; counting every message of a queue (reading the clock per message) to read its
   retention period, per message received, and on every send.
4. DynamoDB item responses (already wire-format dicts) are written with json.dumps instead of
   moto's shape-driven serializer.
5. DynamoDB and SQS requests (named by X-Amz-Target) reach their moto handler directly instead of
   through a Flask app per request; moto's per-request introspection of its handler classes is
   done once per class.
6. Connections are kept alive (werkzeug's server closes each one after a response), with Nagle's
   algorithm off.

Checked against plain moto_server with the same random sequences of puts, deletes, updates,
transactions (some failing) and queries: identical answers (LocalRunnerIT runs the suite on it).

With --serialize-requests (the tests), every request runs under one lock: moto's threaded server
evaluates a conditional write and applies it in two steps, so two concurrent conditional writes to
one item could both succeed, which DynamoDB never allows. Clients still connect concurrently. An
SQS long poll would hold the lock, so clients of a serialized server receive with WaitTimeSeconds 0.

Everything else is moto's own server (the same flags as moto_server).
"""
import copy
import inspect
import json
import string
import sys
import threading
from collections import defaultdict

import moto.dynamodb.models as dynamodb_models
from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.table import Table

_deepcopy = copy.deepcopy
_candidates = threading.local()
_journal = threading.local()


class _KeyIndex:
    """For each GSI of a table: key value -> {(hash, range): item}; and for every item the index
    entries it is in, so an item changed in place can be removed by what it was."""

    def __init__(self, table):
        self.hash_attrs = {
            index.name: next(k["AttributeName"] for k in index.schema if k["KeyType"] == "HASH")
            for index in (table.global_indexes or [])
        }
        self.entries = {name: defaultdict(dict) for name in self.hash_attrs}
        self.memberships = {}
        for item in _all_items(table):
            self.add(item)

    def add(self, item):
        key = (item.hash_key, item.range_key)
        self.remove(key)
        placed = []
        for name, attr in self.hash_attrs.items():
            value = item.attrs.get(attr)
            if value is not None:
                self.entries[name][value][key] = item
                placed.append((name, value))
        if placed:
            self.memberships[key] = placed

    def remove(self, key):
        for name, value in self.memberships.pop(key, ()):
            bucket = self.entries[name].get(value)
            if bucket is not None:
                bucket.pop(key, None)
                if not bucket:
                    del self.entries[name][value]

    def items_with(self, index_name, value):
        return list(self.entries[index_name].get(value, {}).values())


def _all_items(table):
    for entry in table.items.values():
        if table.range_key_attr:
            yield from entry.values()
        else:
            yield entry


def _key_index(table):
    index = table.__dict__.get("_oom_key_index")
    if index is None:
        index = _KeyIndex(table)
        table.__dict__["_oom_key_index"] = index
    return index


# --- 1. Queries read candidates from the index ---------------------------------------------------

_original_all_items = Table.all_items
_original_query = Table.query
_original_put_item = Table.put_item
_original_delete_item = Table.delete_item
_original_update_item = DynamoDBBackend.update_item


def _all_items_or_candidates(self):
    table, candidates = getattr(_candidates, "value", (None, None))
    if table is self:
        return list(candidates)
    return _original_all_items(self)


_query_parameters = inspect.signature(_original_query)


def _query(self, *args, **kwargs):
    call = _query_parameters.bind(self, *args, **kwargs).arguments
    candidates = _query_candidates(
        self, call.get("hash_key"), call.get("index_name"), call.get("hash_key_conditions"))
    if candidates is None:
        return _original_query(self, *args, **kwargs)
    _candidates.value = (self, candidates)
    try:
        return _original_query(self, *args, **kwargs)
    finally:
        _candidates.value = (None, None)


def _query_candidates(table, hash_key, index_name, hash_key_conditions):
    if index_name is None:
        if hash_key is None:
            return None
        entry = table.items.get(hash_key)
        if entry is None:
            return []
        return list(entry.values()) if table.range_key_attr else [entry]
    index = _key_index(table)
    attr = index.hash_attrs.get(index_name)
    if attr is None:
        return None
    value = hash_key
    for name, condition_value in hash_key_conditions or ():
        if name == attr:
            value = condition_value
    if value is None:
        return None
    return sorted(
        index.items_with(index_name, value),
        key=lambda item: (item.hash_key, item.range_key) if item.range_key else item.hash_key)


# --- the index follows every write ---------------------------------------------------------------

def _put_item(self, item_attrs, *args, **kwargs):
    if getattr(_journal, "entries", None) is not None:
        try:
            hash_key = dynamodb_models.DynamoType(item_attrs[self.hash_key_attr])
            range_key = (
                dynamodb_models.DynamoType(item_attrs[self.range_key_attr])
                if self.range_key_attr else None)
        except KeyError:
            pass  # moto refuses the item below
        else:
            _remember(self, hash_key, range_key)
    item = _original_put_item(self, item_attrs, *args, **kwargs)
    _key_index(self).add(item)
    return item


def _delete_item(self, hash_key, range_key):
    _remember(self, hash_key, range_key)
    item = _original_delete_item(self, hash_key, range_key)
    if item is not None:
        _key_index(self).remove((item.hash_key, item.range_key))
    return item


def _update_item(self, table_name, key, *args, **kwargs):
    """UpdateItem changes the stored item in place: re-index it afterwards, whatever happened."""
    table = self.tables.get(table_name)
    if table is not None and table.hash_key_attr in key:
        _remember(
            table,
            dynamodb_models.DynamoType(key[table.hash_key_attr]),
            dynamodb_models.DynamoType(key[table.range_key_attr])
            if table.range_key_attr in key else None)
    try:
        return _original_update_item(self, table_name, key, *args, **kwargs)
    finally:
        table = self.tables.get(table_name)
        if table is not None:
            index = _key_index(table)
            hash_value = dynamodb_models.DynamoType(key[table.hash_key_attr])
            range_value = (
                dynamodb_models.DynamoType(key[table.range_key_attr])
                if table.range_key_attr in key else None)
            item = table.items.get(hash_value)
            if range_value is not None and item is not None:
                item = item.get(range_value)
            if item is not None:
                index.add(item)
            else:
                index.remove((hash_value, range_value))


Table.all_items = _all_items_or_candidates
Table.query = _query
Table.put_item = _put_item
Table.delete_item = _delete_item
DynamoDBBackend.update_item = _update_item


# --- 2. Transactions roll back from an undo log ---------------------------------------------------
# moto deep-copies every table a transaction touches (once per item of the transaction) and, on
# failure, puts the copies back. Here the "copy" is the table itself, and a failed transaction is
# undone from a log of what each of its writes replaced.

def _remember(table, hash_key, range_key):
    log = getattr(_journal, "entries", None)
    if log is None:
        return
    entry = table.items.get(hash_key)
    if entry is not None and range_key is not None:
        entry = entry.get(range_key)
    log.append((table, hash_key, range_key, copy.deepcopy(entry) if entry is not None else None))


def _undo(entries):
    for table, hash_key, range_key, previous in reversed(entries):
        if previous is None:
            if range_key is None:
                table.items.pop(hash_key, None)
            else:
                table.items.get(hash_key, {}).pop(range_key, None)
                if hash_key in table.items and not table.items[hash_key]:
                    del table.items[hash_key]
            _key_index(table).remove((hash_key, range_key))
        else:
            if range_key is None:
                table.items[hash_key] = previous
            else:
                table.items[hash_key][range_key] = previous
            _key_index(table).add(previous)


_original_transact_write_items = DynamoDBBackend.transact_write_items


def _transact_write_items(self, transact_items):
    _journal.entries = []
    try:
        return _original_transact_write_items(self, transact_items)
    except Exception:
        _undo(_journal.entries)
        raise
    finally:
        _journal.entries = None


DynamoDBBackend.transact_write_items = _transact_write_items


class _Copy:
    """moto's models module sees this as `copy`: tables are not copied (the undo log replaces the
    copy); everything else is, as before."""

    @staticmethod
    def deepcopy(value, memo=None):
        if isinstance(value, Table):
            return value
        return _deepcopy(value) if memo is None else _deepcopy(value, memo)

    copy = staticmethod(copy.copy)


dynamodb_models.copy = _Copy


# --- 3. moto's own per-request overheads ---------------------------------------------------------

import moto.backends as _backends  # noqa: E402
from moto.core.responses import ActionResult  # noqa: E402
from moto.core.utils import unix_time, unix_time_millis  # noqa: E402
from moto.dynamodb.responses import DynamoHandler, DynamoResult  # noqa: E402
from moto.sqs.models import Queue, SQSBackend  # noqa: E402

_moto_modules = tuple(_backends.list_of_moto_modules())
# moto lists its package directory on disk for every request to find the service.
_backends.list_of_moto_modules = lambda: iter(_moto_modules)


def _retained(self, queue_name, message):
    """moto computes all of a queue's attributes (counting every message, three times) to read the
    retention period, for every message of every receive."""
    retention_period = int(self.get_queue(queue_name).message_retention_period)
    return retention_period + message.sent_timestamp / 1000 > unix_time()


SQSBackend.is_message_valid_based_on_retention_period = _retained


def _counted(keep):
    """A queue count over its messages at one instant: moto reads the clock once per message, and
    computes all counts whenever any attribute is read (on every send)."""

    def count(queue):
        now = unix_time_millis()
        return sum(1 for message in queue._messages if keep(message, now))

    return property(count)


Queue.approximate_number_of_messages = _counted(
    lambda m, now: now > m.visible_at and not now < m.delayed_until)
Queue.approximate_number_of_messages_not_visible = _counted(lambda m, now: not now > m.visible_at)
Queue.approximate_number_of_messages_delayed = _counted(lambda m, now: now < m.delayed_until)


# --- 4. DynamoDB item responses written as JSON directly --------------------------------------------
# moto 5 walks the botocore shape of every response to serialise it, which costs more than the
# operation itself for a page of items. Item operations' results are already wire-format dicts.

_ITEM_ACTIONS = {
    "GetItem", "BatchGetItem", "Query", "PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
    "TransactWriteItems", "TransactGetItems",
}
_PLAIN_RESULTS = (ActionResult, DynamoResult)
_original_serialized = DynamoHandler.serialized


def _serialized(self, action_result):
    if (type(action_result) in _PLAIN_RESULTS and isinstance(action_result.result, dict)
            and self._get_action() in _ITEM_ACTIONS):
        try:
            body = json.dumps(action_result.result, separators=(",", ":"))
        except (TypeError, ValueError):
            return _original_serialized(self, action_result)
        headers = {"Content-Type": "application/x-amz-json-1.0"}
        headers.update(self.response_headers)
        return 200, headers, body
    return _original_serialized(self, action_result)


DynamoHandler.serialized = _serialized

# --- 5. DynamoDB and SQS requests go straight to their handler -------------------------------------
# Every request of the JSON protocols names its service and operation in X-Amz-Target. moto's server
# finds the handler through a Flask app per service (request context, URL map, CORS, debug form
# parsing), and its handlers list their own methods by introspection, convert the operation name
# with regular expressions and draw request ids one character at a time, on every request. Here
# those requests reach the same handler class's dispatch directly with a werkzeug request, as the
# Flask view would, and the per-class work is done once.

import functools  # noqa: E402

import moto.core.responses as _core_responses  # noqa: E402
from botocore.exceptions import ClientError  # noqa: E402
from moto.moto_api._internal.moto_random import MotoRandom  # noqa: E402
from moto.sqs.responses import SQSResponse  # noqa: E402
from werkzeug.wrappers import Request as _Request  # noqa: E402
from werkzeug.wrappers import Response as _Response  # noqa: E402

_core_responses.method_names_from_class = functools.lru_cache(maxsize=None)(
    _core_responses.method_names_from_class)
_core_responses.camelcase_to_underscores = functools.lru_cache(maxsize=4096)(
    _core_responses.camelcase_to_underscores)


def _random_string(self, length=20, include_digits=True, lower_case=False):
    pool = string.ascii_letters + (string.digits if include_digits else "")
    text = "".join(self.choices(pool, k=length))
    return text.lower() if lower_case else text


MotoRandom.get_random_string = _random_string

_HANDLERS = (("DynamoDB_20120810.", DynamoHandler), ("AmazonSQS.", SQSResponse))


def _direct_app(app):
    def call(environ, start_response):
        target = environ.get("HTTP_X_AMZ_TARGET", "")
        handler = next((h for prefix, h in _HANDLERS if target.startswith(prefix)), None)
        if handler is None or environ.get("HTTP_CONTENT_ENCODING"):
            return app(environ, start_response)
        request = _Request(environ)
        try:
            result = handler.dispatch(request, request.url, dict(request.headers))
        except ClientError as error:
            result = 400, {}, error.response["Error"]["Message"]
        status, headers, body = result if len(result) == 3 else (200, {}, result)
        return _Response(response=body, status=status, headers=headers)(environ, start_response)

    return call


# --- 6. connections are kept alive ----------------------------------------------------------------
# werkzeug's development server closes every connection after one response (http.server cannot
# skip an unread request body before the next request line), so every SDK call paid for a new TCP
# connection, and the server for a new thread. Here the body is always read before the
# application runs, so the connection is reused; a chunked request body still closes it. After each
# response werkzeug also waits 10 ms for stray body bytes and discards them: on a kept connection
# that would swallow the client's next request, and there is nothing left to discard.

import io  # noqa: E402
import selectors  # noqa: E402
import types  # noqa: E402

import werkzeug.serving as _serving  # noqa: E402
from werkzeug.serving import WSGIRequestHandler  # noqa: E402


class _NothingToDiscard:
    def register(self, *args):
        pass

    def select(self, timeout=None):
        return []

    def close(self):
        pass


_serving.selectors = types.SimpleNamespace(
    DefaultSelector=_NothingToDiscard, EVENT_READ=selectors.EVENT_READ)


class _KeepAliveRequestHandler(WSGIRequestHandler):
    timeout = 300  # seconds a connection may sit idle: an abandoned one ends with its thread
    # A response is several writes; on a kept connection Nagle's algorithm would hold the last one
    # back until the client's delayed acknowledgement (up to 200 ms a request).
    disable_nagle_algorithm = True

    def send_header(self, keyword, value):
        if (keyword.lower() == "connection" and value.lower() == "close"
                and "chunked" not in self.headers.get("Transfer-Encoding", "").lower()):
            return
        super().send_header(keyword, value)


def _body_read_first(app):
    def call(environ, start_response):
        length = environ.get("CONTENT_LENGTH")
        if length and not environ.get("wsgi.input_terminated"):
            environ["wsgi.input"] = io.BytesIO(environ["wsgi.input"].read(int(length)))
        return app(environ, start_response)

    return call


# --- 7. optionally one request at a time ----------------------------------------------------------

def _serialized_app(app):
    lock = threading.Lock()

    def call(environ, start_response):
        with lock:
            result = app(environ, start_response)
            try:
                return list(result)
            finally:
                if hasattr(result, "close"):
                    result.close()

    return call


import moto.server as _moto_server  # noqa: E402

_arguments = sys.argv[1:]
_serialize = "--serialize-requests" in _arguments
if _serialize:
    _arguments.remove("--serialize-requests")
_run_simple = _moto_server.run_simple


def _run(host, port, app, **options):
    app = _direct_app(app)
    if _serialize:
        app = _serialized_app(app)
    _run_simple(
        host, port, _body_read_first(app), request_handler=_KeepAliveRequestHandler, **options)


_moto_server.run_simple = _run

_moto_server.main(_arguments)
