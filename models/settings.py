"""Service configuration: one pydantic-settings class, read from FRONTDOOR_* variables (CONTRACT §1)."""

import os
from functools import cached_property
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FRONTDOOR_", extra="ignore")

    data_dir: Path = Path("./var")
    database_url: str | None = None
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 8025
    http_host: str = "127.0.0.1"
    http_port: int = 8000
    inbox: str = "wschildrenservices@westsussex.gov.uk"
    profile: str = "west-sussex"
    relay_host: str | None = None
    relay_port: int = 25
    from_address: str | None = Field(default=None, validation_alias="FRONTDOOR_FROM")
    admin_token: str | None = None
    max_message_bytes: int = 26_214_400
    # Worker threads in this process, each with its own parse/extract child (one per core by default).
    workers: int = Field(default_factory=lambda: max(1, os.cpu_count() or 1), ge=1)
    tls_cert: Path | None = None
    tls_key: Path | None = None
    retention_days: int = 2555
    log_format: str = "auto"
    secret_key: str | None = None
    # authserv-id of our inbound mail server's Authentication-Results headers; set = trusted-sender policy on
    authserv_id: str | None = None

    @cached_property
    def inbox_addresses(self) -> frozenset[str]:
        return frozenset(a.strip().lower() for a in self.inbox.split(",") if a.strip())

    @property
    def sender_address(self) -> str:
        return self.from_address or self.inbox.split(",")[0].strip()

    @property
    def sqlalchemy_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'frontdoor.db').resolve()}"


def get_settings() -> Settings:
    return Settings()
