"""The Qt desktop layer over ``app``."""
