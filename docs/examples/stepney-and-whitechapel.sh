#!/usr/bin/env bash
# The Stepney and Whitechapel Network cohort, created and run through the public API.
#
# NHS Tower Hamlets commissioned Healthskills to run a 12-month clinical leadership programme for the
# network's GPs, nurse practitioners and practice managers: eight Leadership Insight days over three
# trimesters, each trimester ending in a leadership challenge (see ../shared/seeds). The people, dates
# and attendance below are invented; the shape is the case study's.
#
# With the platform running, from the repository root:
#   source .local-stack/tokens.env
#   export ELHCP_TOKEN=$(java -jar local-stack/target/local-stack.jar token --roles programme-manager --systems ELHCP)
#   docs/examples/stepney-and-whitechapel.sh
#
# Every POST carries an Idempotency-Key, so running the script again changes nothing.
# Needs curl and sed only.
set -euo pipefail

: "${GATEWAY:?run: source .local-stack/tokens.env}"
: "${ADMIN_TOKEN:?run: source .local-stack/tokens.env}"
TOKEN="${ELHCP_TOKEN:-$ADMIN_TOKEN}"
RUN="${EXAMPLE_RUN:-stepney-and-whitechapel}"

# call METHOD PATH [BODY] [IDEMPOTENCY-KEY] [TOKEN]: prints the answer's body; fails on an error answer
call() {
  local method=$1 path=$2 body=${3:-} key=${4:-} token=${5:-$TOKEN}
  local args=(-sS --fail-with-body -X "$method" "$GATEWAY$path" -H "Authorization: Bearer $token")
  [[ -n $body ]] && args+=(-H 'Content-Type: application/json' -d "$body")
  [[ -n $key ]] && args+=(-H "Idempotency-Key: $RUN/$key")
  local answer
  if ! answer=$(curl "${args[@]}"); then
    echo "$method $path was refused: $answer" >&2
    return 1
  fi
  echo "$answer"
}
id_of() { sed -E 's/^\{"id":"([^"]+)".*/\1/'; }
ids_of() { grep -oE '"id":"[^"]+"' | sed -E 's/"id":"([^"]+)"/\1/'; }

echo "Registering the system (409 if it is there already)"
curl -sS -o /dev/null -w '  system ELHCP: HTTP %{http_code}\n' -X POST "$GATEWAY/api/v1/systems" \
  -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
  -d '{"code":"ELHCP","name":"East London Health and Care Partnership","kind":"STP","region":"London"}'

