// SQL Server connection strings in the two forms operators write them, turned into the knex/tedious
// connection object: a URL `mssql://user:password@host:1433/database?encrypt=true&trustServerCertificate=true`
// or an ADO.NET string `Server=host,1433;Database=db;User Id=u;Password=p;Encrypt=true;TrustServerCertificate=true`.
import type { Knex } from 'knex';

export interface MssqlConnection {
  server: string;
  port: number;
  user?: string;
  password?: string;
  database?: string;
  options: { encrypt: boolean; trustServerCertificate: boolean };
}

const truthy = (v: string | undefined | null) => v !== undefined && v !== null && /^(true|yes|1)$/i.test(v.trim());

export function parseMssqlConnection(connection: string): MssqlConnection {
  return connection.startsWith('mssql://') ? fromUrl(connection) : fromAdo(connection);
}

function fromUrl(text: string): MssqlConnection {
  const url = new URL(text);
  const p = url.searchParams;
  return {
    server: url.hostname,
    port: url.port ? Number(url.port) : 1433,
    ...(url.username ? { user: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.pathname.length > 1 ? { database: decodeURIComponent(url.pathname.slice(1)) } : {}),
    options: { encrypt: truthy(p.get('encrypt')), trustServerCertificate: truthy(p.get('trustServerCertificate')) },
  };
}

function fromAdo(text: string): MssqlConnection {
  const parts = new Map<string, string>();
  for (const pair of text.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0) parts.set(pair.slice(0, at).trim().toLowerCase().replace(/\s+/g, ' '), pair.slice(at + 1).trim());
  }
  const serverPart = parts.get('server') ?? parts.get('data source') ?? parts.get('address');
  if (!serverPart) throw new Error('SQL Server connection string has no Server=');
  const [host, port] = serverPart.replace(/^tcp:/i, '').split(',');
  const user = parts.get('user id') ?? parts.get('uid') ?? parts.get('user');
  const password = parts.get('password') ?? parts.get('pwd');
  const database = parts.get('database') ?? parts.get('initial catalog');
  return {
    server: host!.trim(),
    port: port ? Number(port.trim()) : 1433,
    ...(user ? { user } : {}),
    ...(password ? { password } : {}),
    ...(database ? { database } : {}),
    options: {
      encrypt: truthy(parts.get('encrypt')),
      trustServerCertificate: truthy(parts.get('trustservercertificate')),
    },
  };
}

export const asKnexConnection = (c: MssqlConnection): Knex.StaticConnectionConfig =>
  ({ ...c }) as Knex.StaticConnectionConfig;
