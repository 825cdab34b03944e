// Where DFDG may push a subscriber's webservice messages: an https URL on port 443 (conventions.md §2: consumer
// endpoints must be HTTPS on port 443). SUBSCRIPTION_ANY_PORT lets tests name another port; the command line
// hands the setting over at start-up (allowAnySubscriptionPort), as it does the ESCO-STAR file.
let anyPort = false;

/** From now on, subscription endpoints may (true) or may not (false) name a port other than 443. */
export function allowAnySubscriptionPort(allowed: boolean): void {
  anyPort = allowed;
}

/** The endpoint in normal form, or null when it is no https URL on an allowed port. */
export function subscriptionEndpoint(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  // URL drops the scheme's default port: an empty port is 443.
  if (url.port !== '' && !anyPort) return null;
  return url.toString();
}
