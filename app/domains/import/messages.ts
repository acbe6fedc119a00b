import { defineMessages } from "../../kit/i18n/define";

export const importMessages = defineMessages({
  nb: {
    "import.error.tooLarge": "Filen er for stor. Største tillatte størrelse er {maxMb} MB.",
    "import.error.unsupportedFormat":
      "Filtypen støttes ikke. Last opp en PDF med tekst, et Word-dokument (DOCX), et Excel-ark (XLSX), en CSV-fil eller en tekstfil.",
    "import.error.typeMismatch": "Innholdet i filen passer ikke med filendelsen .{extension} (filen er {actual}). Gi filen riktig endelse og prøv igjen.",
    "import.error.corrupt": "Filen er skadet og kan ikke leses.",
    "import.error.encrypted": "PDF-filen er passordbeskyttet. Fjern passordet og last den opp igjen.",
    "import.error.noTextLayer": "Fant ingen tekst – last opp dokumentet med tekst, eller som Word.",
    "import.error.zipBomb": "Filen pakkes ut til mer enn det som er tillatt og blir ikke lest.",
    "import.error.empty": "Dokumentet er tomt.",
    "import.warning.noTitle": "Fant ingen tittel for tiltak {code}.",
    "import.warning.noMeasures": "Fant ingen tiltak i dokumentet.",
    "import.warning.unknownGoals": "Tiltak {code} viser til mål som ikke finnes i dokumentet; de er utelatt.",
    "import.warning.assistFailed": "Språkmodellen svarte ikke, så tiltak med lav sikkerhet er ikke forbedret av den. Utkastet er laget uten modellhjelp.",
  },
  nn: {
    "import.error.tooLarge": "Fila er for stor. Største tillatne storleik er {maxMb} MB.",
    "import.error.unsupportedFormat":
      "Filtypen er ikkje støtta. Last opp ein PDF med tekst, eit Word-dokument (DOCX), eit Excel-ark (XLSX), ei CSV-fil eller ei tekstfil.",
    "import.error.typeMismatch": "Innhaldet i fila passar ikkje med filendinga .{extension} (fila er {actual}). Gi fila rett ending og prøv igjen.",
    "import.error.corrupt": "Fila er skadd og kan ikkje lesast.",
    "import.error.encrypted": "PDF-fila er passordverna. Fjern passordet og last henne opp igjen.",
    "import.error.noTextLayer": "Fann ingen tekst – last opp dokumentet med tekst, eller som Word.",
    "import.error.zipBomb": "Fila blir pakka ut til meir enn det som er tillate, og blir ikkje lesen.",
    "import.error.empty": "Dokumentet er tomt.",
    "import.warning.noTitle": "Fann ingen tittel for tiltak {code}.",
    "import.warning.noMeasures": "Fann ingen tiltak i dokumentet.",
    "import.warning.unknownGoals": "Tiltak {code} viser til mål som ikkje finst i dokumentet; dei er utelatne.",
    "import.warning.assistFailed": "Språkmodellen svarte ikkje, så tiltak med låg tryggleik er ikkje betra av han. Utkastet er laga utan modellhjelp.",
  },
});
