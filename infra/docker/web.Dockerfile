# Web image, one per app: `docker build -f infra/docker/web.Dockerfile --build-arg APP=web-patient .`
FROM node:22-bookworm-slim AS build
ARG APP
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY api/package.json api/
COPY schema/package.json schema/
COPY web-patient/package.json web-patient/
COPY web-agent/package.json web-agent/
COPY web-common/package.json web-common/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx turbo run build --filter=@mrs/${APP}

FROM node:22-bookworm-slim
ARG APP
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 APP=${APP}
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 3000
CMD ["sh", "-c", "cd $APP && exec node ../node_modules/next/dist/bin/next start -p 3000 -H 0.0.0.0"]
