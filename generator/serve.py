"""``make serve``: build, serve ``site/`` on 127.0.0.1 with MkDocs' live-reload server,
and rebuild when an article, the theme, the config or the language data changes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.livereload import LiveReloadServer

from generator.build import BuildError, build_site, load_site_config

log = logging.getLogger("generator")


def serve(config_file: str, port: int, wait: bool = True) -> None:
    """Build, serve and rebuild; each build holds the project's lock (a ``make site`` run meanwhile
    waits for it, and it for ``make site``; ``wait=False``: a build that finds the lock taken fails,
    and the last good site stays served)."""
    config, _ = load_site_config(config_file)
    root = Path(config_file).resolve().parent
    url = f"http://127.0.0.1:{port}/"

    def rebuild() -> None:
        # The configured site_url, as `make site` builds: the two share build/ and neither
        # starts the other from scratch (pages link relatively; only the canonical and
        # alternate addresses in their heads name the published site).
        try:
            report = build_site(config_file, wait=wait)
        except BuildError as err:  # keep serving the last good site
            log.error("%s", err)
            return
        for line in report.skipped:
            log.error("skipped %s", line)
        for line in report.warnings:
            log.warning("%s", line)
        log.info(report.summary())
        log.info("serving on %s", url)

    rebuild()
    server = LiveReloadServer(builder=rebuild, host="127.0.0.1", port=port, root=config.site_dir)
    for path in (config.docs_dir, str(root / "theme"), config_file, str(Path(__file__).parent / "lang")):
        server.watch(path)
    try:
        server.serve()
    except KeyboardInterrupt:
        log.info("stopped")
    finally:
        server.shutdown()
