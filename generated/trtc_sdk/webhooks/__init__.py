"""Receiving Tencent's webhook events: signature checks, typed parsing and dispatch (work in progress)."""
