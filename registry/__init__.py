"""The Reprisal Registry: create_app and its small register_* steps. Nothing else."""
from __future__ import annotations

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
    register_database(app)
    register_extensions(app)
    register_converters(app)
    register_blueprints(app)
    register_errors(app)
    register_cli(app)
    register_feed_regeneration(app)
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
    if app.config["PRODUCTION"]:
        app.config["SESSION_COOKIE_SECURE"] = True
    app.config["SESSION_COOKIE_NAME"] = "registry_session"


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

    csrf.init_app(app)
    limiter.init_app(app)
    i18n.init_app(app)
    context.init_app(app)
    app.before_request(security.load_user)
    app.before_request(security.guard)
    app.after_request(security.security_headers)
    assets.init_app(app)  # after_request runs last-registered first: security_headers still has the last word
    security.install_log_filters()  # no client IP address in the development server's log
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


def register_errors(app: "Flask") -> None:
    from .web import errors

    errors.init_app(app)


def register_cli(app: "Flask") -> None:
    from . import cli

    cli.init_app(app)
