// As the Dockerfile runs the server: graphql-js, Express and Apollo skip their development-time checks. Imported
// first, before they are loaded; NODE_ENV=development npm run bench:ranking measures the other way.
process.env.NODE_ENV ??= 'production';
