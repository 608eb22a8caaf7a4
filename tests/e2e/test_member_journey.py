"""A member organisation's journey in Chromium: sign up, follow the verification link from the e-mail a real SMTP
server (aiosmtpd) caught, apply to join, be approved by an editor in the admin, submit news and see it in review;
screenshots of the portal and the submission form in English and Arabic in docs/screenshots/."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from .conftest import SCREENSHOTS

pytestmark = pytest.mark.e2e

expect.set_options(timeout=20_000)
PASSWORD = "a-long-member-passphrase"


def test_member_signs_up_is_approved_and_submits_news_into_review(browser, site_url, smtp_inbox, editor):
    address = f"newmember-{uuid.uuid4().hex[:6]}@example.org"
    organisation = f"Spring Water Friends {uuid.uuid4().hex[:4]}"
    context = browser.new_context(base_url=site_url, viewport={"width": 1280, "height": 900})
    member = context.new_page()

    member.goto("/en/")
    member.get_by_role("navigation", name="For organisations").get_by_role("link", name="Join the network").click()
    expect(member).to_have_url(re.compile(r"/en/accounts/signup/"))
    member.locator("#id_email").fill(address)
    member.locator("#id_password1").fill(PASSWORD)
    member.locator("#id_password2").fill(PASSWORD)
    member.get_by_role("button", name="Sign Up").press("Enter")
    expect(member.get_by_role("heading", name="Verify Your Email Address")).to_be_visible()

    message = smtp_inbox.wait_for(address)
    link = re.search(r"http://\S+/confirm-email/\S+", message.get_content()).group(0)
    member.goto(link)
    member.get_by_role("button", name="Confirm").press("Enter")
    # Signed in by the confirmation, and back where "Join the network" was asked for.
    expect(member).to_have_url(re.compile(r"/en/portal/join/$"))
    expect(member.get_by_role("heading", name="Join the network")).to_be_visible()
    member.locator("#id_contact_name").fill("Maral Petrosyan")
    member.locator("#id_name").fill(organisation)
    member.locator("#id_country").select_option(label="— Armenia")
    member.locator("#id_website").fill("spring-water.example.org")
    member.get_by_label("Water and sanitation").check()
    member.locator("#id_description").fill("Volunteers who repair village springs and teach water safety.")
    member.get_by_role("button", name="Send application").press("Enter")
    expect(member.get_by_text("Your application is waiting for our team's review.")).to_be_visible()

    editor.goto("/admin/members/")
    editor.get_by_role("link", name=organisation).click()
    editor.get_by_role("button", name="Approve and publish the profile").press("Enter")
    expect(editor.get_by_text(f"{organisation} is approved")).to_be_visible()
    welcome = smtp_inbox.wait_for(address, subject="Welcome to the network")
    assert "/en/the-network/members/" in welcome.get_content()

    member.goto("/en/portal/")
    member.get_by_role("link", name="Submit news").first.click()
    member.locator("#id_title").fill(f"Spring repaired in {organisation}'s village")
    member.locator("#id_summary").fill("Forty households have clean water again after volunteers rebuilt the spring.")
    member.locator("#id_body").fill("The old spring had cracked.\n\nVolunteers rebuilt its basin in two weekends.")
    member.get_by_label("Armenia").check()
    member.screenshot(path=str(SCREENSHOTS / "member-submit-en-1280.png"), full_page=True)
    member.get_by_role("button", name="Submit news").press("Enter")
    expect(member.get_by_text("Your story is with our editors for review.")).to_be_visible()
    row = member.get_by_role("row", name=re.compile("Spring repaired"))
    expect(row).to_contain_text("in review")
    member.screenshot(path=str(SCREENSHOTS / "member-portal-en-1280.png"), full_page=True)

    member.goto("/ar/portal/")
    expect(member.locator("html")).to_have_attribute("dir", "rtl")
    expect(member.get_by_role("row", name=re.compile("Spring repaired"))).to_contain_text("قيد المراجعة")
    member.screenshot(path=str(SCREENSHOTS / "member-portal-ar-1280.png"), full_page=True)
    member.goto("/ar/the-network/members/")
    expect(member.get_by_role("link", name=organisation)).to_be_visible()
    member.screenshot(path=str(SCREENSHOTS / "member-directory-ar-1280.png"), full_page=True)
    context.close()
