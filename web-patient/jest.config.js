// Shared by both web apps: unit tests beside the code, browser tests against the platform.
module.exports = require("@mrs/web-common/jest-web-app");
