package events

import "strings"

// The small lexicons the rules use: closed word classes of English, the
// irregular verbs, and the vocabulary of news events. No model: these are
// general word lists, not strings of any one article.

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

var (
	determiners = set(`a an the this that these those its his her their our my your some any
		each every no another several many few both all one two three four five six seven eight nine ten
		dozens hundreds thousands`)
	articles     = set(`a an the`)
	prepositions = set(`in on at by for from with to of about over under into onto across after before
		during since until till through throughout amid among against near outside inside within without
		following ahead toward towards between beyond via per despite around upon behind along`)
	subordinators = set(`after before when while as although though since because if once until unless
		whereas whether following despite amid upon`)
	discourse = set(`but and meanwhile however also still yet so then moreover separately instead
		nonetheless nevertheless later earlier now today`)
	auxiliaries = set(`is are was were be been being am has have had having do does did will would
		shall should can could may might must`)
	pronouns = set(`he she it they we i you who which that what this these those there`)
	// reporting verbs frame what someone said; a clause they head is not
	// an event in itself.
	reporting = set(`say says said saying tell tells told report reports reported add adds added note
		notes noted claim claims claimed write writes wrote argue argues argued explain explains explained
		believe believes believed think thinks thought suggest suggests suggested warn warns warned
		according estimate estimates estimated complain complains complained insist insists insisted
		acknowledge acknowledges acknowledged admit admits admitted deny denies denied allege alleges alleged`)
	// stative verbs describe states, not happenings.
	stative = set(`be remain seem include consist contain belong know believe want seek hope need own
		mean resemble represent exist lack deserve matter depend continue tend try aim strive
		have`)
	// future markers: "is set to", "plans to", "is expected to".
	futureMarkers = set(`will shall upcoming planned scheduled set expected due plans plan intends next`)
	numberWords   = set(`one two three four five six seven eight nine ten eleven twelve dozen dozens
		hundred hundreds thousand thousands million millions several few many first second third fourth fifth`)
)

// irregular maps an irregular past or participle to its base form.
var irregular = func() map[string]string {
	m := map[string]string{}
	// base past participle
	for _, line := range strings.Split(`arise arose arisen|awake awoke awoken|be was been|bear bore borne|beat beat beaten|become became become|begin began begun|bend bent bent|bet bet bet|bind bound bound|bite bit bitten|bleed bled bled|blow blew blown|break broke broken|breed bred bred|bring brought brought|build built built|burn burnt burnt|burst burst burst|buy bought bought|cast cast cast|catch caught caught|choose chose chosen|cling clung clung|come came come|cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|do did done|draw drew drawn|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled|fling flung flung|fly flew flown|forbid forbade forbidden|forecast forecast forecast|foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone|grind ground ground|grow grew grown|hang hung hung|have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|keep kept kept|know knew known|lay laid laid|lead led led|leave left left|lend lent lent|let let let|lie lay lain|light lit lit|lose lost lost|make made made|mean meant meant|meet met met|mislead misled misled|overcome overcame overcome|oversee oversaw overseen|overtake overtook overtaken|overthrow overthrew overthrown|pay paid paid|put put put|quit quit quit|read read read|rebuild rebuilt rebuilt|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|see saw seen|seek sought sought|sell sold sold|send sent sent|set set set|shake shook shaken|shed shed shed|shoot shot shot|show showed shown|shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|sleep slept slept|slay slew slain|slide slid slid|speak spoke spoken|speed sped sped|spend spent spent|spin spun spun|split split split|spread spread spread|spring sprang sprung|stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung|strike struck struck|strive strove striven|swear swore sworn|sweep swept swept|swim swam swum|swing swung swung|take took taken|teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown|undergo underwent undergone|understand understood understood|undertake undertook undertaken|uphold upheld upheld|upset upset upset|wake woke woken|wear wore worn|weep wept wept|win won won|wind wound wound|withdraw withdrew withdrawn|withhold withheld withheld|write wrote written`, "|") {
		f := strings.Fields(line)
		m[f[1]] = f[0]
		m[f[2]] = f[0]
	}
	m["were"] = "be"
	m["been"] = "be"
	return m
}()

