/**
 * Words that surround person names in news: titles and honorifics (kept out of names, and a strong
 * cue that a name follows), and common given names from many languages (a cue that a surname follows).
 */

/** Honorifics: never part of a name. */
export const HONORIFICS = [
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Prof', 'Prof.', 'Sir', 'Dame', 'Lord', 'Lady',
  'Comrade', 'Madam', 'Madame', 'Monsieur', 'Herr', 'Frau', 'Sheikh', 'Rev', 'Rev.', 'Reverend',
  'Father', 'Brother', 'Sister', 'Imam', 'Rabbi', 'Ayatollah', 'Mullah', 'Sen.', 'Rep.', 'Gov.',
  'Gen.', 'Col.', 'Lt.', 'Capt.', 'Sgt.', 'Maj.', 'Adm.', 'Cmdr.', 'Supt.', 'Insp.', 'Pres.',
  'His Excellency', 'Her Excellency', 'His Holiness', 'His Majesty', 'Her Majesty',
];

/** Title words: offices and roles printed before a name ("President", "Foreign Minister"). */
export const TITLE_WORDS = [
  'president', 'vice-president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'king', 'queen',
  'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'leader', 'chairman', 'chairwoman',
  'chair', 'secretary', 'secretary-general', 'general', 'spokesman', 'spokeswoman', 'spokesperson',
  'ambassador', 'envoy', 'governor', 'mayor', 'senator', 'congressman', 'congresswoman',
  'representative', 'deputy', 'director', 'director-general', 'chief', 'head', 'commander',
  'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'captain', 'champion',
  'judge', 'justice', 'attorney', 'prosecutor', 'lawyer', 'officer', 'official', 'officials',
  'pope', 'cardinal', 'bishop', 'archbishop', 'patriarch', 'dalai', 'lama', 'colonel', 'lieutenant',
  'major', 'sergeant', 'admiral', 'marshal', 'field', 'foreign', 'defence', 'defense', 'finance',
  'interior', 'economy', 'trade', 'health', 'justice', 'energy', 'agriculture', 'labour', 'labor',
  'economist', 'analyst', 'executive', 'ceo', 'founder', 'owner', 'dealer', 'trader', 'striker',
  'player', 'rider', 'driver', 'seed', 'champion', 'challenger', 'opponent', 'candidate', 'nominee',
  'presidium', 'speaker', 'mp', 'lawmaker', 'legislator', 'dictator', 'rebel', 'warlord', 'author',
  'writer', 'actor', 'actress', 'singer', 'star', 'veteran', 'former', 'ex', 'late', 'acting',
  'interim', 'incumbent', 'newly', 'elected', 'opposition', 'supreme', 'assistant', 'undersecretary',
  'policy', 'affairs', 'security', 'state', 'national', 'senior', 'top', 'negotiator', 'aide', 'adviser',
  'advisor', 'counsellor', 'counselor', 'commissioner', 'delegate', 'consul', 'attache', 'diplomat',
  'foreign-policy', 'nuclear', 'military', 'intelligence', 'party', 'central', 'committee', 'council',
  'cabinet', 'first', 'chief-of-staff', 'staff', 'press', 'deputy-chairman', 'co-chair', 'ruling',
  'home', 'shadow', 'culture', 'education', 'transport', 'environment', 'industry', 'development',
  'treasury', 'communications', 'information', 'emergency', 'emergencies', 'public', 'works', 'tourism',
  'sports', 'youth', 'women', 'social', 'welfare', 'housing', 'science', 'technology', 'commerce',
  'investment', 'planning', 'fisheries', 'mines', 'oil', 'petroleum', 'water', 'communication',
];

/** Common given names (a cue, not a rule): many languages, as they appear in English-language news. */
export const GIVEN_NAMES = `
John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason
Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel
Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas
Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin
Arthur Lawrence Jesse Dylan Bryan Joe Jordan Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne
Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby Philip Johnny Bill Tom Tony Jim Mike Bob
Dick Nick Ted Ian Colin Neil Graham Gordon Alistair Nigel Derek Trevor Malcolm Hugh Rupert Giles
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret
Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca
Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha
Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie
Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha
Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia
Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella
Charlotte Rose Alexis Kayla Hillary Angela Theresa Condoleezza Madeleine Nancy Tony Gordon Boris
Vladimir Dmitry Dmitri Sergei Sergey Alexei Alexey Alexander Mikhail Nikolai Ivan Igor Yuri Yury Oleg
Viktor Victor Andrei Andrey Pavel Anatoly Gennady Vyacheslav Valentina Tatyana Olga Natalya Irina
Svetlana Yelena Elena Ludmila Yevgeny Evgeny Leonid Boris Grigory Konstantin Roman Maxim Ruslan
Vitaly Viktor Petro Volodymyr Yulia Arseniy Alexander Lech Jaroslaw Donald Andrzej Vaclav Milos
Slobodan Radovan Ratko Franjo Alija Ante Zoran Goran Janez Viktor Gyula Janos Ferenc Laszlo Istvan
Nicolas Jacques Francois Emmanuel Jean Pierre Alain Philippe Michel Bernard Dominique Lionel
Segolene Marine Christine Helmut Gerhard Angela Olaf Wolfgang Joschka Frank-Walter Hans Klaus Jurgen
Horst Guido Ursula Annegret Friedrich Karl Heinz Dieter Uwe Silvio Romano Giuseppe Giorgio Matteo
Mario Giuliano Enrico Paolo Massimo Gianfranco Sergio Jose Luis Mariano Felipe Pedro Carlos Juan
Manuel Antonio Francisco Javier Miguel Fernando Alberto Jorge Ricardo Eduardo Rafael Raul Fidel
Hugo Nicolas Evo Rafael Cristina Michelle Dilma Luiz Inacio Jair Andres Enrique Vicente Alvaro
Ivan Gustavo Sebastian Mauricio Xi Li Hu Wen Jiang Zhu Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu
Shinzo Junichiro Yoshihide Fumio Taro Naoto Yukio Ryutaro Tomiichi Morihiro Kim Park Lee Moon Roh
Yoon Chun Kwon Ban Narendra Manmohan Atal Rahul Sonia Indira Rajiv Imran Nawaz Benazir Pervez Asif
Shehbaz Sheikh Hasina Khaleda Recep Tayyip Ahmet Abdullah Mevlut Binali Mohammed Mohammad Muhammad
Mohamed Ahmed Ahmad Ali Hassan Hussein Hosni Anwar Gamal Abdel Fattah Bashar Hafez Saddam Yasser
Mahmoud Ismail Khaled Omar Osama Ayman Abu Hamid Hamad Khalifa Salman Faisal Fahd Nayef Tamim
Benjamin Ehud Ariel Yitzhak Shimon Netanyahu Naftali Yair Hassan Hossein Javad Ebrahim Akbar Ali
Nelson Thabo Jacob Cyril Robert Emmerson Olusegun Goodluck Muhammadu Uhuru Mwai Daniel Paul Yoweri
Paul Kofi Boutros Antonio Javier Jens Anders Jaap Javier Josep Federica Catherine Jean-Claude
Herman Charles Ursula Donald Kristalina Christine Dominique Ngozi Tedros Rafael Yukiya Mohamed
`.split(/\s+/u).filter(Boolean);
