# Front Door: `frontdoor serve` (SMTP + HTTP + worker) in one container.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN groupadd --system frontdoor \
    && useradd --system --gid frontdoor --home-dir /app --shell /usr/sbin/nologin frontdoor

WORKDIR /app
COPY pyproject.toml README.md ./
COPY intake ./intake
COPY triage ./triage
COPY api ./api
COPY models ./models
RUN pip install . \
    && mkdir -p /data \
    && chown frontdoor:frontdoor /data

USER frontdoor

# Inside the container the listeners bind every interface; publish only the ports you mean to.
ENV FRONTDOOR_SMTP_HOST=0.0.0.0 \
    FRONTDOOR_HTTP_HOST=0.0.0.0 \
    FRONTDOOR_SMTP_PORT=8025 \
    FRONTDOOR_HTTP_PORT=8000 \
    FRONTDOOR_DATA_DIR=/data \
    FRONTDOOR_LOG_FORMAT=json

VOLUME ["/data"]
EXPOSE 8025 8000

# The slim image has no curl: ask /healthz with Python's standard library.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('FRONTDOOR_HTTP_PORT', '8000'), timeout=4)"]

CMD ["frontdoor", "serve"]
