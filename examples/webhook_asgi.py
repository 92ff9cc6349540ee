"""The same handlers as an ASGI application: `uvicorn examples.webhook_asgi:app` (or hypercorn, daphne...).

The SDK depends on no ASGI server or framework; `webhooks.asgi_app` speaks the ASGI 3 protocol
itself (HTTP and lifespan). Async handlers run on the server's loop, plain ones in a thread pool.
"""

from __future__ import annotations

from examples.webhooks_app import webhooks

app = webhooks.asgi_app
