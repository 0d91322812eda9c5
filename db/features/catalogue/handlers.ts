import type { HandlerGroup } from '../../dispatch/types';
import { createCourse, deleteCourse, getCourse, listCourses, setCourseArchived, updateCourse } from './courses';
import { trainingDirectory } from './directory';
import { exportCatalogue } from './export';
import { importCatalogue } from './import';
import { createTrainer, deleteTrainer, getTrainer, listTrainers, setTrainerArchived, trainerOfStaff, updateTrainer } from './trainers';
import { createVenue, deleteVenue, getVenue, listVenues, setVenueArchived, updateVenue } from './venues';

export const catalogueHandlers: HandlerGroup<
  | 'courses.list'
  | 'courses.get'
  | 'courses.create'
  | 'courses.update'
  | 'courses.setArchived'
  | 'courses.delete'
  | 'trainers.list'
  | 'trainers.get'
  | 'trainers.create'
  | 'trainers.update'
  | 'trainers.setArchived'
  | 'trainers.delete'
  | 'trainers.ofStaff'
  | 'venues.list'
  | 'venues.get'
  | 'venues.create'
  | 'venues.update'
  | 'venues.setArchived'
  | 'venues.delete'
  | 'catalogue.export'
  | 'catalogue.import'
  | 'catalogue.directory'
> = {
  'courses.list': (input, ctx) => listCourses(ctx, input),
  'courses.get': ({ id }, ctx) => getCourse(ctx, id),
  'courses.create': (input, ctx) => createCourse(ctx, input),
  'courses.update': (input, ctx) => updateCourse(ctx, input),
  'courses.setArchived': ({ id, archived }, ctx) => setCourseArchived(ctx, id, archived),
  'courses.delete': (input, ctx) => deleteCourse(ctx, input),
  'trainers.list': (input, ctx) => listTrainers(ctx, input),
  'trainers.get': ({ id }, ctx) => getTrainer(ctx, id),
  'trainers.create': (input, ctx) => createTrainer(ctx, input),
  'trainers.update': (input, ctx) => updateTrainer(ctx, input),
  'trainers.setArchived': ({ id, archived }, ctx) => setTrainerArchived(ctx, id, archived),
  'trainers.delete': (input, ctx) => deleteTrainer(ctx, input),
  'trainers.ofStaff': ({ staffId }, ctx) => trainerOfStaff(ctx, staffId),
  'venues.list': (input, ctx) => listVenues(ctx, input),
  'venues.get': ({ id }, ctx) => getVenue(ctx, id),
  'venues.create': (input, ctx) => createVenue(ctx, input),
  'venues.update': (input, ctx) => updateVenue(ctx, input),
  'venues.setArchived': ({ id, archived }, ctx) => setVenueArchived(ctx, id, archived),
  'venues.delete': (input, ctx) => deleteVenue(ctx, input),
  'catalogue.export': (_input, ctx) => exportCatalogue(ctx),
  'catalogue.import': (input, ctx) => importCatalogue(ctx, input),
  'catalogue.directory': (_input, ctx) => trainingDirectory(ctx),
};
