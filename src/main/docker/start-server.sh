#!/bin/sh
# Container entry point: gives this container its own keystore password on its first start (kept across restarts
# of the same container, never in the image), then runs the server in the foreground. Liberty creates the keystore
# with that password, and its LTPA keys, in the server's resources/security on first start; with CLUSTER=hazelcast
# the LTPA keys come from LTPA_KEYS_FILE instead.
set -eu
defaults=/config/configDropins/defaults
if [ ! -e "$defaults/keystore.xml" ]; then
    mkdir -p "$defaults"
    password=$(head -c 32 /dev/urandom | base64 | tr -d '/+=\n')
    printf '<server>\n    <keyStore id="defaultKeyStore" password="%s"/>\n</server>\n' "$password" > "$defaults/keystore.xml"
    chmod 600 "$defaults/keystore.xml"
fi
# Users reach the app over https: Liberty's sign-in cookie goes over https only (the app refuses to start otherwise).
case "${APP_BASE_URL:-}" in
    https:*) export SESSION_COOKIE_SECURE="${SESSION_COOKIE_SECURE:-true}" ;;
esac
exec /opt/ol/wlp/bin/server run bookstore
