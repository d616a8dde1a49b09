/**
 * The issuer an official title names (GB/T 9704: 发文机关 + 关于 + 事由 + 文种), whatever kind of
 * body it is — a bureau's Party committee, a provincial government, the Ministry:
 *
 *   中共教育部党组关于十九届中央第七轮巡视整改进展情况的通报   →  中共教育部党组
 *   合肥市教育局党委关于市委第一巡察组巡察整改进展情况的通报   →  合肥市教育局党委
 *   中共江西省委江西省人民政府关于学前教育深化改革规范发展的实施意见 →  中共江西省委江西省人民政府
 *   区教育局关于2022年工作总结的报告                          →  null (no name: 区 is any district)
 */
import { findDivisions } from './gazetteer.ts';

/** How the name of a body ends. */
const BODY_END =
  '(?:党组|党委|党工委|委员会|人民政府|政府|办公厅|办公室|督导室|厅|局|部|委|中心|研究院|学院|大学|学校|中学|小学|幼儿园)';

/** The forms (文种) an official title ends with. */
const FORM = '(?:通知|通报|报告|意见|决定|方案|办法|批复|函|公告|请示|总结|计划|要点|规定|细则|规划)';

const OFFICIAL_TITLE = new RegExp(
  `^([\\p{Script=Han}（）()]{2,40}?${BODY_END})关于.{2,}的(?:实施|指导|工作)?${FORM}$`,
  'u',
);

/** National bodies, which name no place. */
const NATIONAL = /^(?:中共)?(?:中央|国务院|教育部|全国|国家)/;

/** The body heading an official title, when it is named (by a place or as a national body), else null. */
export function titleIssuer(title: string | null): string | null {
  const body = title ? OFFICIAL_TITLE.exec(title.trim())?.[1] : undefined;
  if (!body) return null;
  return NATIONAL.test(body) || findDivisions(body).length > 0 ? body : null;
}
