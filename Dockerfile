# One image for both the indexer and the GraphQL API (docker-compose.yml runs it twice).

# Build stage: compile the TypeScript (npm run build writes lib/src/...), then drop dev dependencies.
FROM node:20-bookworm AS build
WORKDIR /app
# sqlite3 (Chopsticks' block store, used by the devnet) builds from source: python3/make/g++ are in this image
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY tsconfig.json schema.graphql ./
COPY src ./src
COPY scripts ./scripts
RUN npm run build && npm prune --omit=dev --no-audit --no-fund --loglevel=error

# Runtime stage: compiled JavaScript only (no TypeScript sources, tests, devnet or benchmark code),
# run as the unprivileged `node` user of the base image.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
# SQD's typeorm config loads the entities from ./lib/model when not under ts-node, and the code finds
# schema.graphql and db/migrations two levels above its own directory: lib/src -> lib keeps both true
COPY --from=build /app/lib/src ./lib
RUN rm -rf lib/devnet lib/bench lib/start.js lib/start.js.map
COPY schema.graphql ./
COPY db ./db
USER node
# docker-compose.yml chooses the command: node lib/main.js (processor) | node lib/api/main.js (API)
CMD ["node", "lib/api/main.js"]
