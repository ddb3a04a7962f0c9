# Build: docker build -t cerbero-mcp .    Run: docker compose up
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/app/target/cerbero-mcp.jar /app/cerbero-mcp.jar
# third-party plugin jars (or one folder of jars per plugin) are dropped here
RUN mkdir -p /app/plugins && useradd --system --uid 10001 cerbero && chown -R cerbero /app
USER cerbero
ENV HOST=0.0.0.0 PORT=9000 PLUGINS_DIR=/app/plugins
EXPOSE 9000
ENTRYPOINT ["java", "-jar", "/app/cerbero-mcp.jar"]
