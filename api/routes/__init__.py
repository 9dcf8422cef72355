"""The triage API, the web page and their protections, added to the app built by api.app.create_app."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles

from api import auth, problems
from api.routes import admin, referrals, web
from triage.chain import chain_config

STATIC = Path(__file__).resolve().parent.parent / "web" / "static"
# No inline script or style anywhere: scripts and styles come only from /static.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# FastAPI's interactive docs load their own inline script; they carry no personal data.
DOCS_PATHS = ("/docs", "/redoc")


def install(app: FastAPI) -> None:
    app.state.login_throttle = auth.LoginThrottle()
    problems.install(app, web.html_error)
    app.include_router(referrals.router)
    app.include_router(admin.router)
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next) -> Response:  # type: ignore[no-untyped-def]
        response: Response = await call_next(request)
        headers = response.headers
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("Referrer-Policy", "no-referrer")
        if not request.url.path.startswith(DOCS_PATHS):
            headers.setdefault("Content-Security-Policy", CSP)
            headers.setdefault(
                "X-Frame-Options",
                "DENY" if "frame-ancestors 'none'" in headers["Content-Security-Policy"] else "SAMEORIGIN",
            )
        if not request.url.path.startswith("/static/"):
            headers.setdefault("Cache-Control", "no-store")  # pages and API answers carry personal data
        return response

    settings = app.state.settings
    app.state.chain_config = chain_config(settings)
    if settings.admin_token:
        with app.state.sessions() as session:
            auth.ensure_admin_token(session, settings.admin_token)
            session.commit()
