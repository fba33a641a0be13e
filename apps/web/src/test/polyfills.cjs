// jsdom lacks TextEncoder/TextDecoder, which react-router needs when it loads.
const { TextEncoder, TextDecoder } = require('node:util');

Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom does not scroll: its window.scrollTo only logs "not implemented". The ranking's rows follow the page's scroll.
if (typeof window !== 'undefined') window.scrollTo = () => undefined;
