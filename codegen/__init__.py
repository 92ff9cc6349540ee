"""Code generator: spec/*.yaml -> generated/trtc_sdk (models, services, registry) and docs/."""
