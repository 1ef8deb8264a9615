// The streams the engine knows, by name.
import type { StreamName } from 'server/settings/schema';
import { documentsStream } from './documents';
import { partnersStream } from './partners';
import { productsStream } from './products';
import type { StreamDescriptor } from './stream';

const STREAM_DESCRIPTORS: Record<StreamName, StreamDescriptor> = {
  partners: partnersStream,
  products: productsStream,
  documents: documentsStream,
};

export const streamFor = (name: StreamName): StreamDescriptor => STREAM_DESCRIPTORS[name];
