"""The Reprisal Registry: create_app and its small register_* steps. Nothing else."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import config as settings

if TYPE_CHECKING:  # Flask is imported inside create_app: registry.domain must load without it
    from flask import Flask

__version__ = "0.1.0"


def create_app(test_config: dict | None = None) -> "Flask":
    """Build the app: config, instance folder and keys, database, extensions, blueprints, CLI."""
    from flask import Flask

    instance = settings.instance_path()
    if test_config and test_config.get("INSTANCE_PATH"):
        instance = Path(test_config["INSTANCE_PATH"]).resolve()
    settings.ensure_instance(instance)
    app = Flask(
        __name__,
        instance_path=str(instance),
        instance_relative_config=True,
        template_folder=str(settings.PROJECT_ROOT / "templates"),
    )
    register_config(app, test_config)
    register_proxies(app)
    register_database(app)
    register_extensions(app)
    register_converters(app)
    register_blueprints(app)
    register_errors(app)
    register_cli(app)
    register_feed_regeneration(app)
    register_cache_purge(app)
    return app


def register_config(app: "Flask", test_config: dict | None) -> None:
    app.config.from_mapping(settings.DEFAULTS)
    app.config["SECRET_KEY"] = settings.read_secret_key(Path(app.instance_path))
    app.config.from_pyfile("config.py", silent=True)
    try:
        app.config.from_mapping(settings.environment_overrides())
    except ValueError as exc:
        # A clear one-line message instead of a traceback: this is the operator's typo, not a bug.
        raise SystemExit(f"Configuration error: {exc}") from None
    if test_config:
        app.config.from_mapping(test_config)
    problem = settings.shared_storage_problem(app.config)
    if problem:
        # Exit status 3 is gunicorn's "worker failed to boot": it stops, instead of restarting
        # workers that fail the same way forever.
        print(f"Configuration error: {problem}", file=sys.stderr)
        raise SystemExit(3)
    if app.config["PRODUCTION"]:
        app.config["SESSION_COOKIE_SECURE"] = True
    app.config["SESSION_COOKIE_NAME"] = "registry_session"


def register_proxies(app: "Flask") -> None:
    """Believe X-Forwarded-For and -Proto from exactly TRUSTED_PROXIES proxies (default none): the
    per-client sign-in limit then counts the real client, not the proxy everyone shares."""
    hops = int(app.config["TRUSTED_PROXIES"])
    if hops > 0:
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)


def register_database(app: "Flask") -> None:
    from .db import Database
    from .domain.crypto import FieldCipher
    from .web.db import close_public_session, close_session

    instance = Path(app.instance_path)
    cipher = FieldCipher.from_file(instance / settings.ENCRYPTION_KEYS_FILE)
    database = Database(settings.database_url(app.config, instance), cipher)
    app.extensions["registry_database"] = database
    app.teardown_appcontext(close_session)
    app.teardown_appcontext(close_public_session)


def register_extensions(app: "Flask") -> None:
    from .web import assets, context, i18n, security
    from .web.extensions import csrf, limiter

    # Registered first, so Flask runs it last: it sees the cookies every other step set.
    app.after_request(security.security_headers)
    csrf.init_app(app)
    limiter.init_app(app)
    i18n.init_app(app)
    context.init_app(app)
    app.before_request(security.load_user)
    app.before_request(security.guard)
    assets.init_app(app)  # hashed static URLs; security_headers, registered first, still has the last word
    security.install_log_filters(app)  # no client address, query string or handle in the request log
    security.hide_server_version()


def register_converters(app: "Flask") -> None:
    from .web import converters

    converters.init_app(app)


def register_blueprints(app: "Flask") -> None:
    from .web import account, admin, api, auth, data, feeds, moderate, public, submit

    for module in (public, auth, submit, moderate, account, admin, feeds, api, data):
        app.register_blueprint(module.bp)


def register_feed_regeneration(app: "Flask") -> None:
    """Feeds follow public changes: the in-process scheduler when SCHEDULER_ENABLED (`make run`),
    else a background regeneration after each commit that changed published content."""
    from . import feeds, scheduler

    database = app.extensions["registry_database"]
    feed_settings = feeds.FeedSettings.from_config(app.config)
    if app.config["SCHEDULER_ENABLED"] and not app.testing:
        feed_scheduler = scheduler.FeedScheduler(database, feed_settings)
        feed_scheduler.start()
        app.extensions["registry_scheduler"] = feed_scheduler
    elif app.config.get("FEEDS_ON_PUBLIC_CHANGE", True):
        database.public_change_listeners.append(scheduler.regenerate_in_background(database, feed_settings))


def register_cache_purge(app: "Flask") -> None:
    """With CACHE_PURGE_URL, each committed retraction asks the CDN to drop its copies."""
    from . import purge

    settings = purge.PurgeSettings.from_config(app.config)
    if settings is not None:
        database = app.extensions["registry_database"]
        database.public_change_listeners.append(purge.purge_in_background(database, settings))


def register_errors(app: "Flask") -> None:
    from .web import errors

    errors.init_app(app)


def register_cli(app: "Flask") -> None:
    from . import cli

    cli.init_app(app)
