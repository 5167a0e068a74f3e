"""Finding and loading plugins through entry points.

civplan's own formats and third parties' use the same path: an entry point in
a group (``civplan.exporters``, ``civplan.importers``) names a class that
civplan instantiates without arguments. This module knows no particular
format; it discovers entry points, records which distribution supplied each,
loads one on request, and turns every way a plugin can fail into a
:class:`~civplan.PluginError` naming the plugin and its distribution. It also
holds what exporters and importers share: their metadata checks, their
listing, and finding one by name or file extension.

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

from civplan._errors import PluginError, UnknownFormatError

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


def format_problems(candidate: object) -> list[str]:
    """What is wrong with a format plugin's ``name``, ``extensions`` and ``media_type``."""
    problems = []
    name = getattr(candidate, "name", None)
    if not isinstance(name, str) or not name:
        problems.append("'name' must be a non-empty text")
    extensions = getattr(candidate, "extensions", None)
    if not isinstance(extensions, tuple) or not all(
        isinstance(e, str) and e.startswith(".") and len(e) > 1 for e in extensions
    ):
        problems.append("'extensions' must be a tuple like ('.xlsx',)")
    media_type = getattr(candidate, "media_type", None)
    if not isinstance(media_type, str) or "/" not in media_type:
        problems.append("'media_type' must be a MIME type like 'text/plain'")
    return problems


@attrs.frozen
class FormatInfo:
    """An installed exporter or importer, as ``civplan formats`` lists it.

    Attributes:
        name: the format's name.
        distribution: the distribution that installed it, with its version.
        extensions: its file extensions (empty when it is broken).
        media_type: its MIME type (empty when it is broken).
        error: why it cannot be used, or ``None`` when it works.
    """

    name: str
    distribution: str
    extensions: tuple[str, ...] = ()
    media_type: str = ""
    error: str | None = None

    @property
    def broken(self) -> bool:
        """Whether the plugin cannot be used."""
        return self.error is not None


def listing(group: str, load_one: Callable[[Plugin], Any]) -> list[FormatInfo]:
    """Every plugin of ``group``, loaded with ``load_one``; the broken ones with the reason."""
    found = []
    for plugin in discover(group):
        try:
            loaded = load_one(plugin)
        except PluginError as error:
            found.append(FormatInfo(name=plugin.name, distribution=plugin.origin, error=str(error)))
        else:
            found.append(
                FormatInfo(
                    name=plugin.name,
                    distribution=plugin.origin,
                    extensions=loaded.extensions,
                    media_type=loaded.media_type,
                )
            )
    return found


def find(group: str, format: str, load_one: Callable[[Plugin], Any], *, what: str) -> Any:
    """The plugin of ``group`` for a format name, ``"distribution:name"``, or file extension.

    By extension, the plugin named like it is tried first, so that only it is
    loaded; a broken plugin never hides the working ones.

    Raises:
        UnknownFormatError: no installed plugin matches.
        PluginError: the matching plugin is broken, or two plugins claim the
            name or the extension (the message says how to choose).
    """
    found = discover(group)
    plugin = choose(found, format, what=what)
    if plugin is not None:
        return load_one(plugin)
    extension = "." + format.lstrip(".").lower()
    same_name = choose(found, extension[1:], what=what)
    candidates = [same_name] if same_name is not None else []
    candidates += [p for p in found if p is not same_name]
    matches = []
    for candidate in candidates:
        try:
            loaded = load_one(candidate)
        except PluginError:
            continue
        if extension in loaded.extensions:
            matches.append((candidate, loaded))
            if candidate is same_name:
                break
    if len(matches) > 1 and matches[0][0] is not same_name:
        names = ", ".join(repr(p.qualified_name) for p, _ in matches)
        raise PluginError(
            f"several {what}s claim {extension} files: {names}; choose one by name",
            plugin=extension,
            distribution=", ".join(p.origin for p, _ in matches),
        )
    if matches:
        return matches[0][1]
    known = ", ".join(sorted({p.name for p in found})) or "none"
    raise UnknownFormatError(f"no {what} for {format!r}; installed: {known}")


@attrs.frozen
class Registry:
    """The plugins of one entry-point group, loaded and checked one way.

    Attributes:
        group: the entry-point group.
        check: returns what is wrong with a loaded plugin (empty when nothing is).
        what: how to call a plugin in messages ("exporter").
    """

    group: str
    check: Callable[[Any], list[str]]
    what: str

    def load(self, plugin: Plugin) -> Any:
        """Import, instantiate and check one plugin of the group (see :func:`load`)."""
        return load(plugin, self.check, what=self.what)

    def listing(self) -> list[FormatInfo]:
        """Every plugin of the group, the broken ones with the reason (see :func:`listing`)."""
        return listing(self.group, self.load)

    def find(self, format: str) -> Any:
        """The plugin for a format name, ``"distribution:name"`` or extension (see :func:`find`)."""
        return find(self.group, format, self.load, what=self.what)