// irregularPast is the set of irregular simple-past forms.
var irregularPast = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`arose awoke was were bore beat became began bent bet bound bit bled blew broke bred brought built burnt burst bought cast caught chose clung came cost crept cut dealt dug did drew drank drove ate fell fed felt fought found fled flung flew forbade forecast foresaw forgot forgave froze got gave went ground grew hung had heard hid hit held hurt kept knew laid led left lent let lay lit lost made meant met misled overcame oversaw overtook overthrew paid put quit rebuilt rode rang rose ran said saw sought sold sent set shook shed shot showed shrank shut sang sank sat slept slew slid spoke sped spent spun split spread sprang stood stole stuck stung struck strove swore swept swam swung took taught tore told thought threw underwent understood undertook upheld upset woke wore wept won wound withdrew withheld wrote`) {
		m[w] = true
	}
	return m
}()

// eventNouns head noun phrases that name happenings ("the concert hall
// attack", "a suicide bombing"); the value groups them into families that
// may name the same happening ("the killings" ~ "the attack").
var eventNouns = func() map[string]string {
	m := map[string]string{}
	for _, group := range []struct{ family, words string }{
		{"violence", `attack attacks bombing bombings shooting shootings killing killings massacre assault raid
			raids rampage explosion explosions blast blasts stabbing stabbings ambush strike strikes airstrike
			airstrikes siege hostage hijacking kidnapping kidnappings abduction murder murders assassination
			gunfight clash clashes shelling offensive incursion invasion coup uprising riot riots bombardment`},
		{"politics", `election elections vote referendum poll primary caucus inauguration summit talks
			meeting visit speech debate resignation impeachment ceasefire truce treaty agreement deal accord`},
		{"law", `trial hearing verdict ruling sentencing arrest arrests indictment conviction acquittal
			appeal execution raid`},
		{"disaster", `earthquake quake tsunami flood floods flooding fire wildfire storm hurricane typhoon
			cyclone tornado eruption landslide crash collapse derailment outbreak drought famine`},
		{"occasion", `ceremony funeral wedding concert festival conference launch opening closing
			announcement release match final race tournament games protest protests demonstration rally
			march strike walkout merger acquisition takeover bankruptcy`},
		{"war", `war withdrawal evacuation surrender occupation liberation annexation partition independence`},
	} {
		for _, w := range strings.Fields(group.words) {
			if _, ok := m[w]; !ok {
				m[w] = group.family
			}
		}
	}
	return m
}()

// eventPrep is the preposition a headline puts between an event noun and
// its place: "attack on the hall", "bombing in Kandahar".
func eventPrep(head string) string {
	switch singular(head) {
	case "attack", "assault", "raid", "strike", "airstrike", "siege", "bombardment", "incursion", "invasion":
		return "on"
	}
	return "in"
}

