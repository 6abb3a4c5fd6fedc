# One image for both the indexer and the GraphQL API (docker-compose.yml runs it twice).
FROM node:20-bookworm
WORKDIR /app
# sqlite3 (Chopsticks' block store, used by the devnet) builds from source: python3/make/g++ are in this image
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY tsconfig.json ./
COPY schema.graphql ./
COPY db ./db
COPY src ./src
COPY scripts ./scripts
ENV NODE_ENV=production
# docker-compose.yml chooses the command: npm run processor | npm run api
CMD ["npm", "run", "api"]