echo "Organisations"
pct=$(call POST /api/v1/organisations '{"systemCode":"ELHCP","name":"NHS Tower Hamlets","type":"PCT"}' org-pct | id_of)
healthskills=$(call POST /api/v1/organisations '{"systemCode":"ELHCP","name":"Healthskills","type":"TRAINING_PROVIDER"}' org-healthskills | id_of)
network=$(call POST /api/v1/organisations '{"systemCode":"ELHCP","name":"Stepney and Whitechapel Network","type":"PRIMARY_CARE_NETWORK"}' org-network | id_of)
practices=()
for practice in "Jubilee Street Practice" "Whitechapel Health Centre" "Stepney Green Surgery"; do
  practices+=("$(call POST /api/v1/organisations "{\"systemCode\":\"ELHCP\",\"name\":\"$practice\",\"type\":\"GP_PRACTICE\"}" "org-practice-${#practices[@]}" | id_of)")
done

echo "The programme: 12 months, 75% attendance to complete"
programme=$(call POST /api/v1/programmes "{\"systemCode\":\"ELHCP\",
  \"title\":\"Stepney and Whitechapel Network clinical leadership programme\",\"kind\":\"CLINICAL_LEADERSHIP\",
  \"aims\":\"Clinical leadership for the network's practices to plan services for their locality: change management, commercial acumen, business management, team development\",
  \"commissionerId\":\"$pct\",\"deliveryPartnerIds\":[\"$healthskills\"],
  \"startDate\":\"2026-01-08\",\"endDate\":\"2026-11-19\",\"capacity\":24,
  \"targetProfessions\":[\"GP\",\"NURSE_PRACTITIONER\",\"PRACTICE_MANAGER\"],\"completionThresholdPercent\":75}" programme | id_of)
if call GET "/api/v1/programmes/$programme" | grep -q '"status":"DRAFT"'; then
  call PUT "/api/v1/programmes/$programme/status" '{"status":"OPEN"}' > /dev/null
  call PUT "/api/v1/programmes/$programme/status" '{"status":"RUNNING"}' > /dev/null
fi

cohort=$(call POST /api/v1/cohorts "{\"programmeId\":\"$programme\",\"name\":\"Stepney and Whitechapel Network\",
  \"capacity\":24,\"startDate\":\"2026-01-08\",\"endDate\":\"2026-11-19\"}" cohort | id_of)

echo "Eight Leadership Insight days over three trimesters, each ending in a leadership challenge"
sessions=()
schedule() {
  sessions+=("$(call POST /api/v1/sessions "{\"cohortId\":\"$cohort\",\"title\":\"$1\",\"kind\":\"$2\",\"date\":\"$3\",\"location\":\"Whitechapel\"}" "session-$3-$2" | id_of)")
}
schedule "Insight day 1: leading change" LEADERSHIP_INSIGHT_DAY 2026-01-08
schedule "Insight day 2: commercial acumen" LEADERSHIP_INSIGHT_DAY 2026-02-05
schedule "Insight day 3: business management" LEADERSHIP_INSIGHT_DAY 2026-03-05
schedule "Trimester 1 leadership challenge" LEADERSHIP_CHALLENGE 2026-04-02
schedule "Insight day 4: team development" LEADERSHIP_INSIGHT_DAY 2026-05-07
schedule "Insight day 5: values and beliefs" LEADERSHIP_INSIGHT_DAY 2026-06-04
schedule "Insight day 6: commissioning for COPD" LEADERSHIP_INSIGHT_DAY 2026-07-02
schedule "Trimester 2 leadership challenge" LEADERSHIP_CHALLENGE 2026-08-06
schedule "Insight day 7: working across the network" LEADERSHIP_INSIGHT_DAY 2026-09-03
schedule "Insight day 8: the COPD project" LEADERSHIP_INSIGHT_DAY 2026-10-01
schedule "Trimester 3 leadership challenge" LEADERSHIP_CHALLENGE 2026-11-05

echo "Twelve participants in one request (fictional people)"
people='[
 ["Amina","Begum","GP"],["Daniel","Okafor","GP"],["Farah","Hussain","GP"],["Tom","Whitfield","GP"],["Ruth","Adeyemi","GP"],
 ["Sofia","Marques","NURSE_PRACTITIONER"],["Kwame","Mensah","NURSE_PRACTITIONER"],["Lena","Novak","NURSE_PRACTITIONER"],
 ["Imran","Chowdhury","NURSE_PRACTITIONER"],["Grace","Lindqvist","PRACTICE_MANAGER"],["Owen","Pryce","PRACTICE_MANAGER"],
 ["Mei","Tanaka","PRACTICE_MANAGER"]]'
rows=""; i=0
while IFS='|' read -r given family profession; do
  practice=${practices[$((i % 3))]}
  rows+="${rows:+,}{\"systemCode\":\"ELHCP\",\"givenName\":\"$given\",\"familyName\":\"$family\",
    \"email\":\"$(echo "$given.$family" | tr 'A-Z' 'a-z')@example.nhs.uk\",\"profession\":\"$profession\",
    \"sector\":\"NHS_PRIMARY_CARE\",\"organisationId\":\"$practice\"}"
  i=$((i + 1))
done < <(echo "$people" | grep -oE '\["[^]]+\]' | sed -E 's/\["([^"]+)","([^"]+)","([^"]+)"\]/\1|\2|\3/')
participants=($(call POST /api/v1/participants/bulk "{\"participants\":[$rows]}" participants | ids_of))

echo "Enrolling all twelve in one request"
rows=""
for participant in "${participants[@]}"; do
  rows+="${rows:+,}{\"participantId\":\"$participant\",\"cohortId\":\"$cohort\",\"pathway\":\"CORE\"}"
done
enrolments=($(call POST /api/v1/enrolments/bulk "{\"enrolments\":[$rows]}" enrolments | ids_of))

echo "A register for every session: person n misses sessions n and n+5 (sending apologies for odd ones)"
for s in "${!sessions[@]}"; do
  marks=""
  for e in "${!enrolments[@]}"; do
    mark=PRESENT
    if (( e == s || e == s + 5 || (e == 11 && s >= 4 && s <= 8) )); then
      mark=$([[ $((s % 2)) == 1 ]] && echo APOLOGIES || echo ABSENT)
    fi
    marks+="${marks:+,}{\"enrolmentId\":\"${enrolments[$e]}\",\"mark\":\"$mark\"}"
  done
  call PUT "/api/v1/sessions/${sessions[$s]}/attendance" "{\"marks\":[$marks]}" > /dev/null
done

echo "Two action learning sets"
half=("${enrolments[@]:0:6}"); rest=("${enrolments[@]:6}")
json_ids() { local out=""; for id in "$@"; do out+="${out:+,}\"$id\""; done; echo "$out"; }
call POST /api/v1/action-learning-sets "{\"cohortId\":\"$cohort\",\"name\":\"Set A: commissioning\",\"facilitator\":\"Healthskills\",\"memberEnrolmentIds\":[$(json_ids "${half[@]}")]}" set-a > /dev/null
call POST /api/v1/action-learning-sets "{\"cohortId\":\"$cohort\",\"name\":\"Set B: the COPD project\",\"facilitator\":\"Healthskills\",\"memberEnrolmentIds\":[$(json_ids "${rest[@]}")]}" set-b > /dev/null

echo "Completing: those at 75% or more complete; the one below is refused with the rate"
completed=0; refused=0
for e in "${!enrolments[@]}"; do
  status=$(curl -sS -o /tmp/completion.$$ -w '%{http_code}' -X POST "$GATEWAY/api/v1/enrolments/${enrolments[$e]}/completion" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -H "Idempotency-Key: $RUN/complete-$e" -d '{}')
  if [[ $status == 200 ]]; then completed=$((completed + 1)); else
    refused=$((refused + 1)); echo "  refused ($status): $(sed -E 's/.*"detail":"([^"]+)".*/\1/' /tmp/completion.$$)"; fi
done
rm -f /tmp/completion.$$
echo "  completed: $completed, refused: $refused"

echo
echo "programme=$programme"
echo "cohort=$cohort"
echo "Attendance matrix: curl -s $GATEWAY/api/v1/cohorts/$cohort/attendance -H \"Authorization: Bearer \$ADMIN_TOKEN\""
