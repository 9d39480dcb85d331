# Bookstore on Open Liberty. Build: docker build -t bookstore .
# Run:   docker run -p 9080:9080 -e LOGTO_ENDPOINT=... -e LOGTO_APP_ID=... -e LOGTO_APP_SECRET=... \
#            -e APP_BASE_URL=https://books.example.com bookstore
# No setting or secret is baked into the image; a missing one stops the app at start and names it.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml ./
COPY src ./src
COPY liberty ./liberty
# Tests run in CI, not in the image build; the WAR never contains the local provider (src/dev).
RUN mvn -B -q -Dmaven.test.skip=true package

FROM icr.io/appcafe/open-liberty:kernel-slim-java17-openj9-ubi-minimal
# Server configuration first, so features.sh installs exactly the features it names.
COPY --chown=1001:0 liberty/server.xml /config/server.xml
RUN features.sh
COPY --chown=1001:0 --from=build /build/target/bookstore.war /config/dropins/bookstore.war
RUN configure.sh
# The base image already runs as the non-root user 1001; say so explicitly.
USER 1001
EXPOSE 9080
