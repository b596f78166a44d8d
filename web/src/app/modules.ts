import {
  type Icon,
  IconAddressBook,
  IconChartBar,
  IconChecklist,
  IconGift,
  IconHeadset,
  IconHome,
  IconReportMoney,
  IconSettings,
  IconSpeakerphone,
} from '@tabler/icons-react';

export interface ModuleDef {
  /** Route segment and i18n key under `modules.<key>`. */
  key: string;
  path: string;
  icon: Icon;
  /** Permission needed to see the module; undefined = everyone signed in. */
  permission?: string;
  /** Not built yet: the route shows the translated "coming later" page. */
  planned?: boolean;
}

// Permission names are the server's (server/src/platform/users/roles.ts).
export const MODULES: ModuleDef[] = [
  { key: 'home', path: '/', icon: IconHome },
  {
    key: 'customers',
    path: '/customers',
    icon: IconAddressBook,
    permission: 'people:read',
  },
  { key: 'sales', path: '/sales', icon: IconReportMoney, permission: 'deals:read' },
  { key: 'tasks', path: '/tasks', icon: IconChecklist, permission: 'tasks:read' },
  { key: 'service', path: '/service', icon: IconHeadset, permission: 'cases:read', planned: true },
  {
    key: 'marketing',
    path: '/marketing',
    icon: IconSpeakerphone,
    permission: 'campaigns:read',
    planned: true,
  },
  { key: 'loyalty', path: '/loyalty', icon: IconGift, permission: 'loyalty:read', planned: true },
  { key: 'analytics', path: '/analytics', icon: IconChartBar, permission: 'analytics:read' },
  { key: 'settings', path: '/settings', icon: IconSettings },
];
