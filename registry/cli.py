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


COMMANDS = (init_command, create_org_command, create_user_command, demo_command)


def init_app(app) -> None:
    from flask.cli import with_appcontext

    for command in COMMANDS:
        # Every command runs inside the app context, whichever runner invokes it.
        if not getattr(command.callback, "__registry_wrapped__", False):
            command.callback = with_appcontext(command.callback)
            command.callback.__registry_wrapped__ = True
        app.cli.add_command(command)
