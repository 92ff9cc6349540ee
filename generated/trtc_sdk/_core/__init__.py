"""The hand-written engine of trtc_sdk: one request path shared by every generated command.

It imports nothing generated: the generated package hands it a `registry.Registry` (operations,
regions, error tables, envelope keys) through the Client classes, and its models subclass the bases
in `models.py`. A test imports this package with the generated modules hidden, and import-linter
checks the direction on every `make check`.

    client.py           settings, the retry loop and paging for the blocking client (SyncAPIClient)
    async_client.py     the same for asyncio (AsyncAPIClient)
    registry.py         the data the generated registry hands over, and the policy vocabularies
    request.py          request model from keywords or an instance, then its JSON body
    reply.py            envelope decoding: success, APIError by ErrorCode, or the typed model
    lenient.py          a model from a reply that does not quite fit it, dropping nothing
    models.py           RequestModel (strict) and ResponseModel (lenient) bases; schema extra keys
    enums.py            StrEnum / IntEnum that tolerate unlisted values; which values a request may send
    validation.py       pydantic errors as (field, problem) pairs with did-you-mean
    errors.py           the exception tree
    retry.py            which failures are retried, backoff, deadlines
    signing.py          the cached admin UserSig
    hosts.py            region hosts, base_url checks, proxies
    http.py             headers, signed URLs, bounded decompression
    transport.py        requests transport with a per-attempt deadline watchdog
    async_transport.py  httpx transport
    paging.py           next-page requests and when to stop
    wire.py             reading models by wire keys
    redaction.py        secrets out of logs, reprs and messages
    services.py         base classes of the generated namespaces
    batch.py            <method>_in_batches: chunks, one account of every item (sync and async)
    results.py          failed_items(): per-item failures of a reply that says success
    ratelimit.py        client-side rate limits: GCRA buckets in process or in Redis
    hooks.py            attempt events for logging, metrics and tracing
    limits.py           the schema extra keys that carry limits, and their text
    lazy.py             lazy module attributes (the package facades)
"""
