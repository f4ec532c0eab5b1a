/**
 * Every word a reader sees, in Korean: the same templates as en.ts, written for Korean word order.
 *
 * Conventions (pinned by tests/unit/i18n-ko.test.ts):
 * - numbers: digits with grouping and a counter, "30,023명"; ranges "20,000~100,000명";
 *   "약 15,000명", "최소 50,000명", "최대 1,500명"; work permits are documents: "건".
 * - dates: "2019년", "2019년 3월", "2019년 3월 22일"; "2017년 기준"; periods "2024년 1월~12월".
 * - North Korea is 북한 in running text; sentences end in 합니다체, labels are nouns.
 */
import type { Messages } from './en';

import { groupDigits } from './numbers';

/** A partial date the Korean way: "2019년", "2019년 3월", "2019년 3월 22일". */
const date = (d: { year: number; month?: number; day?: number }) =>
  d.month === undefined ? `${d.year}년` : d.day === undefined ? `${d.year}년 ${d.month}월` : `${d.year}년 ${d.month}월 ${d.day}일`;

/** An ISO day (the dataset's "updated": 2026-11-24) in Korean; anything else as given. */
const day = (iso: string) => {
  const p = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return p ? date({ year: Number(p[1]), month: Number(p[2]), day: Number(p[3]) }) : iso;
};

/**
 * A counter after an amount made by `amount` below: "약 15,000" → "약 15,000명";
 * a value with its range, "15,000(10,000~20,000)", gets it on both numbers: "15,000명(10,000~20,000명)".
 */
const count = (amount: string, unit: string) => {
  const inRange = /^(.*)\((.*)\)$/.exec(amount);
  return inRange ? `${inRange[1]}${unit}(${inRange[2]}${unit})` : `${amount}${unit}`;
};

/**
 * A period from two dates made by `date`, without repeating what they share:
 * "2024년 1월~12월", "2017년 11월 19일~20일", "2019년 11월~2020년 2월"; one date when both are the same.
 */
const period = (since: string, until: string) => {
  if (since === until) return until;
  const a = since.split(' ');
  const b = until.split(' ');
  let shared = 0;
  while (shared < a.length - 1 && shared < b.length - 1 && a[shared] === b[shared]) shared++;
  return `${since}~${b.slice(shared).join(' ')}`;
};

/** The object particle after a Korean noun: 을 after a final consonant, 를 otherwise. */
const eul = (noun: string) => {
  const c = noun.charCodeAt(noun.length - 1) - 0xac00;
  return c >= 0 && c < 11172 && c % 28 !== 0 ? '을' : '를';
};

