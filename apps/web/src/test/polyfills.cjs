// jsdom lacks TextEncoder/TextDecoder, which react-router needs when it loads.
const { TextEncoder, TextDecoder } = require('node:util');

Object.assign(globalThis, { TextEncoder, TextDecoder });
