# assetsmith: the HTTP service and queue workers in one image.
#   docker build -t assetsmith .
#   docker run -p 8787:8787 -e ASSETSMITH_AUTH_REQUIRED=true -v assetsmith-data:/data assetsmith
# Workers: the same image with `queue-worker` as the command (see deploy/compose.yaml).
FROM python:3.11-slim-bookworm

# Mesa's EGL and llvmpipe: the headless renderer (previews, EXR) on the CPU. On NVIDIA hosts the
# container toolkit mounts the vendor EGL and the same code renders on the GPU.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libegl1 libegl-mesa0 libgl1 libgl1-mesa-dri libgbm1 \
 && rm -rf /var/lib/apt/lists/*

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    ASSETSMITH_DATA_DIR=/data

WORKDIR /opt/assetsmith
COPY pyproject.toml README.md ./
COPY src ./src
COPY scripts/install.sh ./scripts/install.sh
# The same install command CI runs (scripts/test.sh), with the deployment extras.
RUN scripts/install.sh deploy

# A fixed non-root user; /data (jobs, SQLite, keys) and /keys (a signing key shared by containers)
# are its only writable places.
RUN groupadd --system --gid 10001 assetsmith \
 && useradd --system --uid 10001 --gid assetsmith --home-dir /data --shell /usr/sbin/nologin assetsmith \
 && mkdir -p /data /keys && chown assetsmith:assetsmith /data /keys && chmod 0700 /keys
USER 10001:10001
VOLUME ["/data"]
EXPOSE 8787

# Healthy when the service answers and every required backend (database, artifact store) is up.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["python3", "-c", "import json,sys,urllib.request as u; r=u.urlopen('http://127.0.0.1:8787/api/v1/health', timeout=4); sys.exit(0 if json.load(r).get('status') == 'ok' else 1)"]

ENTRYPOINT ["assetsmith"]
# Public address: API keys on. Workers run as separate containers (deploy/compose.yaml).
CMD ["serve", "--host", "0.0.0.0", "--port", "8787", "--auth", "--queue-workers", "0"]
