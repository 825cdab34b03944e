// prom-client's classes the facade uses (GET /metrics), each required from its own module: the package's index
// also loads its default process metrics, the push gateway, the cluster aggregator and @opentelemetry/api (~60
// modules more), ~70 ms of CPU at every start for nothing the facade uses (README "Cold start"). The classes are
// the package's own (its index re-exports these very modules); the types are those of its index.
import { createRequire } from 'node:module';
import type * as PromClient from 'prom-client';

const require = createRequire(import.meta.url);

export const Registry = require('prom-client/lib/registry.js') as typeof PromClient.Registry;
export type Registry = PromClient.Registry;
export const Counter = require('prom-client/lib/counter.js') as typeof PromClient.Counter;
export type Counter<T extends string = string> = PromClient.Counter<T>;
export const Gauge = require('prom-client/lib/gauge.js') as typeof PromClient.Gauge;
export type Gauge<T extends string = string> = PromClient.Gauge<T>;
export const Histogram = require('prom-client/lib/histogram.js') as typeof PromClient.Histogram;
export type Histogram<T extends string = string> = PromClient.Histogram<T>;
