"""Giving: the donate page (ways to give, suggested amounts, bank details), campaigns and the checkout hand-off."""
