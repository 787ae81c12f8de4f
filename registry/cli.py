"""Command-line interface: `flask --app registry <command>`. Thin, like the views."""
from __future__ import annotations

import click
from flask import current_app

from . import db as dbmod
from .domain import accounts
from .domain.errors import RegistryError
from .domain.models import Role


def database() -> dbmod.Database:
    return current_app.extensions["registry_database"]


def fail(exc: RegistryError):
    raise click.ClickException(exc.message)


@click.command("init")
def init_command():
    """Create the instance folder, keys and database, or bring the schema up to date."""
    database_ = database()
    dbmod.upgrade(database_)
    click.echo(f"Instance folder: {current_app.instance_path}")
    click.echo("Database schema is up to date.")


@click.command("create-org")
@click.argument("name")
def create_org_command(name):
    """Register an organisation (NGO) that may submit allegations."""
    try:
        with database().transaction() as session:
            organisation = accounts.create_organisation(session, name)
    except RegistryError as exc:
        fail(exc)
    click.echo(f"Created organisation {organisation.name!r}.")


def prompt_password(email: str) -> str:
    """Ask until the password is strong enough, saying why each refused one was refused."""
    while True:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
        problem = accounts.password_problem(password, email=email,
                                            min_length=current_app.config["MIN_PASSWORD_LENGTH"])
        if not problem:
            return password
        click.echo(f"Error: {problem}", err=True)


@click.command("create-user")
@click.argument("email")
@click.option("--role", type=click.Choice([r.value for r in Role]), required=True, help="What the account may do.")
@click.option("--org", "organisation", help="The organisation a submitter belongs to.")
@click.option("--password", envvar="REGISTRY_NEW_PASSWORD",
              help="Give the password non-interactively (or set REGISTRY_NEW_PASSWORD); prompted otherwise.")
def create_user_command(email, role, organisation, password):
    """Create an account; prompts for the password and refuses weak ones."""
    password = password or prompt_password(email)
    try:
        with database().transaction() as session:
            org = accounts.find_organisation(session, organisation) if organisation else None
            user = accounts.create_user(session, email, password, role, organisation=org,
                                        min_password_length=current_app.config["MIN_PASSWORD_LENGTH"])
    except RegistryError as exc:
        fail(exc)
    click.echo(f"Created {user.role} {user.email}" + (f" of {org.name!r}." if org else "."))


@click.command("demo")
@click.option("--if-empty", is_flag=True, help="Do nothing when the registry already holds data (first run only).")
def demo_command(if_empty):
    """Load a realistic demo registry through the real workflow functions."""
    from . import demo

    database_ = database()
    dbmod.upgrade(database_)
    if if_empty and demo.has_data(database_):
        click.echo("The registry already holds data; demo not loaded.")
        return
    try:
        report = demo.load(database_, four_eyes=current_app.config["FOUR_EYES"], progress=click.echo)
    except RegistryError as exc:
        fail(exc)
    click.echo(report)



def _feed_settings():
    from . import feeds

    return feeds.FeedSettings.from_config(current_app.config)


@click.command("feeds")
@click.option("--wait", default=60.0, show_default=True,
              help="Seconds to wait when another process is regenerating the feeds.")
def feeds_command(wait):
    """Regenerate every feed file now (Atom, JSON Feed and archives)."""
    from . import feeds

    settings_ = _feed_settings()
    with click.progressbar(length=len(feeds.all_feed_specs()), label="Feeds") as bar:
        result = feeds.regenerate(database(), settings_, wait=wait, on_feed=lambda _done, _total: bar.update(1))
    if not result.regenerated:
        raise click.ClickException("Another process is regenerating the feeds; nothing was done.")
    click.echo(f"{result.records} public records; {result.written} files written, {result.unchanged} unchanged, "
               f"{result.removed} removed, in {result.seconds:.1f}s ({settings_.feed_dir}).")


@click.command("scheduler")
def scheduler_command():
    """Run the feed scheduler as its own process (blocks; stop with Ctrl-C)."""
    from . import scheduler

    in_process = current_app.extensions.pop("registry_scheduler", None)
    if in_process is not None:  # SCHEDULER_ENABLED in this environment too: run one, not two
        in_process.shutdown()
    settings_ = _feed_settings()
    click.echo(f"Regenerating feeds in {settings_.feed_dir} every {settings_.interval_minutes} minutes.")
    try:
        scheduler.FeedScheduler(database(), settings_, blocking=True).start()
    except (KeyboardInterrupt, SystemExit):
        click.echo("Scheduler stopped.")


@click.command("export")
@click.argument("path", type=click.Path(dir_okay=False, writable=True))
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default=None,
              help="csv or json; by default from PATH's extension (.json), else csv.")
def export_command(path, fmt):
    """Write the whole public dataset (published allegations and retraction notices) to PATH."""
    from pathlib import Path

    from . import exports

    target = Path(path)
    fmt = fmt or ("json" if target.suffix.lower() == ".json" else "csv")

    def progress(count):
        if count % 500 == 0:
            click.echo(f"\r{count} public records written...", nl=False, err=True)

    with database().public_session() as session:
        count = exports.write_export(session, current_app.config["BASE_URL"], target, fmt, on_record=progress)
    click.echo(f"\rExported {count} public records to {target} ({fmt}).")


@click.command("rotate-keys")
def rotate_keys_command():
    """Put a new encryption key first, re-encrypt every private value, then drop the old keys.

    Stop the web and scheduler processes first. Safe to interrupt; run it again to resume.
    """
    from pathlib import Path

    from . import config as settings
    from . import maintenance

    key_file = Path(current_app.instance_path) / settings.ENCRYPTION_KEYS_FILE
    try:
        maintenance.rotate_keys(database(), key_file, progress=click.echo)
    except RegistryError as exc:
        fail(exc)
    click.echo(f"Done. Restart the registry's processes so they read the new {key_file.name}, "
               "and back up the new key file now.")


@click.command("backup")
@click.argument("path", type=click.Path(dir_okay=False))
def backup_command(path):
    """Write a consistent backup of the database to PATH while the registry runs (keys not included)."""
    from . import maintenance

    try:
        maintenance.backup(database(), path, progress=click.echo)
    except RegistryError as exc:
        fail(exc)


@click.command("restore")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def restore_command(path, yes):
    """Replace the whole database with the backup at PATH. Stop the registry first."""
    from . import maintenance

    if not yes:
        click.confirm(f"Replace everything in the registry's database with {path}? "
                      "Changes made since that backup are lost.", abort=True)
    try:
        maintenance.restore(database(), path, progress=click.echo)
    except RegistryError as exc:
        fail(exc)


COMMANDS = (init_command, create_org_command, create_user_command, demo_command, feeds_command, scheduler_command,
            export_command, rotate_keys_command, backup_command, restore_command)


def init_app(app) -> None:
    from flask.cli import with_appcontext

    for command in COMMANDS:
        # Every command runs inside the app context, whichever runner invokes it.
        if not getattr(command.callback, "__registry_wrapped__", False):
            command.callback = with_appcontext(command.callback)
            command.callback.__registry_wrapped__ = True
        app.cli.add_command(command)
