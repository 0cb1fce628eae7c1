export { RouteTabs, pickTab, type RouteTab } from './route-tabs';
