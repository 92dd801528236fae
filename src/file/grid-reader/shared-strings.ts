/**
 * The shared strings table (xl/sharedStrings.xml) as the engine reads it: each <si>'s text, rich
 * text runs joined, phonetic guides (<rPh>) left out, `_xHHHH_` escapes decoded. An <si> with no
 * text at all is null, as ExcelJS gives it.
 */
import { decodeExcelEscapes, eachTag, elementText } from './xml-scan';

export function readSharedStrings(xml: string | undefined): (string | null)[] {
  const out: (string | null)[] = [];
  if (!xml) return out;
  let inSi = false;
  /** The <si>'s own <t>, when it has one (it wins over runs, as in ExcelJS). */
  let plain: string | undefined;
  let runs: string[] | undefined;
  let inRun = false;
  let runText = '';
  eachTag(xml, 0, xml.length, (t) => {
    if (t.closing) {
      if (t.name === 'si' && inSi) {
        out.push(plain !== undefined ? plain : runs ? runs.join('') : null);
        inSi = false;
      } else if (t.name === 'r' && inRun) {
        runs!.push(runText);
        inRun = false;
      }
      return;
    }
    switch (t.name) {
      case 'si':
        if (t.empty) {
          out.push(null);
          return;
        }
        inSi = true;
        plain = undefined;
        runs = undefined;
        return;
      case 'r':
        if (!inSi) return;
        runs ??= [];
        if (t.empty) {
          runs.push('');
          return;
        }
        inRun = true;
        runText = '';
        return;
      case 'rPh': {
        if (t.empty) return;
        // A phonetic guide's text is not the cell's text: skip past its end tag.
        const end = xml.indexOf('rPh>', t.end);
        return end < 0 ? xml.length : end + 4;
      }
      case 't': {
        if (!inSi) return;
        const text = t.empty ? '' : elementText(xml, t.end, 't');
        const value = decodeExcelEscapes(typeof text === 'string' ? text : text.text);
        if (inRun) runText = value;
        else plain = value;
        return typeof text === 'string' ? t.end : text.next;
      }
      default:
        return;
    }
  });
  return out;
}
