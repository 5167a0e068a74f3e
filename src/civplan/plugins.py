"""Finding and loading plugins through entry points.

civplan's own formats and third parties' use the same path: an entry point in
a group (``civplan.exporters``, ``civplan.importers``) names a class that
civplan instantiates without arguments. This module knows no particular
format; it discovers entry points, records which distribution supplied each,
loads one on request, and turns every way a plugin can fail into a
:class:`~civplan.PluginError` naming the plugin and its distribution.

When two distributions claim the same name, the name alone is ambiguous; a
caller then chooses with ``"distribution:name"`` (``"civplan:xlsx"``).
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from civplan._errors import PluginError

if TYPE_CHECKING:
    from importlib import metadata


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@attrs.frozen
class Plugin:
    """An installed plugin, as discovered (not yet loaded).

    Attributes:
        group: the entry-point group.
        name: the entry point's name, which is the format's name.
        target: what the entry point names (``"module:Class"``).
        distribution: the distribution that installed it.
        version: that distribution's version.
    """

    group: str
    name: str
    target: str
    distribution: str
    version: str
    _entry_point: metadata.EntryPoint = attrs.field(eq=False, repr=False)

    @property
    def qualified_name(self) -> str:
        """``"distribution:name"``, which names the plugin even when another has its name."""
        return f"{self.distribution}:{self.name}"

    @property
    def origin(self) -> str:
        """The distribution and version, for messages (``"civplan 0.1.0"``)."""
        return f"{self.distribution} {self.version}"


def discover(group: str) -> tuple[Plugin, ...]:
    """Every plugin installed in ``group``, sorted by name and distribution.

    Looking costs tens of milliseconds, so the answer is kept for as long as
    ``sys.path`` stays the same.
    """
    return _discover(group, tuple(sys.path))


@functools.lru_cache(maxsize=16)
def _discover(group: str, _path: tuple[str, ...]) -> tuple[Plugin, ...]:
    from importlib import metadata  # only when plugins are looked for: it is slow to import

    found = []
    for entry_point in metadata.entry_points(group=group):
        dist = entry_point.dist
        found.append(
            Plugin(
                group=group,
                name=entry_point.name,
                target=entry_point.value,
                distribution=dist.name if dist is not None else "?",
                version=dist.version if dist is not None else "?",
                entry_point=entry_point,
            )
        )
    return tuple(sorted(found, key=lambda p: (p.name, _normalize(p.distribution))))


def choose(plugins: tuple[Plugin, ...], wanted: str, *, what: str) -> Plugin | None:
    """The plugin ``wanted`` names (``"name"`` or ``"distribution:name"``), or ``None``.

    Raises:
        PluginError: two distributions claim the name; the message names both
            and says how to choose.
    """
    if ":" in wanted:
        distribution, _, name = wanted.partition(":")
        matches = [
            p
            for p in plugins
            if p.name == name and _normalize(p.distribution) == _normalize(distribution)
        ]
    else:
        matches = [p for p in plugins if p.name == wanted]
    if len(matches) > 1:
        claims = " and ".join(f"{p.origin} ({p.target})" for p in matches)
        choices = ", ".join(repr(p.qualified_name) for p in matches)
        raise PluginError(
            f"two {what}s are named {wanted!r}: {claims}; choose one as {choices}",
            plugin=wanted,
            distribution=", ".join(p.origin for p in matches),
        )
    return matches[0] if matches else None


_LOADED: dict[tuple[str, str, str, str], Any] = {}


def load(plugin: Plugin, check: Callable[[Any], list[str]], *, what: str) -> Any:
    """Import and instantiate ``plugin``, then check its shape.

    Args:
        plugin: the plugin to load.
        check: returns what is wrong with an instance (empty when nothing is).
        what: how to call the plugin in messages ("exporter").

    Returns:
        The instance (loaded once per process and reused).

    Raises:
        PluginError: the plugin cannot be imported or instantiated, or has the
            wrong shape; the message names it and its distribution.
    """
    key = (plugin.group, plugin.distribution, plugin.name, plugin.target)
    if key in _LOADED:
        return _LOADED[key]
    where = f"{what} {plugin.name!r} from {plugin.origin} ({plugin.target})"
    try:
        factory = plugin._entry_point.load()
    except Exception as error:  # a plugin may fail to import in any way
        raise _failure(
            plugin, f"{where} cannot be imported: {type(error).__name__}: {error}"
        ) from error
    try:
        instance = factory()
    except Exception as error:  # or to be created
        raise _failure(
            plugin, f"{where} cannot be created: {type(error).__name__}: {error}"
        ) from error
    problems = check(instance)
    if problems:
        raise _failure(plugin, f"{where} is not a valid {what}: {'; '.join(problems)}")
    _LOADED[key] = instance
    return instance


def _failure(plugin: Plugin, message: str) -> PluginError:
    return PluginError(message, plugin=plugin.name, distribution=plugin.origin)
