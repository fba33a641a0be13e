/**
 * graphql-ws 6 publishes its ws adapter as the subpath export `graphql-ws/use/ws`, which TypeScript's `node`
 * module resolution (this repository's) does not read; Node resolves it at run time. Its types, by their file.
 */
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
