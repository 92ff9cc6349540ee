"""Hand-written runtime of trtc_sdk: one request path shared by every generated command."""
