// Every upgrade step, in order. Add a file migrations/NNNN-what-it-does.ts and list it here; never renumber or remove one.
import initial from 'migrations/0001-initial';
import credentialKeyAndEndpointBinding from 'migrations/0002-credential-key-and-endpoint-binding';
import type { Migration } from 'migrations/migration';

export const MIGRATIONS: Migration[] = [initial, credentialKeyAndEndpointBinding];
