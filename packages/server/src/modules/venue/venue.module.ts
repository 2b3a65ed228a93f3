import type { GraphModule } from '../graph-module';
import { Proceeding } from './proceeding.entity';
import { PaperVenueResolver, ProceedingResolver } from './proceeding.resolver';
import { Venue } from './venue.entity';
import { createVenueLoaders } from './venue.loaders';
import { VenueResolver } from './venue.resolver';

export const venueModule = {
  resolvers: [VenueResolver, ProceedingResolver, PaperVenueResolver],
  entities: [Venue, Proceeding],
  loaders: createVenueLoaders,
  nodeTypes: { Venue: { entity: Venue, key: 'slug' }, Proceeding: { entity: Proceeding, key: 'slug' } },
  // /conference/<slug> names a venue or one of its proceedings (see web ConferencePage).
  objectPages: { conference: '(SELECT slug FROM venue UNION ALL SELECT slug FROM proceeding) AS conference' },
} satisfies GraphModule;
