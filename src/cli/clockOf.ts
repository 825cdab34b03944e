// The clock a command runs with: the configured test clock (BUSINESS_DATE) or Copenhagen's today.
import { FixedClock, systemClock, type Clock } from '../clock.ts';
import type { Config } from '../config.ts';

export const clockOf = (config: Config): Clock =>
  config.businessDate ? new FixedClock(config.businessDate) : systemClock;
