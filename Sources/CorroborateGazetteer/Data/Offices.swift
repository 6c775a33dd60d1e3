extension GazetteerData {
    /// Who held a country's highest offices, and when: « le chef de l'État », "the head of
    /// state", « le Premier ministre » in a story of a given day is that day's holder (or the
    /// one just ousted, when the article names them). Only persons of the persons table;
    /// `until` empty while in office.
    /// office | country | person | from | until
    static let offices = """
    head-of-state | syria | hafez-al-assad | 1971-03-14 | 2000-06-10
    head-of-state | syria | bashar-al-assad | 2000-07-17 | 2024-12-08
    head-of-state | syria | ahmed-al-sharaa | 2025-01-29 |
    head-of-state | russia | vladimir-putin | 2000-05-07 | 2008-05-07
    head-of-state | russia | dmitry-medvedev | 2008-05-07 | 2012-05-07
    head-of-state | russia | vladimir-putin | 2012-05-07 |
    head-of-state | belarus | alexander-lukashenko | 1994-07-20 |
    head-of-state | ukraine | petro-poroshenko | 2014-06-07 | 2019-05-20
    head-of-state | ukraine | volodymyr-zelensky | 2019-05-20 |
    head-of-state | france | jacques-chirac | 1995-05-17 | 2007-05-16
    head-of-state | france | nicolas-sarkozy | 2007-05-16 | 2012-05-15
    head-of-state | france | francois-hollande | 2012-05-15 | 2017-05-14
    head-of-state | france | emmanuel-macron | 2017-05-14 |
    head-of-state | united-states | bill-clinton | 1993-01-20 | 2001-01-20
    head-of-state | united-states | george-w-bush | 2001-01-20 | 2009-01-20
    head-of-state | united-states | barack-obama | 2009-01-20 | 2017-01-20
    head-of-state | united-states | donald-trump | 2017-01-20 | 2021-01-20
    head-of-state | united-states | joe-biden | 2021-01-20 | 2025-01-20
    head-of-state | united-states | donald-trump | 2025-01-20 |
    head-of-state | united-kingdom | elizabeth-ii | 1952-02-06 | 2022-09-08
    head-of-state | united-kingdom | charles-iii | 2022-09-08 |
    head-of-state | germany | frank-walter-steinmeier | 2017-03-19 |
    head-of-state | italy | sergio-mattarella | 2015-02-03 |
    head-of-state | poland | andrzej-duda | 2015-08-06 | 2025-08-06
    head-of-state | serbia | aleksandar-vucic | 2017-05-31 |
    head-of-state | moldova | maia-sandu | 2020-12-24 |
    head-of-state | finland | alexander-stubb | 2024-03-01 |
    head-of-state | vatican | pope-francis | 2013-03-13 | 2025-04-21
    head-of-state | vatican | pope-leo-xiv | 2025-05-08 |
    head-of-state | turkey | recep-tayyip-erdogan | 2014-08-28 |
    head-of-state | israel | isaac-herzog | 2021-07-07 |
    head-of-state | palestine | mahmoud-abbas | 2005-01-15 |
    head-of-state | lebanon | joseph-aoun | 2025-01-09 |
    head-of-state | iran | ali-khamenei | 1989-06-04 |
    head-of-state | egypt | abdel-fattah-al-sisi | 2014-06-08 |
    head-of-state | saudi-arabia | king-salman | 2015-01-23 |
    head-of-state | qatar | tamim-bin-hamad-al-thani | 2013-06-25 |
    head-of-state | united-arab-emirates | mohamed-bin-zayed | 2022-05-14 |
    head-of-state | jordan | abdullah-ii | 1999-02-07 |
    head-of-state | algeria | abdelmadjid-tebboune | 2019-12-19 |
    head-of-state | tunisia | kais-saied | 2019-10-23 |
    head-of-state | morocco | mohammed-vi | 1999-07-23 |
    head-of-state | rwanda | paul-kagame | 2000-03-24 |
    head-of-state | dr-congo | felix-tshisekedi | 2019-01-24 |
    head-of-state | mali | assimi-goita | 2021-05-24 |
    head-of-state | burkina-faso | ibrahim-traore | 2022-09-30 |
    head-of-state | niger | mohamed-bazoum | 2021-04-02 | 2023-07-26
    head-of-state | niger | abdourahamane-tiani | 2023-07-26 |
    head-of-state | senegal | macky-sall | 2012-04-02 | 2024-04-02
    head-of-state | senegal | bassirou-diomaye-faye | 2024-04-02 |
    head-of-state | ivory-coast | alassane-ouattara | 2010-12-04 |
    head-of-state | cameroon | paul-biya | 1982-11-06 |
    head-of-state | chad | mahamat-idriss-deby | 2021-04-20 |
    head-of-state | benin | patrice-talon | 2016-04-06 |
    head-of-state | congo | denis-sassou-nguesso | 1997-10-25 |
    head-of-state | gabon | brice-oligui-nguema | 2023-08-30 |
    head-of-state | nigeria | bola-tinubu | 2023-05-29 |
    head-of-state | south-africa | cyril-ramaphosa | 2018-02-15 |
    head-of-state | kenya | william-ruto | 2022-09-13 |
    head-of-state | uganda | yoweri-museveni | 1986-01-29 |
    head-of-state | sudan | abdel-fattah-al-burhan | 2019-08-21 |
    head-of-state | china | xi-jinping | 2013-03-14 |
    head-of-state | north-korea | kim-jong-un | 2011-12-17 |
    head-of-state | south-korea | yoon-suk-yeol | 2022-05-10 | 2025-04-04
    head-of-state | taiwan | lai-ching-te | 2024-05-20 |
    head-of-state | afghanistan | hibatullah-akhundzada | 2021-08-15 |
    head-of-state | azerbaijan | ilham-aliyev | 2003-10-31 |
    head-of-state | kazakhstan | kassym-jomart-tokayev | 2019-03-20 |
    head-of-state | brazil | lula-da-silva | 2003-01-01 | 2011-01-01
    head-of-state | brazil | lula-da-silva | 2023-01-01 |
    head-of-state | argentina | javier-milei | 2023-12-10 |
    head-of-state | mexico | claudia-sheinbaum | 2024-10-01 |
    head-of-state | venezuela | nicolas-maduro | 2013-04-19 |
    head-of-government | france | edouard-philippe | 2017-05-15 | 2020-07-03
    head-of-government | france | jean-castex | 2020-07-03 | 2022-05-16
    head-of-government | france | elisabeth-borne | 2022-05-16 | 2024-01-09
    head-of-government | france | gabriel-attal | 2024-01-09 | 2024-09-05
    head-of-government | france | michel-barnier | 2024-09-05 | 2024-12-13
    head-of-government | france | francois-bayrou | 2024-12-13 | 2025-09-09
    head-of-government | france | sebastien-lecornu | 2025-09-09 |
    head-of-government | united-kingdom | boris-johnson | 2019-07-24 | 2022-09-06
    head-of-government | united-kingdom | rishi-sunak | 2022-10-25 | 2024-07-05
    head-of-government | united-kingdom | keir-starmer | 2024-07-05 |
    head-of-government | germany | angela-merkel | 2005-11-22 | 2021-12-08
    head-of-government | germany | olaf-scholz | 2021-12-08 | 2025-05-06
    head-of-government | germany | friedrich-merz | 2025-05-06 |
    head-of-government | italy | giorgia-meloni | 2022-10-22 |
    head-of-government | spain | pedro-sanchez | 2018-06-02 |
    head-of-government | poland | donald-tusk | 2023-12-13 |
    head-of-government | slovakia | robert-fico | 2023-10-25 |
    head-of-government | hungary | viktor-orban | 2010-05-29 |
    head-of-government | greece | kyriakos-mitsotakis | 2019-07-08 |
    head-of-government | denmark | mette-frederiksen | 2019-06-27 |
    head-of-government | russia | dmitry-medvedev | 2012-05-08 | 2020-01-15
    head-of-government | russia | mikhail-mishustin | 2020-01-16 |
    head-of-government | ukraine | denys-shmyhal | 2020-03-04 | 2025-07-17
    head-of-government | ukraine | yulia-svyrydenko | 2025-07-17 |
    head-of-government | israel | yair-lapid | 2022-07-01 | 2022-12-29
    head-of-government | israel | benjamin-netanyahu | 2022-12-29 |
    head-of-government | lebanon | najib-mikati | 2021-09-10 | 2025-02-08
    head-of-government | iraq | mohammed-shia-al-sudani | 2022-10-27 |
    head-of-government | syria | mohammed-al-jalali | 2024-09-14 | 2024-12-10
    head-of-government | syria | mohammed-al-bashir | 2024-12-10 | 2025-03-29
    head-of-government | india | narendra-modi | 2014-05-26 |
    head-of-government | pakistan | shehbaz-sharif | 2024-03-04 |
    head-of-government | japan | fumio-kishida | 2021-10-04 | 2024-10-01
    head-of-government | japan | shigeru-ishiba | 2024-10-01 | 2025-10-21
    head-of-government | china | li-qiang | 2023-03-11 |
    head-of-government | ethiopia | abiy-ahmed | 2018-04-02 |
    head-of-government | senegal | ousmane-sonko | 2024-04-02 |
    head-of-government | canada | justin-trudeau | 2015-11-04 | 2025-03-14
    head-of-government | canada | mark-carney | 2025-03-14 |
    """
}