var (
	honorifics = set(`mr mrs ms miss dr prof sir dame lord lady president vice prime minister chancellor
		sen senator rep representative gov governor gen general lt col colonel sgt capt captain maj major
		adm admiral judge justice king queen prince princess pope rev father sheikh ayatollah mayor
		secretary ambassador chief commander officer detective inspector spokesman spokeswoman spokesperson
		lawyer attorney professor analyst expert director minister`)
	orgWords = set(`ministry institute center centre university college school party army navy police
		council court committee commission agency department office service services bank company corp
		corporation inc ltd llc group association union times post news press network front brigade
		brigades forces guard guards state organization organisation foundation fund federation league
		parliament congress senate assembly government administration authority bureau board church
		club team airlines airways reuters journal tribune herald telegraph guardian review magazine
		broadcasting radio television tv unit command corps`)
	placeWords = set(`city river province region valley island islands mountains mountain street square
		hall airport stadium bridge county district lake sea ocean gulf bay peninsula desert border
		capital village town plaza arena theater theatre mall market station port harbor harbour`)
	// venue nouns after a name make it a place: "Crocus City concert hall".
	venueNouns = set(`hall theater theatre stadium arena mall market school church mosque synagogue
		temple hospital hotel airport station embassy club cathedral museum palace square bridge`)
	knownOrgs = set(`NATO UN EU FBI CIA NSA AP NPR BBC CNN NBC CBS ABC Reuters AFP Taliban Hamas Hezbollah
		ISIS ISIL al-Qaeda al-Shabab Boko Kremlin Pentagon Congress Senate Parliament IMF WHO OPEC Interpol
		Europol UNESCO UNICEF FSB KGB Mossad NASA SEC FDA IAEA ICC`)
	knownPlaces = set(`Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria
		Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia
		Botswana Brazil Brunei Bulgaria Burkina Burundi Cambodia Cameroon Canada Chad Chile China Colombia
		Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia
		Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala
		Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica
		Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia
		Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania
		Mauritius Mexico Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal
		Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama Paraguay Peru
		Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore
		Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania
		Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu
		Venezuela Vietnam Yemen Zambia Zimbabwe Britain England Scotland Wales Gaza Crimea Donbas Chechnya
		Dagestan Kashmir Tibet Xinjiang Kurdistan Europe Asia Africa America Antarctica Oceania Arctic
		U.S. US USA UK UAE Moscow Kyiv Kiev Washington London Paris Berlin Beijing Tokyo Delhi Mumbai Karachi
		Lahore Islamabad Kabul Kandahar Herat Jalalabad Tehran Baghdad Damascus Beirut Jerusalem Cairo
		Istanbul Ankara Riyadh Dubai Doha Tashkent Dushanbe Bishkek Almaty Astana Minsk Warsaw Prague Vienna
		Rome Madrid Lisbon Brussels Amsterdam Geneva Zurich Stockholm Oslo Copenhagen Helsinki Dublin
		Athens Budapest Bucharest Sofia Belgrade Zagreb Kharkiv Odesa Mariupol Bakhmut Donetsk Luhansk
		Sevastopol Petersburg Nairobi Lagos Abuja Johannesburg Mogadishu Khartoum Addis Ababa Tunis Algiers
		Rabat Tripoli Sydney Melbourne Toronto Ottawa Montreal Vancouver Chicago Houston Boston Atlanta
		Dallas Miami Seattle Denver Phoenix Philadelphia Detroit Manila Jakarta Bangkok Hanoi Seoul Pyongyang
		Shanghai Hong Kong Taipei Singapore Caracas Bogota Lima Santiago Havana Texas California Florida
		Ohio Virginia Alaska Hawaii Arizona Nevada Oregon Utah Iowa Kansas Kentucky Louisiana Maine
		Maryland Michigan Minnesota Missouri Montana Nebraska Oklahoma Pennsylvania Tennessee Vermont
		Wisconsin Wyoming Alabama Arkansas Colorado Connecticut Delaware Idaho Illinois Indiana Mississippi
		Massachusetts Carolina Dakota Jersey Mexico Khorasan Siberia Balkans Caucasus Sahel Levant`)
	// multi-word places and organizations that the finder cannot build
	// from their words alone.
	knownNames = map[string]string{
		"New York": "place", "Los Angeles": "place", "San Francisco": "place", "New Delhi": "place",
		"Saudi Arabia": "place", "South Africa": "place", "North Korea": "place", "South Korea": "place",
		"United States": "place", "United Kingdom": "place", "Central Asia": "place", "Middle East": "place",
		"West Bank": "place", "Gaza Strip": "place", "Hong Kong": "place", "Sri Lanka": "place",
		"New Zealand": "place", "Costa Rica": "place", "El Salvador": "place", "St. Petersburg": "place",
		"United Nations": "org", "European Union": "org", "Islamic State": "org", "White House": "org",
		"New York Times": "org", "Washington Post": "org", "Associated Press": "org", "Wall Street Journal": "org",
	}
)

// singular is a rough singular of a plural noun.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}
