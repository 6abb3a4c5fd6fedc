# One image for both the indexer and the GraphQL API (docker-compose.yml runs it twice).

# Build stage: compile src/ (npm run build writes lib/ in SQD's layout), then drop dev dependencies
# (the devnet's Chopsticks and polkadot.js, ts-node, jest, typegen).
FROM node:20-bookworm AS build
WORKDIR /app
# sqlite3 (Chopsticks' block store, a dev dependency) builds from source: python3/make/g++ are in this image
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY tsconfig.json tsconfig.build.json schema.graphql ./
COPY src ./src
RUN npm run build && npm prune --omit=dev --no-audit --no-fund --loglevel=error

# Runtime stage: compiled JavaScript only (no TypeScript sources, tests, devnet or benchmark code),
# run as the unprivileged `node` user of the base image.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
# SQD's typeorm config loads the entities from ./lib/model when not under ts-node; lib/ mirrors src/,
# so the code finds schema.graphql and db/migrations where it does in a checkout
COPY --from=build /app/lib ./lib
COPY schema.graphql ./
COPY db ./db
USER node
# docker-compose.yml chooses the command: node --max-semi-space-size=128 lib/main.js (processor, see src/node-flags.ts) | node lib/api/main.js (API)
CMD ["node", "lib/api/main.js"]
