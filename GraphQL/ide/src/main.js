import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';

// The page is served by the endpoint itself, so the endpoint is the page's own path.
const url = window.location.origin + window.location.pathname;
const wsUrl = url.replace(/^http/, 'ws');

const fetcher = createGraphiQLFetcher({
  url,
  wsClient: createClient({ url: wsUrl, lazy: true }),
});

createRoot(document.getElementById('graphiql')).render(
  createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }),
);
