# syntax=docker/dockerfile:1
# Build stage: compile TypeScript and the native SQLite binding.
FROM node:24-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
# npm ci runs `prepare`, which compiles src/ to dist/.
RUN npm ci && npm prune --omit=dev

# Run stage: only what runs, as a non-root user, with the archive on a volume.
FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_URL=sqlite:/data/tracewire.db \
    FEEDS_FILE=/app/feeds.json \
    PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json feeds.json feeds.schema.json ./
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
ENTRYPOINT ["node", "dist/src/main.js"]
CMD ["run"]
