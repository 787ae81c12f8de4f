"""Flask extensions, created here and bound in create_app."""
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf import CSRFProtect

csrf = CSRFProtect()
# Limits are counted in memory (or Redis) only: no IP address is ever written to disk or logs.
limiter = Limiter(key_func=get_remote_address, default_limits=[], storage_uri="memory://")
