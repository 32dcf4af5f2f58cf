"""The Qt desktop layer over ``app``."""
from ui.refcount_guard import protect_none

protect_none()
