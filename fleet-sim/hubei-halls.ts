/**
 * Where a simulated terminal stands: Hubei's cities and some of their districts (GB/T 2260), so
 * a fleet spreads over the province as a real one does and the console's region filters bite.
 */
export interface District {
  regionCode: string;
  city: string;
  name: string;
}

const districts: readonly (readonly [string, string, string])[] = [
  ['420102', '武汉市', '江岸区'],
  ['420103', '武汉市', '江汉区'],
  ['420104', '武汉市', '硚口区'],
  ['420105', '武汉市', '汉阳区'],
  ['420106', '武汉市', '武昌区'],
  ['420107', '武汉市', '青山区'],
  ['420111', '武汉市', '洪山区'],
  ['420112', '武汉市', '东西湖区'],
  ['420115', '武汉市', '江夏区'],
  ['420116', '武汉市', '黄陂区'],
  ['420202', '黄石市', '黄石港区'],
  ['420281', '黄石市', '大冶市'],
  ['420302', '十堰市', '茅箭区'],
  ['420303', '十堰市', '张湾区'],
  ['420502', '宜昌市', '西陵区'],
  ['420506', '宜昌市', '夷陵区'],
  ['420602', '襄阳市', '襄城区'],
  ['420606', '襄阳市', '樊城区'],
  ['420702', '鄂州市', '梁子湖区'],
  ['420704', '鄂州市', '鄂城区'],
  ['420802', '荆门市', '东宝区'],
  ['420881', '荆门市', '钟祥市'],
  ['420902', '孝感市', '孝南区'],
  ['420981', '孝感市', '应城市'],
  ['421002', '荆州市', '沙市区'],
  ['421003', '荆州市', '荆州区'],
  ['421102', '黄冈市', '黄州区'],
  ['421181', '黄冈市', '麻城市'],
  ['421202', '咸宁市', '咸安区'],
  ['421281', '咸宁市', '赤壁市'],
  ['421303', '随州市', '曾都区'],
  ['421381', '随州市', '广水市'],
  ['422801', '恩施土家族苗族自治州', '恩施市'],
  ['422802', '恩施土家族苗族自治州', '利川市'],
];

export const hubeiDistricts: readonly District[] = districts.map(([regionCode, city, name]) => ({ regionCode, city, name }));

/** The places 24-hour terminals stand: a district's service centre, a bank lobby, a community centre. */
export const hallKinds = ['政务服务中心', '市民之家', '农商银行营业厅', '党群服务中心'] as const;
