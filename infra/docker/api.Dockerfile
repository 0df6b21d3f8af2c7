# API image: `docker build -f infra/docker/api.Dockerfile .` from the repository root.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY api/package.json api/
COPY schema/package.json schema/
COPY web-patient/package.json web-patient/
COPY web-agent/package.json web-agent/
COPY web-common/package.json web-common/
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json turbo.json ./
COPY api api
COPY schema schema
RUN npx turbo run build --filter=@mrs/api && npm prune --omit=dev --workspace=@mrs/api

FROM node:22-bookworm-slim
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/api/package.json api/package.json
COPY --from=build /app/api/dist api/dist
USER node
EXPOSE 4000
HEALTHCHECK CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "api/dist/main.js"]
