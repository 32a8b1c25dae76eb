# syntax=docker/dockerfile:1
# The clinic site as one image: Next's standalone server, non-root, health-checked (docs/deploy.md).
#   docker build --build-arg SITE_URL=https://clinic.example --build-arg DEPLOYMENT_ID=$(git rev-parse --short HEAD) -t clinic-site .
ARG NODE_IMAGE=node:20-bookworm-slim

# Dependencies. better-sqlite3 compiles its native addon here when no prebuilt binary fits.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# The npm the project is developed with (package.json's allowScripts needs npm 11).
RUN npm install -g npm@11 --no-audit --no-fund
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# The production build, exactly as `npm run build`: content check, Contentlayer, next build, compile hints.
FROM deps AS build
# Static pages take their canonical origin from SITE_URL at build time.
ARG SITE_URL=http://localhost:3000
# Lets pages already open in a browser survive a rolling deploy (next.config.mjs).
ARG DEPLOYMENT_ID=
ENV SITE_URL=${SITE_URL} DEPLOYMENT_ID=${DEPLOYMENT_ID} NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npm run build

# The runtime: the standalone server with its traced node_modules, the static files and public/.
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 DATA_DIR=/app/data
RUN groupadd --system --gid 1001 clinic \
 && useradd --system --uid 1001 --gid clinic --home-dir /app --shell /usr/sbin/nologin clinic \
 && mkdir -p /app/data && chown clinic:clinic /app/data
# Code stays owned by root (read-only to the server); only DATA_DIR is writable.
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
# Read at run time by the reference list (lib/content/bibliography.ts).
COPY --from=build /app/content/references.bib ./content/references.bib
USER clinic
EXPOSE 3000
VOLUME ["/app/data"]
# Liveness only (no database): /readyz is for the proxy and the orchestrator's readiness.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Next closes the listener and finishes requests; instrumentation.ts waits for the outbox, then exits 0.
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]
