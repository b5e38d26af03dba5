/**
 * Name pools for the generated people: `[as written, ASCII for the email]`.
 * Latin names carry the diacritics HR data really has (ü, é, ø, ł, ñ, ș…);
 * about one person in ten gets a name in a non-Latin script.
 */

export type NamePair = readonly [written: string, ascii: string];

export interface NamePool {
  readonly script: string;
  readonly female: readonly NamePair[];
  readonly male: readonly NamePair[];
  readonly last: readonly NamePair[];
}

export const LATIN: NamePool = {
  script: 'Latn',
  female: [
    ['Anna', 'anna'], ['Zoë', 'zoe'], ['Léa', 'lea'], ['Chloé', 'chloe'], ['Jülide', 'julide'], ['Małgorzata', 'malgorzata'],
    ['Inês', 'ines'], ['Ana', 'ana'], ['Sophie', 'sophie'], ['Åsa', 'asa'], ['Ingrid', 'ingrid'], ['Björk', 'bjork'],
    ['Noémie', 'noemie'], ['Mia', 'mia'], ['Hannah', 'hannah'], ['Lucía', 'lucia'], ['Emma', 'emma'], ['Marta', 'marta'],
    ['Ioana', 'ioana'], ['Şebnem', 'sebnem'], ['Priya', 'priya'], ['Amélie', 'amelie'], ['Katarzyna', 'katarzyna'], ['Lena', 'lena'],
    ['Frédérique', 'frederique'], ['Siobhán', 'siobhan'], ['Dagný', 'dagny'], ['Camille', 'camille'], ['Olivia', 'olivia'], ['Grete', 'grete'],
  ],
  male: [
    ['Jürgen', 'juergen'], ['François', 'francois'], ['Søren', 'soren'], ['Łukasz', 'lukasz'], ['José', 'jose'], ['Ángel', 'angel'],
    ['Ørjan', 'orjan'], ['Noah', 'noah'], ['Lukas', 'lukas'], ['Jérôme', 'jerome'], ['Matthias', 'matthias'], ['Tomás', 'tomas'],
    ['Ștefan', 'stefan'], ['Çağan', 'cagan'], ['Max', 'max'], ['Ben', 'ben'], ['Paul', 'paul'], ['Henrik', 'henrik'],
    ['Raphaël', 'raphael'], ['Mikuláš', 'mikulas'], ['Oliver', 'oliver'], ['Elias', 'elias'], ['Joël', 'joel'], ['Rui', 'rui'],
    ['Felix', 'felix'], ['Dávid', 'david'], ['Arjun', 'arjun'], ['Kwame', 'kwame'], ['Hugo', 'hugo'], ['Nils', 'nils'],
  ],
  last: [
    ['Müller', 'mueller'], ['Schröder', 'schroeder'], ['Dupont', 'dupont'], ['Lefèvre', 'lefevre'], ['Kowalczyk', 'kowalczyk'],
    ['Wójcik', 'wojcik'], ['García', 'garcia'], ['Núñez', 'nunez'], ['Gonçalves', 'goncalves'], ['Østergård', 'ostergard'],
    ['Hansen', 'hansen'], ['Bergmann', 'bergmann'], ['Weiß', 'weiss'], ['Öztürk', 'ozturk'], ['Dvořák', 'dvorak'],
    ['Novák', 'novak'], ['Smith', 'smith'], ['O\'Brien', 'obrien'], ['Nguyễn', 'nguyen'], ['Popescu', 'popescu'],
    ['Rossi', 'rossi'], ['Fernández', 'fernandez'], ['Jónsdóttir', 'jonsdottir'], ['Koch', 'koch'], ['Martin', 'martin'],
    ['Bernard', 'bernard'], ['Schmidt', 'schmidt'], ['van der Berg', 'vanderberg'], ['Mensah', 'mensah'], ['Natarajan', 'natarajan'],
    ['Fischer', 'fischer'], ['Lindqvist', 'lindqvist'], ['Żak', 'zak'], ['Błaszczyk', 'blaszczyk'], ['Săndulescu', 'sandulescu'],
  ],
};

export const NON_LATIN: readonly NamePool[] = [
  {
    script: 'Cyrl',
    female: [['Анна', 'anna'], ['Ольга', 'olga'], ['Наталья', 'natalya'], ['Ирина', 'irina']],
    male: [['Дмитрий', 'dmitry'], ['Сергей', 'sergey'], ['Олег', 'oleg'], ['Иван', 'ivan']],
    last: [['Иванова', 'ivanova'], ['Петров', 'petrov'], ['Смирнов', 'smirnov'], ['Кузнецова', 'kuznetsova']],
  },
  {
    script: 'Grek',
    female: [['Ελένη', 'eleni'], ['Μαρία', 'maria'], ['Κατερίνα', 'katerina']],
    male: [['Γιώργος', 'giorgos'], ['Νίκος', 'nikos'], ['Δημήτρης', 'dimitris']],
    last: [['Παπαδόπουλος', 'papadopoulos'], ['Οικονόμου', 'oikonomou'], ['Γεωργίου', 'georgiou']],
  },
  {
    script: 'Jpan',
    female: [['花子', 'hanako'], ['さくら', 'sakura'], ['陽菜', 'hina']],
    male: [['太郎', 'taro'], ['翔太', 'shota'], ['健', 'ken']],
    last: [['山田', 'yamada'], ['佐藤', 'sato'], ['鈴木', 'suzuki'], ['高橋', 'takahashi']],
  },
  {
    script: 'Hans',
    female: [['秀英', 'xiuying'], ['丽', 'li'], ['静', 'jing']],
    male: [['伟', 'wei'], ['强', 'qiang'], ['磊', 'lei']],
    last: [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu']],
  },
  {
    script: 'Arab',
    female: [['فاطمة', 'fatima'], ['ليلى', 'layla'], ['مريم', 'maryam']],
    male: [['محمد', 'mohammed'], ['أحمد', 'ahmed'], ['يوسف', 'youssef']],
    last: [['العلي', 'alali'], ['حداد', 'haddad'], ['منصور', 'mansour']],
  },
  {
    script: 'Hebr',
    female: [['נועה', 'noa'], ['תמר', 'tamar']],
    male: [['יוסף', 'yosef'], ['דוד', 'david']],
    last: [['כהן', 'cohen'], ['לוי', 'levi']],
  },
  {
    script: 'Kore',
    female: [['지우', 'jiwoo'], ['서연', 'seoyeon']],
    male: [['민준', 'minjun'], ['도윤', 'doyoon']],
    last: [['김', 'kim'], ['이', 'lee'], ['박', 'park']],
  },
  {
    script: 'Deva',
    female: [['अनन्या', 'ananya'], ['प्रिया', 'priya']],
    male: [['राहुल', 'rahul'], ['अर्जुन', 'arjun']],
    last: [['शर्मा', 'sharma'], ['वर्मा', 'verma']],
  },
];
