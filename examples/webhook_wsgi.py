"""Receive Tencent's webhooks with the standard library only: `python -m examples.webhook_wsgi [PORT]`.

Any WSGI server works the same way (`gunicorn examples.webhook_wsgi:app`). Try it without Tencent:

    TRTC_WEBHOOK_TOKEN=… trtc webhook fire C2C.CallbackBeforeSendMsg --url http://127.0.0.1:8000/ --sdkappid 1400000000
"""

from __future__ import annotations

import sys
from wsgiref.simple_server import make_server

from examples.webhooks_app import webhooks

app = webhooks.wsgi_app

if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
    with make_server("127.0.0.1", port, app) as server:
        print(f"webhooks on http://127.0.0.1:{port}/")
        server.serve_forever()