export const ko: Messages = {
  locale: 'ko',
  collator: 'ko',
  number: groupDigits,
  date,
  amount: {
    about: (n: string) => `약 ${n}`,
    valueInRange: (n: string, low: string, high: string) => `${n}(${low}~${high})`,
    range: (low: string, high: string) => `${low}~${high}`,
    atLeast: (n: string) => `최소 ${n}`,
    upTo: (n: string) => `최대 ${n}`,
  },
  measure: {
    present: (amount: string, d: string) => `${d} 기준 ${count(amount, '명')}`,
    permits: (amount: string, d: string) => `${d} 기준 유효 취업허가 ${count(amount, '건')}`,
    sent: (amount: string, d: string, since?: string) => (since ? `${period(since, d)} 파견 ${count(amount, '명')}` : `${d}까지 파견 ${count(amount, '명')}`),
    departed: (amount: string, d: string, since?: string) => (since ? `${period(since, d)} 출국 ${count(amount, '명')}` : `${d}까지 ${count(amount, '명')} 출국·송환`),
    planned: (amount: string, d: string) => `${d} 발표·계획된 파견 ${count(amount, '명')}`,
    peak: (amount: string, d: string) => `${d} 최다 ${count(amount, '명')}`,
    // "no more than": 이하 after a plain number; an amount that already says 최대 needs no second word for it.
    // The amount of an upper bound comes bare (format.ts): "이하" says it once.
    'upper-bound': (amount: string, d: string) => `${d} 기준 ${count(amount, '명')}${amount.startsWith('최대 ') ? '' : ' 이하'}(상한)`,
  },
  measureName: {
    present: '체류 인원', permits: '유효 취업허가', sent: '파견 인원', departed: '출국 인원',
    planned: '발표·계획된 파견', peak: '과거 최다치', 'upper-bound': '상한',
  },
  basis: {
    'government-report': '정부 보고서',
    'official-statement': '당국자 발언',
    un: '유엔',
    intelligence: '정보기관(보도 인용)',
    research: '연구자 추정',
    media: '언론 보도',
    anonymous: '익명 소식통',
  },
  onWhoseWord: (basis: string) => `근거: ${basis}`,
  partial: '일부 지역 한정',
  age: (years: number, year: number) => `${year}년 기준 최신 수치, ${years}년 전 집계`,
  status: {
    present: '체류 중',
    declining: '감축 중',
    withdrawn: '철수·추방',
    'restaurants-only': '식당만 운영',
    reported: '보고됨(체류 미확인)',
  },
  statusSince: (status: string, d: string) => `${d}부터 ${status}`,
  noFigure: {
    present: '노동자 체류, 인원 미상',
    declining: '노동자 송환 중, 인원 미상',
    withdrawn: '노동자 철수',
    'restaurants-only': '북한 운영 식당, 노동자 수 집계 없음',
    reported: '노동자 보고됨, 체류 미확인',
  },
  notYetReported: (year: number) => `${year}년까지 북한 노동자 보고 없음`,
  noData: '이 데이터셋에는 북한 노동자 보고가 없습니다.',
  originDetails: '노동자를 해외로 파견하는 나라입니다. 이 지도는 이들이 어디에서 얼마나 일하는지, 그리고 각 수치는 누구의 말에 근거하는지 보여 줍니다.',
  noDataDetails: '이 데이터셋에는 이곳의 북한 노동자 보고가 없습니다. 그렇다고 노동자가 없다는 증거는 아닙니다. ‘데이터 설명’을 참고하세요.',
  industry: {
    construction: '건설업', logging: '벌목업', textiles: '섬유·의류업', 'seafood-processing': '수산물 가공업',
    fishing: '어업', mining: '광업', agriculture: '농업', restaurants: '식당', medical: '의료', it: 'IT',
    'art-and-monuments': '미술·기념물 제작', shipbuilding: '조선업', manufacturing: '제조업', hospitality: '숙박·서비스업',
    'military-training': '군사 훈련',
  },
  // Korean lists industries with commas; "및" before the last reads like an official document.
  list: (items: string[]) => items.join(', '),
  hostLabel: (name: string, headline: string, status: string) => `${name}: ${headline}${status ? `, ${status}` : ''}`,
  territoryOf: (state: string) => `(${state})`,

  tooltip: {
    status: '상태:',
    industries: '업종:',
    sources: '출처:',
    alsoKnown: '그 밖의 수치:',
    disputed: '이견:',
    hint: '클릭하거나 Enter 키를 누르면 상세 정보와 링크를 볼 수 있습니다',
    more: (n: number) => `외 ${n}건`,
  },
  panel: {
    close: '상세 정보 닫기',
    where: '위치',
    whereTerritory: (state: string) => `${state}의 일부. 지도에는 영역이 아닌 원형 표시로 나타냅니다`,
    status: '상태',
    industries: '업종',
    notReported: '보고 없음',
    restaurants: '북한 운영 식당',
    yes: '있음',
    noneReported: '보고 없음',
    statusHistory: '상태 변화',
    figures: '모든 수치(최신순)',
    colDate: '집계 시점',
    colFigure: '수치',
    colBasis: '근거',
    colSources: '출처',
    later: (year: number) => `${year}년 이후`,
    laterNote: (year: number) => `${year}년 이후 시점의 수치는 ${year}년 지도에 나타나지 않습니다.`,
    sources: '출처',
    placeholder: '지도나 검색창, 표에서 국가를 선택하면 수치와 모든 출처를 볼 수 있습니다.',
    chart: (name: string) => `${name}: 시기별 수치`,
  },
  citation: {
    opensInNewTab: ' (새 탭에서 열림)',
    withheld: '링크 생략: http(s) 주소가 아님',
    copyReadAt: '열람한 사본:',
    primary: '1차 자료',
    originalLanguage: '출처는 원어 그대로 표기합니다.',
  },
  legend: {
    title: (year: number) => `${year}년 기준 북한 노동자 수`,
    under: (n: string) => `${n}명 미만`,
    between: (low: string, high: string) => `${low}~${high}명`,
    orMore: (n: string) => `${n}명 이상`,
    unknown: '체류 또는 보고됨, 인원 미상',
    restaurants: '식당만 운영',
    withdrawn: '철수·추방',
    none: '자료 없음',
    stale: '빗금: 최신 수치가 이전 연도에 집계됨',
    marker: '작은 나라나 지역: 원으로 표시하며, 다른 수용국을 가리지 않는 곳에 그립니다(원의 크기는 모두 같고, 인원은 크기가 아니라 색으로 나타냅니다)',
    count: (n: number) => `(${n})`,
  },
  binDescription: (label: string, year: number) => `${year}년 기준 노동자 ${label}`,
  summary: {
    map: (count: number, year: number, top: string, unknown: number) =>
      `${year}년 기준 북한 당국이 파견한 노동자가 있다고 보고된 ${count}곳을 표시한 세계 지도입니다. 가장 많은 곳: ${top}. 이 가운데 ${unknown}곳은 ${year}년 공표 수치가 없습니다. 화살표 키로 국가를 옮겨 다니고, Enter 키로 상세 정보를 열고, Esc 키로 닫습니다. 글자를 입력하면 해당 국가로 이동합니다. 같은 데이터를 지도 아래 표에서도 볼 수 있습니다.`,
    global: (low: string, high: string) => `북한 당국이 해외에 보낸 노동자 수에 대한 공개 추정치는 ${low}명에서 ${high}명까지 다양합니다.`,
    latestGlobal: (year: string, amount: string) => `선택한 연도까지의 가장 최근 추정치는 ${year}년 기준 ${count(amount, '명')}입니다`,
    cited: { open: '(', close: ').' },
    allTotals: '세계 추정치 전체와 출처',
    totalsChart: '연도별 세계 추정치',
  },
  year: {
    label: '연도',
    asOf: (year: number) => `${year}년 기준`,
    play: '재생',
    pause: '일시정지',
    keyDates: '주요 일지',
    announce: (year: number) => `${year}년 기준 지도를 표시합니다.`,
  },
  table: {
    title: '데이터 표',
    caption: (count: number, year: number, column: string, ascending: boolean) =>
      `${year}년 기준 전체 ${count}곳, ${column} ${ascending ? '오름차순' : '내림차순'} 정렬`,
    host: '국가·지역',
    status: '상태',
    figure: '지도 표시 수치',
    date: '집계 시점',
    industries: '업종',
    sources: '출처',
    none: '—',
    allFigures: '연도별 전체 수치',
    allFiguresCaption: '데이터셋의 모든 수치(국가·지역별, 시점별)',
  },
  search: {
    label: '국가 찾기',
    placeholder: '예: 카타르',
    matches: '검색된 국가',
    noData: ' (자료 없음)',
    origin: ' (노동자 파견국: 수용국 아님)',
  },
  language: {
    other: 'English',
    otherLang: 'en',
    otherBase: '../',
    label: '언어',
  },
  page: {
    title: '북한 해외 파견 노동자',
    embedTitle: '국가별 북한 해외 파견 노동자',
    lede: '북한 당국이 어느 나라, 어떤 업종에 노동자를 얼마나 보내는지, 그리고 각 수치는 누구의 말에 근거하는지 보여 줍니다.',
    viewTable: '표로 보기',
    footer: (version: string, updated: string) =>
      `데이터셋 v${version}, ${day(updated)} 갱신. 지도 경계: Natural Earth(world-atlas 경유). 공개 정적 파일로 제작되어 어디에나 퍼갈 수 있습니다.`,
    credit: (version: string, updated: string) => `데이터: 북한 해외 파견 노동자 데이터셋 v${version}(${day(updated)}). 출처는 국가별 상세 정보에 있습니다.`,
    openFull: '전체 지도 열기',
    mapLabel: '북한 해외 파견 노동자 지도',
  },
  selection: {
    selected: (label: string) => `선택: ${label}. 상세 정보를 표시합니다.`,
    selectedNoData: (name: string) => `선택: ${name}, 자료 없음.`,
    closed: '상세 정보를 닫았습니다.',
  },
  errors: {
    partFailed: (part: string) => `${part}${eul(part)} 표시하지 못했습니다.`,
    tryAgain: '다시 시도',
    parts: { tooltip: '툴팁', details: '상세 정보', table: '표', legend: '범례', map: '지도', summary: '요약', search: '검색창', year: '연도 선택', about: '데이터 설명', embed: '퍼가기 창', image: '이미지 내려받기' },
    loadFailed: '데이터셋을 불러오지 못했습니다.',
    invalidJson: '데이터셋이 올바른 JSON 형식이 아닙니다.',
    invalid: (n: number) => `데이터셋 검증에 실패했습니다(오류 ${n}건).`,
    server: (status: string, url: string) => `${url} 요청에 서버가 ${status} 응답을 보냈습니다.`,
    timeout: (seconds: number, url: string) => `${url}에서 ${seconds}초 안에 응답이 없습니다.`,
    sandboxed: (url: string) =>
      `이 페이지는 샌드박스 안에서 실행되고 있어(샌드박스가 적용된 퍼가기 화면에서 연 것으로 보입니다) ${url} 불러오기가 차단되었습니다. 주소를 복사해 새 창에서 여세요.`,
    network: (url: string) => `${url} 네트워크 요청에 실패했습니다.`,
    stillShown: '아래 지도는 마지막으로 게시된 버전입니다. 툴팁과 상세 정보를 보려면 데이터셋이 필요합니다.',
    allProblems: (n: number) => `문제 ${n}건 모두 보기`,
    retry: '다시 시도',
    retrying: '다시 시도하는 중…',
    noScript: '지도 검색, 상세 정보, 퍼가기 코드는 자바스크립트가 있어야 작동합니다. 지도와 범례, 아래 표는 자바스크립트 없이도 볼 수 있습니다.',
  },
  about: {
    title: '데이터 설명',
    intro:
      '이 수치는 북한 당국이 해외로 보내 일하게 한 북한 주민의 집계와 추정치로, 각국 정부의 자체 보고서, 유엔 보고서, 정보기관, 연구, 언론 보도에서 가져왔습니다. 수치마다 무엇을 센 것인지, 언제 시점의 수치인지(공표일이 아님), 누구의 말에 근거한 것인지를 밝힙니다.',
    reliabilityTitle: '수치는 얼마나 믿을 수 있나요?',
    reliability:
      '전체 인원을 공개하는 정부는 없으므로 모든 수치는 추정치로 봐야 합니다. 색이 칠해지지 않은 나라에도 소수의 노동자가 있을 수 있고, 색이 칠해진 나라도 마지막 보고 이후 노동자를 돌려보냈을 수 있습니다. 유엔 안전보장이사회 결의 2397호(2017년 12월)는 모든 국가에 24개월 안에 북한 노동자를 송환하도록 했습니다. 많은 나라가 송환했다고 보고했지만, 이후 보고서들은 노동자들이 학생 비자나 관광 비자로 들어오고 있다고 전합니다.',
    notCountedTitle: '집계하지 않는 것',
    notCounted:
      '체류 자격 없이 해외에 있는 북한 주민(대부분 중국에 있음)과 한국에 정착한 탈북민은 이 수치에 들어 있지 않습니다. 북한 인력이 운영하는 식당은 다른 노동자가 알려지지 않은 곳이라도 표시합니다.',
    methodTitle: '지도가 연도별 수치를 고르는 방식',
    method: (tolerance: number) =>
      `선택한 연도에 대해 각 국가는 그해 말 기준 상태와, 그해 또는 그 이전에 집계된 가장 최근 인원수를 보여 줍니다. 인원수는 체류 인원이나 유효 취업허가 건수(취업허가로 표시)입니다. 집계 수치는 집계 연도부터 최대 ${tolerance}년 동안 지도에 색으로 나타나며, 그보다 오래된 수치는 빗금으로 표시하고 그 수치의 연도를 밝힙니다. 출국, 파견, 계획, 과거 최다치, 상한은 참고 정보로만 보여 주고 색으로 나타내지 않습니다. 한 도시나 한 집단만 센 수치는 목록에는 싣지만 해당 국가를 색칠하지 않습니다. 범위로 된 수치는 기하평균으로 색을 정하며, 수치가 수십 명에서 수만 명까지 걸쳐 있어 구간은 로그 척도로 나눕니다. 선택한 연도 이후 시점의 자료는 그 연도 화면에 나타나지 않습니다.`,
    bordersTitle: '경계',
    borders:
      '국가 경계는 Natural Earth 자료(world-atlas 경유)를 씁니다. 이 자료에서 국가로 구분되지 않는 곳, 예컨대 조지아의 압하스나 러시아가 점령한 우크라이나 돈바스 일부 지역은 해당 국가 안에 원형 표시로 나타내며, 이 때문에 해당 국가 영역을 색칠하지는 않습니다. 작은 나라도 원형 표시로 나타냅니다.',
    totalsTitle: '세계 전체 추정치',
    allFiguresTitle: '국가·지역 및 시점별 전체 수치',
    downloadTitle: '내려받기',
    download: (version: string, updated: string) => `데이터셋 버전 ${version}(${day(updated)} 갱신), 라이선스`,
    json: 'JSON',
    csv: 'CSV(수치당 한 행)',
    schema: 'JSON 스키마',
    changelog: '변경 내역',
  },
  embed: {
    button: '퍼가기',
    title: '이 지도 퍼가기',
    intro: '이 코드를 페이지에 붙여 넣으세요. 지도는 본문 폭을 채우고 전체가 보이는 높이로 표시되며, 스크립트가 있으면 높이를 지도에 꼭 맞춥니다. 상세 정보는 지도 안에서 열리므로 페이지가 밀려나지 않습니다.',
    openOn: (name: string) => `${name} 선택 상태로 열기`,
    withYear: (year: number) => `${year}년 기준으로 열기`,
    inOtherLanguage: (language: string) => `${language} 페이지로 퍼가기`,
    code: '퍼가기 코드',
    copy: '코드 복사',
    close: '닫기',
    copied: '클립보드에 복사했습니다.',
    copyFailed: '복사하지 못했습니다. 코드를 선택해 직접 복사하세요.',
    frameTitle: (version: string) => `지도: 국가별 북한 해외 파견 노동자(데이터셋 v${version})`,
  },
  share: {
    image: '지금 보이는 지도 이미지',
    png: 'PNG 내려받기',
    svg: 'SVG 내려받기',
    preparing: '이미지를 만드는 중입니다…',
    ready: (file: string) => `이미지를 만들었습니다: ${file}`,
    failed: '이미지를 만들지 못했습니다.',
    openFullForImage: '전체 지도에서 이미지 내려받기',
    imageSelected: (name: string, headline: string) => `${name}: ${headline}`,
    credit: (title: string, version: string, updated: string, licence: string, url: string) =>
      `데이터: ${title}, 버전 ${version}(${day(updated)}), ${licence}. 지도 경계: Natural Earth. ${url}`,
    copyCitation: '인용 정보 복사',
    citationOf: (figure: string) => `: ${figure}`,
    copied: '인용 정보를 클립보드에 복사했습니다.',
    copyFailed: '복사하지 못했습니다. 아래 인용 정보를 선택해 직접 복사하세요.',
    citationText: '인용 정보',
    citationSource: (publisher: string, title: string, published: string, url: string) => `${publisher}, 「${title}」(${published}), ${url}`,
    citation: (c: { host: string; figure: string; sources: string; title: string; version: string; updated: string; licence: string; link: string }) =>
      `${c.host}: ${c.figure}. 출처: ${c.sources}. 데이터: ${c.title}, 버전 ${c.version}(${day(c.updated)}), ${c.licence}. 고정 링크: ${c.link}`,
    cardHosts: (n: number) => `${n}개 국가·지역`,
    cardCredit: (version: string, updated: string, licence: string, publisher: string) => `데이터: 북한 해외 파견 노동자 데이터셋 v${version}(${day(updated)}), ${licence} · ${publisher}`,
    hostTitle: (name: string) => `${name}: 북한 해외 파견 노동자`,
    hostDescription: (name: string, headline: string, year: number) => `${year}년 기준 ${name}: ${headline}. 모든 수치를 시점, 집계 대상, 출처와 함께 보여 줍니다.`,
    imageAlt: (year: number) => `${year}년 기준 북한 해외 파견 노동자 세계 지도`,
    hostImageAlt: (name: string, year: number) => `${year}년 기준 북한 해외 파견 노동자 세계 지도, ${name} 강조 표시`,
    feedTitle: '북한 해외 파견 노동자: 데이터셋 배포 내역',
    feed: '데이터셋 배포 피드',
    changes: '데이터셋 버전별 변경 내역',
    change: (version: string, date: string) => `v${version}(${day(date)})`,
    noChanges: '변경 내역에 이 국가·지역에 관한 기록이 없습니다.',
    changesLoading: '변경 내역을 불러오는 중…',
    changesFailed: '변경 내역을 불러오지 못했습니다. 변경 내역 파일을 확인하세요.',
    changesInEnglish: '변경 내역은 영어로 작성되어 있습니다.',
  },
  cite: {
    title: '인용 방법',
    intro: '사용한 수치를 독자가 찾을 수 있도록 데이터셋을 버전과 함께 인용해 주세요.',
    name: '제목',
    version: '버전',
    date: '날짜',
    url: '고유 주소',
    licence: '라이선스',
    publisherUnset: '발행처 이름',
    urlUnset: '고유 주소',
    creditsTitle: '발행 및 정정 요청',
    publisher: '발행',
    corrections: '오류를 발견하셨다면 다음으로 정정을 요청해 주세요:',
    correctionsUnset: '정정 요청 연락처',
    unset: '아직 설정되지 않았습니다. 배포자가 설정할 곳:',
    gradingTitle: '수치를 고르고 등급을 매기는 방식',
    grading: '출처가 그 장소와 시점에 그런 종류의 인원이 그만큼 있다고 밝힌 경우에만 수치를 데이터셋에 싣고, 확인 과정은 모두 데이터셋의 검증 기록에 남깁니다. 각 수치는 무엇을 센 것인지(체류 인원, 유효 취업허가, 파견 인원, 출국, 계획, 과거 최다치, 상한)와 누구의 말에 근거하는지로 구분합니다. 같은 시점의 수치가 둘이면 근거가 더 확실한 쪽으로 지도를 색칠합니다. 순서는 정부 자체 보고서, 당국자 발언, 유엔, 정보기관, 연구자, 언론 보도, 익명 소식통입니다.',
    downloads: '데이터 내려받기:',
    codeLicence: '코드 라이선스',
    dataLicence: '데이터 라이선스',
    thirdParty: '이 사이트에 포함된 코드의 라이선스',
  },
  embedOptions: {
    theme: '색상',
    themes: { light: '밝게', dark: '어둡게', auto: '독자의 시스템 설정 따르기' },
    version: '데이터',
    live: '최신: 항상 최신 데이터셋 표시',
    pinned: (version: string) => `데이터셋 v${version}에 고정: 게시한 그대로 유지`,
    preview: '미리 보기',
    previewTitle: (title: string) => `미리 보기: ${title}`,
  },
  mapView: {
    regionLabel: '지도 범위',
    regions: { world: '세계', europe: '유럽', 'middle-east': '중동·걸프', 'east-asia': '동아시아', africa: '아프리카' } as Record<string, string>,
    embedRegion: (name: string) => `${name} 지도로 열기`,
    cardLabel: '선택한 국가',
    cardDetails: '상세 정보 보기',
    cardClose: '요약 닫기',
    seeTerritory: (territory: string) => ` (자료 없음, 점령지 ${territory} 참고)`,
    territoryDetails: (territory: string) => `이 나라 정부가 통제하는 지역에서는 북한 노동자가 보고되지 않았습니다. 점령지인 ${territory}에서 노동자가 보고되었으며, 지도에 원으로 표시되어 있습니다.`,
    openTerritory: (territory: string) => `${territory} 보기`,
  },
  mapLabel: {
    amount: {
      about: (n: string) => `약 ${n}`,
      valueInRange: (n: string) => n,
      range: (low: string, high: string) => `${low}~${high}`,
      atLeast: (n: string) => `${n} 이상`,
      upTo: (n: string) => `${n} 이하`,
    },
    value: (amount: string, year?: number) => (year === undefined ? amount : `${amount}(${year}년)`),
    year: (year: number) => `(${year}년)`,
    rangeLines: (low: string, high: string) => [`${low}~`, high],
  },
};
