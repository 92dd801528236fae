/**
 * Offline checks of the add-in-only XML manifest: well-formed, the elements the Office schema
 * requires in the order it requires them, every resid resolved, https everywhere, string lengths
 * within Office's limits, and icons that exist at the sizes they claim. Microsoft's own validator
 * (`office-addin-manifest validate`) needs the network; this one runs anywhere.
 */
import { child, childrenNamed, descendants, localName, parseXml, XmlElement } from './xml';

export interface IconFiles {
  /** Pixel size of the PNG at a URL path such as /assets/icon-32.png, or null when missing. */
  sizeOf(urlPath: string): { width: number; height: number } | null;
}

const TOP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'VersionOverrides',
];
const REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
/** The Yeoman template's id: an add-in must have its own. */
const TEMPLATE_ID = '05c2e1c9-3e1d-406e-9a91-e9ac64854143';

function value(el: XmlElement | undefined): string {
  return (el?.attributes.DefaultValue ?? el?.text ?? '').trim();
}

export function checkManifest(xml: string, icons?: IconFiles): string[] {
  const problems: string[] = [];
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [`Not well-formed XML: ${(e as Error).message}`];
  }
  const need = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  need(root.name === 'OfficeApp', 'The root element must be <OfficeApp>.');
  need(root.attributes.xmlns === 'http://schemas.microsoft.com/office/appforoffice/1.1', 'OfficeApp must use the appforoffice/1.1 namespace.');
  need(root.attributes['xsi:type'] === 'TaskPaneApp', 'OfficeApp xsi:type must be TaskPaneApp.');

  const names = root.children.map(localName);
  for (const r of REQUIRED) need(names.includes(r), `<${r}> is missing.`);
  const known = names.filter((n) => TOP_ORDER.includes(n));
  const sorted = [...known].sort((a, b) => TOP_ORDER.indexOf(a) - TOP_ORDER.indexOf(b));
  need(known.join() === sorted.join(), `Top-level elements are out of schema order: expected ${sorted.join(', ')}.`);
  for (const n of names) need(TOP_ORDER.includes(n), `<${n}> is not allowed directly under <OfficeApp>.`);

  const id = value(child(root, 'Id'));
  need(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id), `<Id> must be a GUID (got "${id}").`);
  need(id.toLowerCase() !== TEMPLATE_ID && !/^0{8}-/.test(id), '<Id> is the template GUID: generate one for this add-in.');
  need(/^\d+(\.\d+){0,3}$/.test(value(child(root, 'Version'))), '<Version> must look like 1.0.0.0.');
  need(value(child(root, 'ProviderName')).length > 0, '<ProviderName> is empty.');
  need(/^[a-z]{2}-[A-Z]{2}$/.test(value(child(root, 'DefaultLocale'))), '<DefaultLocale> must be a culture name such as en-GB.');
  const display = value(child(root, 'DisplayName'));
  need(display.length > 0 && display.length <= 125, '<DisplayName DefaultValue> must be 1 to 125 characters.');
  const description = value(child(root, 'Description'));
  need(description.length > 0 && description.length <= 250, '<Description DefaultValue> must be 1 to 250 characters.');
  need(PERMISSIONS.includes(value(child(root, 'Permissions'))), `<Permissions> must be one of ${PERMISSIONS.join(', ')}.`);

  const hosts = childrenNamed(child(root, 'Hosts'), 'Host').map((h) => h.attributes.Name);
  need(hosts.includes('Workbook'), '<Hosts> must include <Host Name="Workbook"/> (Excel).');
  const sets = childrenNamed(child(child(root, 'Requirements'), 'Sets'), 'Set');
  const excelApi = sets.find((s) => s.attributes.Name === 'ExcelApi');
  need(!!excelApi && /^1\.\d+$/.test(excelApi.attributes.MinVersion ?? ''), '<Requirements> must name the ExcelApi set with a MinVersion such as 1.8.');
  need(!!value(child(child(root, 'DefaultSettings'), 'SourceLocation')), '<DefaultSettings><SourceLocation> is missing.');

  // URLs: https only (Office refuses http task panes), and icons that exist at their size.
  const urlsOf = (el: XmlElement) => ['DefaultValue'].map((a) => el.attributes[a]).filter((v): v is string => !!v && /^\w+:\/\//.test(v));
  for (const el of descendants(root)) {
    for (const url of urlsOf(el)) need(url.startsWith('https://'), `${localName(el)} "${url}" must use https.`);
    if (localName(el) === 'AppDomain') need(el.text.trim().startsWith('https://'), `AppDomain "${el.text.trim()}" must use https.`);
  }
  const checkIcon = (url: string, size: number, what: string) => {
    if (!icons) return;
    const path = url.replace(/^https:\/\/[^/]+/, '');
    const got = icons.sizeOf(path);
    if (!got) problems.push(`${what}: ${path} does not exist.`);
    else need(got.width === size && got.height === size, `${what}: ${path} is ${got.width}x${got.height}, Office asks for ${size}x${size}.`);
  };
  checkIcon(value(child(root, 'IconUrl')), 32, 'IconUrl');
  checkIcon(value(child(root, 'HighResolutionIconUrl')), 64, 'HighResolutionIconUrl');

  const overrides = child(root, 'VersionOverrides');
  if (overrides) {
    need(overrides.attributes.xmlns === 'http://schemas.microsoft.com/office/taskpaneappversionoverrides', 'VersionOverrides must use the taskpaneappversionoverrides namespace.');
    const resources = child(overrides, 'Resources');
    const resource = new Map<string, { kind: string; value: string }>();
    for (const group of resources?.children ?? []) {
      for (const r of group.children) {
        const rid = r.attributes.id;
        need(!!rid && !resource.has(rid), `Resource id "${rid}" is missing or repeated.`);
        resource.set(rid, { kind: localName(group), value: r.attributes.DefaultValue ?? '' });
        if (localName(group) === 'ShortStrings') need(value(r).length <= 125, `Short string ${rid} is longer than 125 characters.`);
        if (localName(group) === 'LongStrings') need(value(r).length <= 250, `Long string ${rid} is longer than 250 characters.`);
      }
    }
    for (const el of descendants(overrides)) {
      const rid = el.attributes.resid;
      if (rid === undefined) continue;
      const r = resource.get(rid);
      need(!!r, `${localName(el)} refers to resid "${rid}", which <Resources> does not define.`);
      if (r && localName(el) === 'Image') checkIcon(r.value, Number(el.attributes.size), `Icon ${rid}`);
    }
    const host = childrenNamed(child(overrides, 'Hosts'), 'Host').find((h) => h.attributes['xsi:type'] === 'Workbook');
    need(!!host, 'VersionOverrides must have a <Host xsi:type="Workbook">.');
    const desktop = child(host, 'DesktopFormFactor');
    need(!!desktop, 'The Workbook host needs a <DesktopFormFactor>.');
    need(!!child(desktop, 'FunctionFile'), '<DesktopFormFactor> needs a <FunctionFile> (required by the schema).');
    const buttons = desktop ? descendants(desktop).filter((e) => localName(e) === 'Control' && e.attributes['xsi:type'] === 'Button') : [];
    const opens = buttons.filter((b) => child(b, 'Action')?.attributes['xsi:type'] === 'ShowTaskpane' && child(child(b, 'Action'), 'SourceLocation'));
    need(opens.length > 0, 'No ribbon button opens the task pane (Control Button with Action ShowTaskpane and a SourceLocation).');
    for (const b of buttons) {
      const sizes = childrenNamed(child(b, 'Icon'), 'Image').map((i) => i.attributes.size);
      for (const s of ['16', '32', '80']) need(sizes.includes(s), `Button ${b.attributes.id} needs a ${s}px icon.`);
      need(!!child(b, 'Label') && !!child(b, 'Supertip'), `Button ${b.attributes.id} needs a Label and a Supertip.`);
    }
  }
  return problems;
}

/** Points every URL at the given https origin (and path): the production address, set at build time. */
export function rewriteManifestUrls(xml: string, base: string, devBase = 'https://localhost:3000/'): string {
  if (!/^https:\/\/[^/\s]+/.test(base)) throw new Error(`The production URL must start with https:// (got "${base}").`);
  const withSlash = base.endsWith('/') ? base : base + '/';
  const origin = withSlash.replace(/^(https:\/\/[^/]+).*$/, '$1');
  return xml
    .split(devBase)
    .join(withSlash)
    .split(devBase.replace(/\/$/, '<'))
    .join(origin + '<');
}
