# syntax=docker/dockerfile:1
# tracewire's image: Node 20 (the major the tests run on), runtime dependencies only, `tracewire` on PATH.
# Dependencies are installed from package.json and package-lock.json alone, before any source is copied, so
# editing src/ reuses the cached dependency layers.

# Build stage: every dependency (TypeScript included), then the sources; tsc compiles src/ to dist/.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would build before the sources are here; tsc needs no native binding.
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build -- --sourceMap false

# Dependencies stage: runtime dependencies only, with the native SQLite binding built for this Node.
FROM node:20-bookworm-slim AS deps
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts keeps `prepare` (the TypeScript build) from running without its dev dependencies;
# better-sqlite3 is the one runtime dependency with an install step.
RUN npm ci --omit=dev --ignore-scripts && npm rebuild better-sqlite3 && npm cache clean --force

# Run stage: only what runs, as a non-root user, with the archive on a volume. No compiler, no dev dependencies.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_URL=sqlite:/data/tracewire.db \
    FEEDS_FILE=/app/feeds.json \
    PORT=3000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json feeds.json feeds.schema.json watchlist.json watchlist.schema.json ./
# The labelled sets `tracewire eval` reads (found from the package root, whatever the working directory).
COPY tests/fixtures/headlines ./tests/fixtures/headlines
COPY tests/fixtures/entities ./tests/fixtures/entities
RUN chmod 755 dist/src/main.js \
    && ln -s /app/dist/src/main.js /usr/local/bin/tracewire \
    && mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# `docker run IMAGE search scam` runs `tracewire search scam`; with no arguments, the worker.
ENTRYPOINT ["tracewire"]
CMD ["run"]
